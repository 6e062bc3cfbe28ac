-- Issue 16, item 7: the results a partnership reports — a statement, its kind and, when measured, an indicator whose
-- baseline, target and actual each carry a number or words (a qualitative result) and a date at its precision.
create table partnership_results (
    partnership_id     bigint         not null references partnerships (id) on delete cascade,
    position           int            not null,
    statement          varchar(1000)  not null,
    kind               varchar(20)    not null,
    measured           boolean        not null,
    indicator_title    varchar(300),
    unit               varchar(40),
    baseline_value     numeric(19, 4),
    baseline_note      varchar(500),
    baseline_date      date,
    baseline_precision varchar(5),
    target_value       numeric(19, 4),
    target_note        varchar(500),
    target_date        date,
    target_precision   varchar(5),
    actual_value       numeric(19, 4),
    actual_note        varchar(500),
    actual_date        date,
    actual_precision   varchar(5),
    primary key (partnership_id, position),
    constraint partnership_results_kind_chk check (kind in ('OUTPUT', 'OUTCOME', 'CAPACITY_CHANGE')),
    constraint partnership_results_precision_chk check (
        (baseline_precision is null or baseline_precision in ('YEAR', 'MONTH', 'DAY'))
        and (target_precision is null or target_precision in ('YEAR', 'MONTH', 'DAY'))
        and (actual_precision is null or actual_precision in ('YEAR', 'MONTH', 'DAY'))),
    constraint partnership_results_dated_chk check (
        (baseline_date is null) = (baseline_precision is null)
        and (target_date is null) = (target_precision is null)
        and (actual_date is null) = (actual_precision is null)),
    constraint partnership_results_indicator_chk check (
        measured or (indicator_title is null and unit is null and baseline_value is null and baseline_note is null
                     and target_value is null and target_note is null and actual_value is null and actual_note is null))
);
