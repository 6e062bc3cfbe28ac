-- Operators: water and sanitation service providers that take part in WOPs.
-- Portable SQL: runs on PostgreSQL and on the embedded H2 database (MODE=PostgreSQL).
-- EclipseLink reads nextval as the LAST id of a block of allocationSize ids, so the sequence starts at 50.
create sequence operator_seq start with 50 increment by 50;

create table operators (
    id            bigint       not null primary key,
    version       bigint       not null,
    name          varchar(200) not null,
    short_name    varchar(30),
    kind          varchar(32)  not null,
    country_code  varchar(2)   not null,
    city          varchar(120) not null,
    services      varchar(32)  not null,
    ownership     varchar(40)  not null,
    registered_at timestamp with time zone not null,
    constraint operators_kind_chk check (kind in ('UTILITY', 'MUNICIPAL_SERVICE', 'PUBLIC_AUTHORITY')),
    constraint operators_services_chk check (services in ('WATER', 'SANITATION', 'WATER_AND_SANITATION')),
    constraint operators_ownership_chk check (ownership in
        ('PUBLIC', 'MUNICIPAL', 'COOPERATIVE', 'COMMUNITY', 'PRIVATE_UNDER_PUBLIC_MANDATE', 'OTHER')),
    constraint operators_country_chk check (char_length(country_code) = 2)
);

-- The listing is sorted by name (then id, for a stable order); the directory filters by country.
create index operators_name_idx on operators (name, id);
create index operators_country_idx on operators (country_code);
