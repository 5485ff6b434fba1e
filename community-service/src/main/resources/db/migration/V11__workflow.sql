-- Agent workflow: replies, internal notes, saved replies, per-workspace settings and round-robin positions.

create table reply (
    id                       uuid        primary key,
    workspace_id             text        not null,
    conversation_id          uuid        not null references conversation (id),
    text                     text        not null,
    saved_reply_id           uuid,
    in_reply_to_external_id  text,
    status                   text        not null,
    external_id              text,
    url                      text,
    failure_code             text,
    failure_reason           text,
    requested_by             text        not null,
    requested_at             timestamptz not null,
    sent_at                  timestamptz,
    failed_at                timestamptz
);

create index reply_conversation on reply (conversation_id, requested_at);

create table conversation_note (
    id               uuid        primary key,
    workspace_id     text        not null,
    conversation_id  uuid        not null references conversation (id),
    text             text        not null,
    mentions         text[]      not null default '{}',
    author_id        text        not null,
    created_at       timestamptz not null
);

create index conversation_note_conversation on conversation_note (conversation_id, created_at);
create index conversation_note_mentions on conversation_note using gin (mentions);

create table saved_reply (
    id            uuid        primary key,
    workspace_id  text        not null,
    name          text        not null,
    text          text        not null,
    created_by    text        not null,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    unique (workspace_id, name)
);

create index saved_reply_list on saved_reply (workspace_id, created_at desc, id desc);

-- Settings documents a workspace admin replaces as a whole (routing rules, listening rules, SLA and crisis policies).
create table workspace_setting (
    workspace_id  text        not null,
    kind          text        not null,
    document      jsonb       not null,
    updated_by    text        not null,
    updated_at    timestamptz not null,
    primary key (workspace_id, kind)
);

-- Next position in a round-robin pool of agents (per workspace and pool).
create table routing_position (
    workspace_id  text   not null,
    pool          text   not null,
    next_index    bigint not null,
    primary key (workspace_id, pool)
);
