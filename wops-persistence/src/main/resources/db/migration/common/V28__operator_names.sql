-- Issue 16, item 9: an operator's former names (before it was renamed) and alternative names (its name in the local
-- language, a spelling variant, the name of an operator merged into it), each with its kind and optionally its language
-- (ISO 639, lower case). Search and the duplicate check find an operator by any of its names; the search text of its
-- partnerships holds them (org.wops.persistence.partnership.SearchTexts).
create table operator_names (
    operator_id bigint       not null references operators (id) on delete cascade,
    position    int          not null,
    name        varchar(200) not null,
    kind        varchar(12)  not null,
    language    varchar(3),
    primary key (operator_id, position),
    constraint operator_names_kind_chk check (kind in ('FORMER', 'ALTERNATIVE'))
);
create index operator_names_name_idx on operator_names (name);

-- The operators' search (GET /api/v1/operators?q=), case- and accent-insensitive over every name, the short name and
-- the city: their searchable form (org.wops.persistence.partnership.SearchText), written by the platform whenever an
-- operator is stored (org.wops.persistence.operator.OperatorSearchTexts); rows without one are filled at start-up.
alter table operators add column search_text varchar;
