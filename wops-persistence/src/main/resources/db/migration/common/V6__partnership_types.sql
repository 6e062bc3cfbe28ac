-- Partnership types as plugins: template milestones remember their template (key, anchor, offset) so that they can be
-- translated and re-dated when the agreement is signed; a type's extra fields keep their values with the partnership.
alter table milestones add column template_key varchar(60);
alter table milestones add column template_anchor varchar(20);
alter table milestones add column template_offset int;
alter table milestones add constraint milestones_template_chk
    check (template_anchor is null or template_anchor in ('PLANNED_START', 'AGREEMENT_SIGNED'));

create table partnership_extra_values (
    partnership_id bigint        not null references partnerships (id) on delete cascade,
    field_name     varchar(60)   not null,
    field_value    varchar(2000) not null,
    primary key (partnership_id, field_name)
);
