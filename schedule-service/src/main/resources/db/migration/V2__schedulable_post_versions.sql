-- The post version last applied, so an older update arriving late never overwrites a newer one.
alter table schedulable_post add column version bigint not null default 0;
alter table schedulable_post add column updated_at timestamptz;
