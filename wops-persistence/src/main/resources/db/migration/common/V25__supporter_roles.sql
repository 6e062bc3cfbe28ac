-- Supporters' roles as the Charter world names them (issue 16, item 5): broker, implementing agency, technical and
-- political support join funder, facilitator, accountable and other; the role in the sources' own words
-- ("partenaire technique", "secondary partner") is kept beside it.
alter table partnership_supporters alter column role set data type varchar(24);
alter table partnership_supporters drop constraint supporters_role_chk;
alter table partnership_supporters add constraint supporters_role_chk check (role in ('FUNDER', 'FACILITATOR',
    'ACCOUNTABLE', 'BROKER', 'IMPLEMENTING_AGENCY', 'TECHNICAL_SUPPORT', 'POLITICAL_SUPPORT', 'OTHER'));
alter table partnership_supporters add column role_description varchar(200);
-- An operator may support a partnership without being a mentor, a mentee or a peer (a second mentor utility that
-- contributes staff time): the participant role SUPPORTING, which the types' role mixes do not count.
alter table partnership_participants drop constraint participants_role_chk;
alter table partnership_participants add constraint participants_role_chk check (role in ('MENTOR', 'MENTEE', 'PEER',
    'SUPPORTING'));
