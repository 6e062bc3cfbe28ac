-- Full-text search reads a stored tsvector instead of computing one per row (issue 7): a search that walks the
-- created_at index, or stops counting after a bound, checks each candidate row against the stored words; the
-- expression index of V3 is replaced by a GIN index on the column. The expression is the one of V3.
alter table partnerships add column search_vector tsvector
    generated always as (to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(objectives, ''))) stored;
create index partnerships_search_idx on partnerships using gin (search_vector);
drop index partnerships_text_idx;
