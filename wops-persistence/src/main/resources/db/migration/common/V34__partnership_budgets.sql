-- Issue 16, item 4: a WOP's budget is a fact of its own, apart from each party's contributions (several sources give
-- only a budget): a currency of its own, a total, lines by year and/or by funder, how it is funded (self-financed is a
-- mode of its own, not a missing funder) and the funding in the sources' words. Nothing stated stays null: unknown.
-- (V30-V33 are taken by parallel work on results and languages of content.)
alter table partnerships add column budget_currency varchar(3);
alter table partnerships add column budget_total numeric(17, 2);
alter table partnerships add column funding_type varchar(20);
alter table partnerships add column funding_description varchar(1000);
alter table partnerships add constraint partnerships_budget_total_chk check (budget_total is null or budget_total >= 0);
alter table partnerships add constraint partnerships_funding_type_chk
    check (funding_type is null or funding_type in ('SELF_FUNDED', 'EXTERNALLY_SUPPORTED', 'MIXED'));

create table partnership_budget_lines (
    partnership_id  bigint         not null references partnerships (id) on delete cascade,
    position        int            not null,
    budget_year     int,
    organisation_id bigint         references organisations (id),
    amount          numeric(17, 2) not null,
    primary key (partnership_id, position),
    constraint partnership_budget_lines_amount_chk check (amount >= 0),
    constraint partnership_budget_lines_year_chk check (budget_year is null or budget_year between 1000 and 2999),
    constraint partnership_budget_lines_what_chk check (budget_year is not null or organisation_id is not null)
);
create index partnership_budget_lines_organisation_idx on partnership_budget_lines (organisation_id);
