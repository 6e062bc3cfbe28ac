-- One search for the API and the directory (issue 13): the searchable form of the title, the objectives and the
-- participants' and supporters' names, written by the platform (org.wops.persistence.partnership.SearchText), searched
-- with LIKE on the embedded database. Rows without one are filled at start-up.
alter table partnerships add column search_text varchar;
