-- Channels whose best times may have changed (new metrics) and what was last announced for them.
create table best_time_state (
    channel_id    text        primary key,
    workspace_id  text        not null,
    stale         boolean     not null,
    fingerprint   text,
    announced_at  timestamptz
);
create index best_time_state_stale on best_time_state (stale) where stale;
