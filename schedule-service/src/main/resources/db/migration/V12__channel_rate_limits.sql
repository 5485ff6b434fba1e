-- A channel a network rate-limited: nothing is claimed for it before "until" (the network's Retry-After).
create table channel_rate_limit (
    workspace_id  text        not null,
    channel_id    text        not null,
    until         timestamptz not null,
    primary key (workspace_id, channel_id)
);
