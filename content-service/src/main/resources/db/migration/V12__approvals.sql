-- Approval policy per workspace (no row: one step by any approver), approval rounds per submission with the
-- steps resolved at submit time, every decision of a round, and threaded review comments on posts.
create table approval_policy (
    workspace_id  text        primary key,
    mode          text        not null,
    steps         jsonb       not null default '[]',
    updated_by    text        not null,
    updated_at    timestamptz not null,
    version       bigint      not null
);

create table approval_round (
    id            uuid        primary key,
    workspace_id  text        not null,
    post_id       uuid        not null references post (id) on delete cascade,
    status        text        not null,
    steps         jsonb       not null,
    current_step  int         not null,
    submitted_by  text        not null,
    submitted_at  timestamptz not null,
    post_version  bigint      not null,
    closed_at     timestamptz,
    version       bigint      not null
);

create index approval_round_post on approval_round (post_id, submitted_at desc);
-- At most one round in review per post.
create unique index approval_round_open on approval_round (post_id) where status = 'OPEN';

create table approval_decision (
    id            uuid        primary key,
    round_id      uuid        not null references approval_round (id) on delete cascade,
    workspace_id  text        not null,
    post_id       uuid        not null,
    step_index    int,
    step_name     text,
    decision      text        not null,
    actor_id      text        not null,
    comment       text,
    decided_at    timestamptz not null
);

create index approval_decision_post on approval_decision (post_id, decided_at desc, id desc);

create table review_comment (
    id            uuid        primary key,
    workspace_id  text        not null,
    post_id       uuid        not null references post (id) on delete cascade,
    parent_id     uuid        references review_comment (id) on delete cascade,
    author_id     text        not null,
    author_name   text,
    body          text        not null,
    created_at    timestamptz not null
);

create index review_comment_post on review_comment (post_id, created_at, id);
