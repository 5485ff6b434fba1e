-- The content pillar a post belongs to (from content-service's post snapshots), for the planning mix report.
alter table schedulable_post add column pillar text;

-- The latest pillar set and target mix of a workspace (sosmed.pillars.saved.v1); older versions are ignored.
create table workspace_pillars (
    workspace_id  text        primary key,
    version       bigint      not null,
    pillars       jsonb       not null,
    saved_at      timestamptz not null,
    received_at   timestamptz not null
);
