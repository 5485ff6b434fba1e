-- Every change of a post: who, when, which action, the post's state after it and the fields it changed.
create table post_revision (
    id            uuid        primary key,
    workspace_id  text        not null,
    post_id       uuid        not null references post (id) on delete cascade,
    post_version  bigint      not null,
    action        text        not null,
    actor_id      text        not null,
    created_at    timestamptz not null,
    state         jsonb       not null,
    changes       jsonb       not null
);

create index post_revision_post on post_revision (post_id, created_at desc, id desc);
