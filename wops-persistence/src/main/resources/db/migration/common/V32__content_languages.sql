-- Issue 16, item 10: the language each title and objectives text is written in (an ISO 639-1 code) and its
-- translations into the platform's languages (en, fr, es). Rows stored before have no declared language: it stays
-- null ("not declared"), never 'en' — nobody said so, and many of them are French or Spanish.
alter table partnerships add column title_language varchar(8);
alter table partnerships add column objectives_language varchar(8);

create table partnership_translations (
    partnership_id bigint        not null references partnerships (id) on delete cascade,
    field          varchar(20)   not null,
    language       varchar(8)    not null,
    text           varchar(8000) not null,
    primary key (partnership_id, field, language),
    constraint partnership_translations_field_chk check (field in ('title', 'objectives'))
);
