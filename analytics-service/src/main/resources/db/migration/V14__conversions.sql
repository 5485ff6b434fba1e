-- Leads, opportunities and deals from CRMs; one per external id per workspace.
create table conversion (
    id            uuid          primary key,
    workspace_id  text          not null,
    external_id   text          not null,
    kind          text          not null,
    occurred_at   timestamptz   not null,
    value         numeric(19,4),
    currency      text,
    received_via  text          not null,
    created_at    timestamptz   not null,
    unique (workspace_id, external_id)
);
create index conversion_occurred on conversion (workspace_id, occurred_at);

-- The touches a conversion names (short-link code, click id or UTM set), resolved to what they promote.
create table conversion_touch (
    conversion_id uuid          not null references conversion (id),
    position      integer       not null,
    link_id       uuid,
    post_id       uuid,
    channel_id    text,
    campaign_id   text,
    touched_at    timestamptz   not null,
    primary key (conversion_id, position)
);

-- Webhook secrets set by an admin (they win over configured ones) and signatures already accepted (replays).
create table webhook_secret (
    workspace_id  text          primary key,
    secret        text          not null,
    created_at    timestamptz   not null
);
create table webhook_signature (
    signature     text          primary key,
    workspace_id  text          not null,
    received_at   timestamptz   not null
);
