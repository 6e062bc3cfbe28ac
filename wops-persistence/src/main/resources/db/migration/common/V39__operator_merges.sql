-- Trial finding 3 and 20 (session 13): every merge of operators is recorded, so that the absorbed operator's old
-- address leads to the one kept (`/operator.xhtml?id=<absorbed>` answers 301) whether or not the duplicate took part
-- in a partnership (before, only the audit entries of moved partnerships said where it went). An operator is absorbed
-- once; the kept operator may be merged in turn later (no foreign key: it may be removed by that merge), and the
-- chain is followed.
create table operator_merges (
    absorbed_id bigint primary key,
    kept_id bigint not null,
    merged_at timestamp with time zone not null,
    merged_by varchar(120) not null
);

create index operator_merges_kept on operator_merges (kept_id);
