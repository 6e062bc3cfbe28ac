-- One search for the API and the directory, case- and accent-insensitive, over the title, the objectives and the
-- names and short names of the participating operators and supporting organisations (issue 13). The platform writes
-- search_text in its searchable form (org.wops.persistence.partnership.SearchText: no accents, lower case, words
-- between single spaces) whenever a partnership, or an operator or organisation taking part in it, is stored; rows
-- without one are filled at start-up. The stored words (and their GIN index) now come from it.
alter table partnerships add column search_text varchar;
alter table partnerships drop column search_vector;
alter table partnerships add column search_vector tsvector
    generated always as (to_tsvector('simple', coalesce(search_text, ''))) stored;
create index partnerships_search_idx on partnerships using gin (search_vector);
