-- The WOP domain: operators' details and contacts, organisations, the Charter and endorsements, partnerships with
-- their participants, supporters, agreement, milestones, work plan and results, progress updates and the audit trail.
-- Portable SQL (PostgreSQL and H2 in MODE=PostgreSQL). Sequences start at their increment: EclipseLink reads nextval
-- as the last id of a block.

create sequence organisation_seq start with 50 increment by 50;
create sequence endorsement_seq start with 50 increment by 50;
create sequence partnership_seq start with 50 increment by 50;
create sequence partnership_child_seq start with 50 increment by 50;
create sequence progress_update_seq start with 50 increment by 50;
create sequence audit_seq start with 50 increment by 50;

-- Reference lists (their rows: V4)
create table working_areas (
    code     varchar(40)  not null primary key,
    name_en  varchar(200) not null,
    name_fr  varchar(200) not null,
    name_es  varchar(200) not null,
    position int          not null
);

create table kpis (
    code     varchar(40)  not null primary key,
    name_en  varchar(200) not null,
    name_fr  varchar(200) not null,
    name_es  varchar(200) not null,
    unit     varchar(40)  not null,
    position int          not null
);

create table capacity_dimensions (
    code     varchar(40)  not null primary key,
    name_en  varchar(200) not null,
    name_fr  varchar(200) not null,
    name_es  varchar(200) not null,
    level    varchar(20)  not null,
    position int          not null,
    constraint capacity_dimensions_level_chk check (level in ('TRANSFORMATIONAL', 'TRANSACTIONAL', 'INDIVIDUAL'))
);

-- Operators: figures, coordinates, contacts
alter table operators add column latitude numeric(9, 6);
alter table operators add column longitude numeric(9, 6);
alter table operators add column population_served bigint;
alter table operators add column connections bigint;
alter table operators add column alliance_member boolean default false not null;
alter table operators add constraint operators_figures_chk
    check ((population_served is null or population_served >= 0) and (connections is null or connections >= 0));
alter table operators add constraint operators_coordinates_chk
    check ((latitude is null and longitude is null)
        or (latitude between -90 and 90 and longitude between -180 and 180));

create table operator_contacts (
    operator_id bigint       not null references operators (id) on delete cascade,
    position    int          not null,
    name        varchar(200) not null,
    email       varchar(254) not null,
    language    varchar(2)   not null,
    role        varchar(120),
    primary key (operator_id, position),
    constraint operator_contacts_language_chk check (language in ('EN', 'FR', 'ES'))
);

-- Organisations
create table organisations (
    id            bigint       not null primary key,
    version       bigint       not null,
    name          varchar(200) not null,
    short_name    varchar(30),
    kind          varchar(32)  not null,
    country_code  varchar(2),
    registered_at timestamp with time zone not null,
    constraint organisations_kind_chk check (kind in
        ('DONOR', 'DEVELOPMENT_BANK', 'PLATFORM', 'PROGRAMME', 'ASSOCIATION', 'NGO', 'UNIVERSITY', 'OTHER'))
);
create index organisations_name_idx on organisations (name, id);

create table organisation_contacts (
    organisation_id bigint       not null references organisations (id) on delete cascade,
    position        int          not null,
    name            varchar(200) not null,
    email           varchar(254) not null,
    language        varchar(2)   not null,
    role            varchar(120),
    primary key (organisation_id, position)
);

-- The Charter
create table charter_versions (
    number          int            not null primary key,
    title           varchar(200)   not null,
    principles      varchar(100000) not null,
    code_of_conduct varchar(100000) not null,
    published_at    timestamp with time zone not null,
    published_by    varchar(120)   not null,
    constraint charter_versions_number_chk check (number >= 1)
);

create table endorsements (
    id             bigint       not null primary key,
    operator_id    bigint       not null references operators (id),
    charter_version int         not null references charter_versions (number),
    endorsed_by    varchar(200) not null,
    endorsed_at    timestamp with time zone not null,
    constraint endorsements_once_uq unique (operator_id, charter_version)
);
create index endorsements_version_idx on endorsements (charter_version, operator_id);

-- Partnerships
create table partnerships (
    id                      bigint        not null primary key,
    version                 bigint        not null,
    type_id                 varchar(60)   not null,
    title                   varchar(300)  not null,
    objectives              varchar(8000) not null,
    approach                varchar(8000),
    expected_outcomes       varchar(8000),
    currency                varchar(3)    not null,
    status                  varchar(12)   not null,
    suspended_from          varchar(12),
    agreed_charter_version  int references charter_versions (number),
    published               boolean       not null,
    planned_start           date,
    planned_end             date,
    actual_start            date,
    actual_end              date,
    created_at              timestamp with time zone not null,
    agreement_objectives    varchar(8000),
    agreement_cash_value    numeric(17, 2),
    agreement_in_kind_value numeric(17, 2),
    constraint partnerships_status_chk check (status in
        ('IDENTIFIED', 'PROPOSED', 'AGREED', 'ACTIVE', 'COMPLETED', 'EVALUATED', 'SUSPENDED', 'CANCELLED')),
    constraint partnerships_planned_dates_chk check (planned_start is null or planned_end is null or planned_start <= planned_end),
    constraint partnerships_actual_dates_chk check (actual_start is null or actual_end is null or actual_start <= actual_end),
    constraint partnerships_agreement_values_chk check
        ((agreement_cash_value is null or agreement_cash_value >= 0) and (agreement_in_kind_value is null or agreement_in_kind_value >= 0)),
    constraint partnerships_suspended_chk check ((status = 'SUSPENDED') = (suspended_from is not null)),
    constraint partnerships_agreed_chk check
        (status not in ('AGREED', 'ACTIVE', 'COMPLETED', 'EVALUATED') or agreed_charter_version is not null)
);
create index partnerships_status_idx on partnerships (status);
create index partnerships_type_idx on partnerships (type_id);
create index partnerships_published_idx on partnerships (published, status);
create index partnerships_title_idx on partnerships (title, id);
create index partnerships_created_idx on partnerships (created_at, id);
create index partnerships_planned_start_idx on partnerships (planned_start, id);

create table partnership_participants (
    partnership_id       bigint         not null references partnerships (id) on delete cascade,
    position             int            not null,
    operator_id          bigint         not null references operators (id),
    role                 varchar(10)    not null,
    cash_contribution    numeric(17, 2) not null,
    in_kind_contribution numeric(17, 2) not null,
    responsibilities     varchar(4000),
    interests            varchar(4000),
    primary key (partnership_id, position),
    constraint participants_role_chk check (role in ('MENTOR', 'MENTEE', 'PEER')),
    constraint participants_not_for_profit_chk check (cash_contribution >= 0 and in_kind_contribution >= 0)
);
create index participants_operator_idx on partnership_participants (operator_id, partnership_id);

create table partnership_supporters (
    partnership_id  bigint         not null references partnerships (id) on delete cascade,
    position        int            not null,
    organisation_id bigint         not null references organisations (id),
    role            varchar(12)    not null,
    contribution    numeric(17, 2) not null,
    primary key (partnership_id, position),
    constraint supporters_role_chk check (role in ('FUNDER', 'FACILITATOR', 'ACCOUNTABLE', 'OTHER')),
    constraint supporters_not_for_profit_chk check (contribution >= 0)
);
create index supporters_organisation_idx on partnership_supporters (organisation_id, partnership_id);

create table partnership_working_areas (
    partnership_id bigint      not null references partnerships (id) on delete cascade,
    working_area   varchar(40) not null references working_areas (code),
    primary key (partnership_id, working_area)
);
create index partnership_working_areas_idx on partnership_working_areas (working_area, partnership_id);

create table partnership_countries (
    partnership_id bigint     not null references partnerships (id) on delete cascade,
    country_code   varchar(2) not null,
    primary key (partnership_id, country_code)
);
create index partnership_countries_idx on partnership_countries (country_code, partnership_id);

create table agreement_signatures (
    partnership_id bigint       not null references partnerships (id) on delete cascade,
    position       int          not null,
    operator_id    bigint       not null references operators (id),
    signed_by      varchar(200) not null,
    signed_at      timestamp with time zone not null,
    primary key (partnership_id, position)
);

create table partnership_cost_lines (
    partnership_id bigint         not null references partnerships (id) on delete cascade,
    position       int            not null,
    category       varchar(20)    not null,
    description    varchar(400)   not null,
    amount         numeric(17, 2) not null,
    primary key (partnership_id, position),
    -- Not for profit: costs only, never a fee, margin or profit line, never negative.
    constraint cost_lines_category_chk check (category in ('STAFF_TIME', 'TRAVEL', 'TRAINING', 'EQUIPMENT', 'OTHER_DIRECT_COSTS')),
    constraint cost_lines_amount_chk check (amount >= 0)
);

create table milestones (
    id             bigint       not null primary key,
    partnership_id bigint       not null references partnerships (id) on delete cascade,
    title          varchar(200) not null,
    planned_date   date         not null,
    actual_date    date,
    status         varchar(10)  not null,
    constraint milestones_status_chk check (status in ('PLANNED', 'REACHED', 'MISSED', 'CANCELLED')),
    constraint milestones_reached_chk check (status <> 'REACHED' or actual_date is not null)
);
create index milestones_partnership_idx on milestones (partnership_id, planned_date);
create index milestones_due_idx on milestones (status, planned_date);

create table activities (
    id             bigint         not null primary key,
    partnership_id bigint         not null references partnerships (id) on delete cascade,
    title          varchar(200)   not null,
    working_area   varchar(40)    not null references working_areas (code),
    start_date     date           not null,
    end_date       date           not null,
    budget         numeric(17, 2) not null,
    responsible    varchar(200),
    progress       int            not null,
    constraint activities_dates_chk check (start_date <= end_date),
    constraint activities_budget_chk check (budget >= 0),
    constraint activities_progress_chk check (progress between 0 and 100)
);
create index activities_partnership_idx on activities (partnership_id);

create table work_outputs (
    id              bigint         not null primary key,
    partnership_id  bigint         not null references partnerships (id) on delete cascade,
    title           varchar(200)   not null,
    unit            varchar(40)    not null,
    quantity        numeric(17, 2) not null,
    completion_date date           not null,
    verification    varchar(400)   not null,
    constraint work_outputs_quantity_chk check (quantity > 0)
);
create index work_outputs_partnership_idx on work_outputs (partnership_id);

create table indicators (
    id             bigint         not null primary key,
    partnership_id bigint         not null references partnerships (id) on delete cascade,
    kpi_code       varchar(40)    not null references kpis (code),
    unit           varchar(40)    not null,
    baseline_value numeric(19, 4) not null,
    baseline_date  date           not null,
    constraint indicators_once_uq unique (partnership_id, kpi_code)
);

create table indicator_targets (
    indicator_id bigint         not null references indicators (id) on delete cascade,
    target_year  int            not null,
    target_value numeric(19, 4) not null,
    primary key (indicator_id, target_year)
);

create table indicator_values (
    indicator_id bigint         not null references indicators (id) on delete cascade,
    measured_on  date           not null,
    actual_value numeric(19, 4) not null,
    reported_by  varchar(200)   not null,
    reported_at  timestamp with time zone not null
);
create index indicator_values_indicator_idx on indicator_values (indicator_id, measured_on);

create table capacity_assessments (
    id               bigint       not null primary key,
    partnership_id   bigint       not null references partnerships (id) on delete cascade,
    dimension_code   varchar(40)  not null references capacity_dimensions (code),
    perceived_change int          not null,
    wop_contribution int          not null,
    decided_by       varchar(12)  not null,
    assessed_on      date         not null,
    notes            varchar(2000),
    constraint assessments_change_chk check (perceived_change between -2 and 2),
    constraint assessments_contribution_chk check (wop_contribution between 0 and 2),
    constraint assessments_decided_chk check (decided_by in ('ONE_PARTNER', 'ALL_PARTNERS'))
);
create index assessments_partnership_idx on capacity_assessments (partnership_id);

-- Progress updates
create table progress_updates (
    id             bigint         not null primary key,
    version        bigint         not null,
    partnership_id bigint         not null references partnerships (id) on delete cascade,
    period_start   date           not null,
    period_end     date           not null,
    summary        varchar(20000) not null,
    status         varchar(10)    not null,
    written_by     varchar(200)   not null,
    submitted_at   timestamp with time zone,
    decided_by     varchar(200),
    decided_at     timestamp with time zone,
    return_reason  varchar(2000),
    constraint updates_status_chk check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')),
    constraint updates_period_chk check (period_start <= period_end),
    constraint updates_returned_chk check (status <> 'RETURNED' or return_reason is not null)
);
create index updates_partnership_idx on progress_updates (partnership_id, period_end);
create index updates_status_idx on progress_updates (status, submitted_at);

-- The audit trail
create table audit_entries (
    id             bigint        not null primary key,
    partnership_id bigint        not null references partnerships (id) on delete cascade,
    occurred_at    timestamp with time zone not null,
    actor          varchar(200)  not null,
    action         varchar(60)   not null,
    from_value     varchar(2000),
    to_value       varchar(2000),
    description    varchar(2000) not null
);
create index audit_entries_partnership_idx on audit_entries (partnership_id, occurred_at, id);
