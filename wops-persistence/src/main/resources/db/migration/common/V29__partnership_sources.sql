-- Issue 16, item 8: where a partnership's facts come from (a title, a web address or document reference, a date at
-- its precision, a note), shown on the profile. V28 is the operators' identity (former and alternative names).
create table partnership_sources (
    partnership_id bigint        not null references partnerships (id) on delete cascade,
    position       int           not null,
    title          varchar(300)  not null,
    link           varchar(2000),
    dated          date,
    dated_precision varchar(5),
    note           varchar(2000),
    primary key (partnership_id, position),
    constraint partnership_sources_precision_chk check (dated_precision is null or dated_precision in ('YEAR', 'MONTH', 'DAY'))
);
