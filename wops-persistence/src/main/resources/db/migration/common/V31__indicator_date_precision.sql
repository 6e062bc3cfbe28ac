-- Issue 16, item 2: a KPI's baseline and its measured values keep the precision of their dates (a year, a month or a
-- day), like the partnership's own dates (V27): the date column holds the period's first day, the precision beside it.
-- Rows written before keep null, read as "to the day".
alter table indicators add column baseline_precision varchar(5);
alter table indicators add constraint indicators_baseline_precision_chk
    check (baseline_precision is null or baseline_precision in ('YEAR', 'MONTH', 'DAY'));
alter table indicator_values add column measured_precision varchar(5);
alter table indicator_values add constraint indicator_values_precision_chk
    check (measured_precision is null or measured_precision in ('YEAR', 'MONTH', 'DAY'));
