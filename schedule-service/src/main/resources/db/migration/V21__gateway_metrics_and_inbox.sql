-- Metrics collection of published posts on a decaying schedule: one row per post and channel, due at the next step.
create table metrics_schedule (
    id            uuid        primary key,
    workspace_id  text        not null,
    channel_id    text        not null,
    network       text        not null,
    post_id       uuid,
    external_id   text        not null,
    published_at  timestamptz not null,
    step          integer     not null,
    due_at        timestamptz not null,
    lease_until   timestamptz,
    attempts      integer     not null default 0,
    created_at    timestamptz not null,
    constraint metrics_schedule_post unique (channel_id, external_id)
);
create index metrics_schedule_due on metrics_schedule (due_at);

-- Where each channel's inbox poll continues (the network's cursor) and when it is due next.
create table inbox_poll (
    channel_id      uuid        primary key,
    workspace_id    text        not null,
    cursor          text,
    due_at          timestamptz not null,
    lease_until     timestamptz,
    last_polled_at  timestamptz,
    last_error      text
);
create index inbox_poll_due on inbox_poll (due_at);
