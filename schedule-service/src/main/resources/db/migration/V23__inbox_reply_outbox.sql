-- Replies community-service asked for (sosmed.inbox.reply.requested.v1), recorded when the request is consumed and sent
-- afterwards outside any transaction: one row per reply id, however often the request is delivered.
create table inbox_reply (
    reply_id         uuid        primary key,
    workspace_id     text        not null,
    conversation_id  uuid        not null,
    channel_id       text        not null,
    network          text        not null,
    in_reply_to      text,
    body             text        not null,
    status           text        not null,
    attempt_id       uuid,
    attempts         integer     not null default 0,
    due_at           timestamptz not null,
    claimed_at       timestamptz,
    external_id      text,
    url              text,
    failure_code     text,
    failure_reason   text,
    created_at       timestamptz not null,
    updated_at       timestamptz not null
);
create index inbox_reply_due on inbox_reply (due_at) where status = 'PENDING';
create index inbox_reply_sending on inbox_reply (claimed_at) where status = 'SENDING';
