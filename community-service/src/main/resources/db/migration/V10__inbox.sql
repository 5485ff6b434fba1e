-- Unified inbox: conversations and the items (comments, mentions, DMs, reviews) threaded into them.

-- Full-text search over item text in English (stemmed) and Indonesian. PostgreSQL ships no Indonesian
-- configuration, so 'sosmed_indonesian' is 'simple' (lower-case, no stemming, no stop words) behind
-- unaccent, which folds accents ("kecéwa" finds "kecewa"). unaccent is a trusted extension (PostgreSQL 13+).
create extension if not exists unaccent;
create text search configuration sosmed_indonesian (copy = simple);
alter text search configuration sosmed_indonesian
    alter mapping for asciiword, asciihword, hword_asciipart, word, hword, hword_part with unaccent, simple;

-- Our published posts by network id, so a comment on one links to the post (from post.published).
create table published_post (
    workspace_id  text        not null,
    network       text        not null,
    external_id   text        not null,
    post_id       uuid        not null,
    channel_id    text        not null,
    url           text,
    published_at  timestamptz not null,
    primary key (workspace_id, network, external_id)
);

create table conversation (
    id                      uuid        primary key,
    workspace_id            text        not null,
    network                 text        not null,
    channel_id              text        not null,
    -- How items find this conversation: network conversation id, root of a reply chain, or DM author.
    thread_key              text        not null,
    kind                    text        not null,
    status                  text        not null,
    snoozed_until           timestamptz,
    assignee_id             text,
    priority                text        not null,
    tags                    text[]      not null default '{}',
    sentiment               text,
    language                text,
    post_id                 uuid,
    author_handle           text        not null,
    author_name             text,
    latest_text             text,
    item_count              integer     not null default 0,
    opened_at               timestamptz not null,
    last_item_at            timestamptz not null,
    first_response_at       timestamptz,
    closed_at               timestamptz,
    escalated_at            timestamptz,
    -- SLA due times from the workspace policy (null: no target applies) and the breaches already announced.
    first_response_due_at   timestamptz,
    resolution_due_at       timestamptz,
    first_response_breached boolean     not null default false,
    resolution_breached     boolean     not null default false,
    version                 bigint      not null,
    created_at              timestamptz not null,
    -- Lexemes of all its items (positions stripped), kept by the trigger below: what q searches.
    search_vector           tsvector    not null default '',
    unique (workspace_id, network, channel_id, thread_key)
);

-- The inbox list: newest activity first within a workspace, narrowed by the usual filters.
create index conversation_inbox on conversation (workspace_id, last_item_at desc, id desc);
create index conversation_status on conversation (workspace_id, status, last_item_at desc, id desc);
create index conversation_assignee on conversation (workspace_id, assignee_id, last_item_at desc, id desc);
-- "My open conversations", the agents' default view.
create index conversation_assignee_status on conversation (workspace_id, assignee_id, status, last_item_at desc, id desc);
create index conversation_channel on conversation (workspace_id, channel_id, last_item_at desc, id desc);
create index conversation_priority on conversation (workspace_id, priority, last_item_at desc, id desc);
create index conversation_sentiment on conversation (workspace_id, sentiment, last_item_at desc, id desc);
create index conversation_kind on conversation (workspace_id, kind, last_item_at desc, id desc);
create index conversation_network on conversation (workspace_id, network, last_item_at desc, id desc);
create index conversation_tags on conversation using gin (tags);
-- q searches conversations, not items: a rare or absent term is answered from this index alone, a common one by
-- walking the inbox order (deploy/bench/community measures both at 1,000,000 items).
create index conversation_search on conversation using gin (search_vector);
create index conversation_first_response_due on conversation (workspace_id, first_response_due_at)
    where first_response_at is null and status <> 'CLOSED';
create index conversation_resolution_due on conversation (workspace_id, resolution_due_at)
    where status <> 'CLOSED';
create index conversation_snoozed on conversation (snoozed_until) where status = 'SNOOZED';

create table inbox_item (
    id                    uuid        primary key,
    workspace_id          text        not null,
    conversation_id       uuid        not null references conversation (id),
    network               text        not null,
    channel_id            text        not null,
    external_id           text        not null,
    kind                  text        not null,
    author_handle         text        not null,
    author_name           text,
    author_external_id    text,
    text                  text        not null,
    received_at           timestamptz not null,
    recorded_at           timestamptz not null,
    parent_external_id    text,
    conversation_external_id text,
    post_external_id      text,
    post_id               uuid,
    language              text,
    sentiment             text,
    sentiment_score       double precision,
    -- Conversation version this item produced: a stale reply learns which items it has not seen.
    conversation_version  bigint      not null,
    search_vector         tsvector generated always as
        (to_tsvector('english', text) || to_tsvector('sosmed_indonesian', text)) stored
);

create unique index inbox_item_external on inbox_item (workspace_id, network, external_id);
create index inbox_item_conversation on inbox_item (conversation_id, received_at);
create index inbox_item_parent on inbox_item (workspace_id, network, parent_external_id)
    where parent_external_id is not null;
create index inbox_item_post_external on inbox_item (workspace_id, network, post_external_id)
    where post_external_id is not null;
-- Crisis watch: which workspaces had negative items lately, and their counts per 15-minute window.
create index inbox_item_negative_recent on inbox_item (received_at) where sentiment = 'NEGATIVE';
create index inbox_item_negative on inbox_item (workspace_id, received_at) where sentiment = 'NEGATIVE';

-- Each new item adds its lexemes to its conversation. A conversation stops growing its vector at 50,000 lexemes
-- (PostgreSQL caps a tsvector at 1 MB); stripped vectors repeat no lexeme, so that takes a very long thread.
create function conversation_search_add_item() returns trigger language plpgsql as $$
begin
    update conversation
       set search_vector = search_vector || strip(new.search_vector)
     where id = new.conversation_id and length(search_vector) < 50000;
    return null;
end
$$;

create trigger inbox_item_search_into_conversation after insert on inbox_item
    for each row execute function conversation_search_add_item();
