-- Issue 16, item 12a: partnerships imported from an IATI 2.03 file keep their activity's IATI
-- identifier (one partnership per activity: a second import makes nothing twice) and a digest of
-- what the activity said when it was imported (to tell an unchanged activity from a changed one).
alter table partnerships add column iati_identifier varchar(255);
alter table partnerships add column iati_digest varchar(64);
create unique index partnerships_iati_identifier on partnerships (iati_identifier);
