-- Issue 16, items 1-3: partnerships that exist or existed outside the platform, recorded as the evidence says; dates at
-- the precision the sources give; a status that is unknown.

-- Dates keep their precision (YEAR, MONTH, DAY; null: DAY, as every date was before): the column holds the period's
-- first day. An end known to the year may begin before a start known to the day ("2014-06-15" to "2014"): the domain
-- compares periods; the database keeps whole dates in order, and the years of partial ones.
alter table partnerships add column planned_start_precision varchar(5);
alter table partnerships add column planned_end_precision varchar(5);
alter table partnerships add column actual_start_precision varchar(5);
alter table partnerships add column actual_end_precision varchar(5);
alter table partnerships add constraint partnerships_date_precisions_chk check (
    (planned_start_precision is null or planned_start_precision in ('YEAR', 'MONTH', 'DAY'))
    and (planned_end_precision is null or planned_end_precision in ('YEAR', 'MONTH', 'DAY'))
    and (actual_start_precision is null or actual_start_precision in ('YEAR', 'MONTH', 'DAY'))
    and (actual_end_precision is null or actual_end_precision in ('YEAR', 'MONTH', 'DAY')));
alter table partnerships drop constraint partnerships_planned_dates_chk;
alter table partnerships drop constraint partnerships_actual_dates_chk;
alter table partnerships add constraint partnerships_planned_dates_chk check (planned_start is null
    or planned_end is null or planned_start <= planned_end
    or ((coalesce(planned_start_precision, 'DAY') <> 'DAY' or coalesce(planned_end_precision, 'DAY') <> 'DAY')
        and extract(year from planned_start) <= extract(year from planned_end)));
alter table partnerships add constraint partnerships_actual_dates_chk check (actual_start is null
    or actual_end is null or actual_start <= actual_end
    or ((coalesce(actual_start_precision, 'DAY') <> 'DAY' or coalesce(actual_end_precision, 'DAY') <> 'DAY')
        and extract(year from actual_start) <= extract(year from actual_end)));

-- The record of a partnership recorded from outside: who and when, the agreement signed outside the platform (its date
-- at its precision, its evidence), when its status was last reported, and how its Charter compliance stands.
alter table partnerships add column recorded_outside boolean default false not null;
alter table partnerships add column recorded_by varchar(120);
alter table partnerships add column recorded_at timestamp with time zone;
alter table partnerships add column agreement_signed_outside boolean default false not null;
alter table partnerships add column agreement_signed_on date;
alter table partnerships add column agreement_signed_on_precision varchar(5);
alter table partnerships add column agreement_evidence varchar(2000);
alter table partnerships add column status_last_reported date;
alter table partnerships add column status_last_reported_precision varchar(5);
alter table partnerships add column compliance_assessment varchar(24);
alter table partnerships add column compliance_assessed_by varchar(120);
alter table partnerships add column compliance_assessed_at timestamp with time zone;
alter table partnerships add constraint partnerships_compliance_assessment_chk check (compliance_assessment is null
    or compliance_assessment in ('NOT_ASSESSED', 'DECLARED_BY_PARTNERS', 'VERIFIED_BY_SECRETARIAT'));

-- UNKNOWN: the sources do not say how it went on. A recorded partnership may be agreed or later without having been
-- agreed under a Charter version in the platform.
alter table partnerships drop constraint partnerships_status_chk;
alter table partnerships add constraint partnerships_status_chk check (status in
    ('IDENTIFIED', 'PROPOSED', 'AGREED', 'ACTIVE', 'COMPLETED', 'EVALUATED', 'SUSPENDED', 'CANCELLED', 'UNKNOWN'));
alter table partnerships drop constraint partnerships_agreed_chk;
alter table partnerships add constraint partnerships_agreed_chk check (recorded_outside
    or status not in ('AGREED', 'ACTIVE', 'COMPLETED', 'EVALUATED') or agreed_charter_version is not null);
