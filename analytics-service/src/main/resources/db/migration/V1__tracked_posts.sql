-- Posts known from content-service events, whose metrics, clicks and conversions analytics-service will track.
create table tracked_post (
    post_id       uuid        primary key,
    workspace_id  text        not null,
    title         text        not null,
    status        text        not null,
    channel_ids   text[]      not null,
    created_at    timestamptz not null,
    received_at   timestamptz not null
);

create index tracked_post_workspace on tracked_post (workspace_id);
