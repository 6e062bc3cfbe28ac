-- Full-text search over partnerships' titles and objectives (PostgreSQL only; H2 searches with LIKE).
-- The 'simple' configuration: titles come in English, French and Spanish, so no language's stemming is imposed.
create index partnerships_text_idx on partnerships
    using gin (to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(objectives, '')));
-- Milestones still to reach, by date: the due-soon and overdue scans read only these.
create index milestones_planned_idx on milestones (planned_date) where status = 'PLANNED';
