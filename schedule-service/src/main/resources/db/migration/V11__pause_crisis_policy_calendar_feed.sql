-- Emergency pauses in force: channel_id '' pauses the whole workspace. A resumed pause is deleted (the events keep history).
create table publishing_pause (
    workspace_id  text        not null,
    channel_id    text        not null,
    reason        text        not null,
    trigger       text        not null,
    paused_by     text,
    paused_at     timestamptz not null,
    primary key (workspace_id, channel_id)
);

-- Whether a crisis detected by community-service pauses the workspace's publishing.
create table crisis_policy (
    workspace_id  text        primary key,
    auto_pause    boolean     not null,
    updated_by    text        not null,
    updated_at    timestamptz not null
);

-- The secret of a workspace's ICS feed, stored as a SHA-256 hash; rotating replaces it.
create table calendar_feed (
    workspace_id  text        primary key,
    secret_hash   text        not null unique,
    created_by    text        not null,
    created_at    timestamptz not null
);
