create table post (
    id            uuid        primary key,
    workspace_id  text        not null,
    title         text        not null,
    status        text        not null,
    author_id     text        not null,
    tags          text[]      not null default '{}',
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    version       bigint      not null
);

create index post_workspace_created on post (workspace_id, created_at desc, id);

create table post_variant (
    post_id     uuid    not null references post (id) on delete cascade,
    position    int     not null,
    channel_id  text    not null,
    text        text    not null,
    primary key (post_id, position)
);
