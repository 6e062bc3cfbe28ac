-- The one-time ids of the pages' forms that create records (session 13: a double click recorded a WOP twice). A page
-- issues the id when it shows the form; the transaction that creates the record claims it (the key makes a second
-- claim wait for the first and then find it) and notes what it made, so that any instance of a cluster answers the
-- same form sent again with the first record. Kept a week.
create table sent_forms (
    form_id  varchar(64)  not null primary key,
    username varchar(100) not null,
    made_id  bigint,
    sent_at  timestamp with time zone not null
);
create index sent_forms_sent_at_ix on sent_forms (sent_at);

-- A result's number keeps the decimals it was given with ("1 250 000,50" reads back so, not "1 250 000,5"): the
-- columns keep four decimals whatever was typed, these say how many were given (null for rows before: as stored).
alter table partnership_results add column baseline_scale smallint;
alter table partnership_results add column target_scale smallint;
alter table partnership_results add column actual_scale smallint;
