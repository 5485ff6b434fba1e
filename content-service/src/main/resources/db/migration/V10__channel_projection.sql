-- Content-service's read-only copy of schedule-service's channels (from channel-events): which network a
-- variant's channel is on and the channel's own limits, for validation.
create table channel (
    id                text        primary key,
    workspace_id      text        not null,
    network           text        not null,
    handle            text        not null,
    display_name      text,
    instance_url      text,
    status            text        not null,
    zone              text,
    max_text_length   int,
    max_media         int,
    changed_at        timestamptz not null,
    received_at       timestamptz not null
);

create index channel_workspace on channel (workspace_id);
