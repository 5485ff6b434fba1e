-- When the author plans the post to go out (e.g. from a CSV import); scheduling itself is schedule-service's.
alter table post add column planned_at timestamptz;
