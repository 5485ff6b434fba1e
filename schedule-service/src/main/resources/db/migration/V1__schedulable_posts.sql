-- Posts known from content-service events, which schedule-service will schedule and publish.
create table schedulable_post (
    post_id       uuid        primary key,
    workspace_id  text        not null,
    title         text        not null,
    status        text        not null,
    channel_ids   text[]      not null,
    created_at    timestamptz not null,
    received_at   timestamptz not null
);

create index schedulable_post_workspace on schedulable_post (workspace_id);
