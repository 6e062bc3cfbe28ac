-- Issue 14.3: the secretariat approves profiles for publication. A partnership's request for publication: its state
-- (NONE, REQUESTED, RETURNED), who asked and when, the secretariat's last decision and, while returned, why.
alter table partnerships add column publication_state varchar(10) default 'NONE' not null;
alter table partnerships add column publication_requested_by varchar(120);
alter table partnerships add column publication_requested_at timestamp with time zone;
alter table partnerships add column publication_decided_by varchar(120);
alter table partnerships add column publication_decided_at timestamp with time zone;
alter table partnerships add column publication_return_reason varchar(2000);
alter table partnerships add constraint partnerships_publication_state_chk
    check (publication_state in ('NONE', 'REQUESTED', 'RETURNED'));
create index partnerships_publication_requested_idx on partnerships (publication_state, publication_requested_at);

-- A supporting organisation's contribution counts in public figures only once that organisation (its coordinators)
-- or the secretariat confirmed it. Contributions stored before are not confirmed: nobody confirmed them.
alter table partnership_supporters add column confirmed_by varchar(120);
alter table partnership_supporters add column confirmed_at timestamp with time zone;
