-- Issue 16, item 2: a milestone's planned date and its actual date keep their precision (a year, a month or a day), like
-- the partnership's own dates (V27) and the KPIs' (V31): the date column holds the period's first day, the precision
-- beside it. Every milestone written before is known to the day. due_by is the period's last day: a milestone due
-- "2027-06" is due by 30 June 2027, overdue from 1 July; the reminders and the overdue scan read it.
alter table milestones add column planned_precision varchar(5);
alter table milestones add column actual_precision varchar(5);
alter table milestones add column due_by date;
update milestones set due_by = planned_date, planned_precision = 'DAY',
    actual_precision = case when actual_date is null then null else 'DAY' end;
alter table milestones alter column due_by set not null;
alter table milestones add constraint milestones_precisions_chk check (
    (planned_precision is null or planned_precision in ('YEAR', 'MONTH', 'DAY'))
    and (actual_precision is null or actual_precision in ('YEAR', 'MONTH', 'DAY')));
alter table milestones add constraint milestones_due_by_chk check (due_by >= planned_date);
-- A milestone's list is sorted by the period's start, then the more precise first ('DAY' < 'MONTH' < 'YEAR').
create index milestones_due_by_idx on milestones (status, due_by);
