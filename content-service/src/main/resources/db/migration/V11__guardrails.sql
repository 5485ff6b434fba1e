-- Brand guardrails per workspace; which columns matter depends on kind.
create table guardrail (
    id            uuid        primary key,
    workspace_id  text        not null,
    name          text        not null,
    kind          text        not null,
    severity      text        not null,
    terms         text[]      not null default '{}',
    disclosures   text[]      not null default '{}',
    network       text,
    max_emojis    int,
    link_policy   text,
    domains       text[]      not null default '{}',
    created_by    text        not null,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    version       bigint      not null
);

create index guardrail_workspace_created on guardrail (workspace_id, created_at desc, id desc);
