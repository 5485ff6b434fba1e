-- The content library: templates, snippets, hashtag groups, campaigns and content pillars with the target mix.
-- Names are unique per workspace regardless of case.
create table content_template (
    id            uuid        primary key,
    workspace_id  text        not null,
    name          text        not null,
    text          text        not null,
    created_by    text        not null,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    version       bigint      not null
);
create unique index content_template_name on content_template (workspace_id, lower(name));
create index content_template_page on content_template (workspace_id, created_at desc, id desc);

create table content_snippet (
    id            uuid        primary key,
    workspace_id  text        not null,
    name          text        not null,
    text          text        not null,
    created_by    text        not null,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    version       bigint      not null
);
create unique index content_snippet_name on content_snippet (workspace_id, lower(name));
create index content_snippet_page on content_snippet (workspace_id, created_at desc, id desc);

create table hashtag_group (
    id            uuid        primary key,
    workspace_id  text        not null,
    name          text        not null,
    hashtags      text[]      not null,
    created_by    text        not null,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    version       bigint      not null
);
create unique index hashtag_group_name on hashtag_group (workspace_id, lower(name));
create index hashtag_group_page on hashtag_group (workspace_id, created_at desc, id desc);

create table campaign (
    id            uuid          primary key,
    workspace_id  text          not null,
    name          text          not null,
    starts_on     date,
    ends_on       date,
    budget        numeric(19,4) check (budget >= 0),
    currency      text          check (currency ~ '^[A-Z]{3}$'),
    archived      boolean       not null default false,
    created_by    text          not null,
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null,
    version       bigint        not null,
    constraint campaign_dates check (starts_on is null or ends_on is null or ends_on >= starts_on),
    constraint campaign_budget_currency check ((budget is null) = (currency is null))
);
create unique index campaign_name on campaign (workspace_id, lower(name));
create index campaign_page on campaign (workspace_id, created_at desc, id desc);

-- One row per workspace whose default pillars were created (on first use).
create table pillar_library (
    workspace_id  text        primary key,
    seeded_at     timestamptz not null
);

create table content_pillar (
    id              uuid        primary key,
    workspace_id    text        not null,
    pillar_key      text        not null,
    name            text        not null,
    description     text,
    target_percent  int         check (target_percent between 0 and 100),
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    version         bigint      not null,
    constraint content_pillar_key unique (workspace_id, pillar_key)
);
create index content_pillar_page on content_pillar (workspace_id, created_at desc, id desc);

create index post_workspace_pillar on post (workspace_id, pillar) where deleted_at is null;
create index post_workspace_campaign on post (workspace_id, campaign_id) where deleted_at is null;
