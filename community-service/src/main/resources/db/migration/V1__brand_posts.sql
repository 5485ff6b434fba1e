-- Posts known from content-service events, to which community-service links comments and replies.
create table brand_post (
    post_id       uuid        primary key,
    workspace_id  text        not null,
    title         text        not null,
    status        text        not null,
    channel_ids   text[]      not null,
    created_at    timestamptz not null,
    received_at   timestamptz not null
);

create index brand_post_workspace on brand_post (workspace_id);
