-- The regions of a partnership's countries, stored on the partnership as '|AFRICA|EUROPE|' (issue 7): a region filter
-- reads the candidate row itself instead of joining it to partnership_countries and country_regions. The application
-- derives the column whenever the countries change; V12 fills it for the partnerships already stored.
alter table partnerships add column regions varchar(200) default '||' not null;
-- When the partnership or one of its parts (milestones, indicators...) last changed: every change writes the row, so
-- the version names one state of the whole partnership (ETags, the API's kept documents).
alter table partnerships add column changed_at timestamp with time zone;
