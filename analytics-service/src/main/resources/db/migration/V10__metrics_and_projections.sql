-- What analytics-service needs to know of a post to group and explain its results.
alter table tracked_post add column campaign_id text;
alter table tracked_post add column pillar text;
alter table tracked_post add column tags text[] not null default '{}';

-- One row per (post, channel): the variant's content features (from post.created/updated) and, once live,
-- where and when it was published (from post.published). Either side may arrive first.
create table post_variant (
    post_id       uuid        not null,
    channel_id    text        not null,
    workspace_id  text        not null,
    text          text,
    link          text,
    media_count   integer     not null default 0,
    media_type    text,
    network       text,
    external_id   text,
    published_at  timestamptz,
    primary key (post_id, channel_id)
);
create index post_variant_published on post_variant (workspace_id, published_at);

-- Time series of counters: per published variant (post_id set) and per channel (post_id null).
-- One point per collectedAt: a duplicated or replayed snapshot adds nothing.
create table metric_snapshot (
    id                bigserial        primary key,
    workspace_id      text             not null,
    channel_id        text             not null,
    network           text             not null,
    post_id           uuid,
    collected_at      timestamptz      not null,
    impressions       bigint,
    reach             bigint,
    likes             bigint,
    comments          bigint,
    shares            bigint,
    saves             bigint,
    link_clicks       bigint,
    video_views       bigint,
    followers         bigint,
    engagements       bigint           not null,
    rate_basis        text,
    rate_denominator  bigint,
    engagement_rate   double precision
);
create unique index metric_snapshot_point
    on metric_snapshot (workspace_id, channel_id, coalesce(post_id, '00000000-0000-0000-0000-000000000000'::uuid), collected_at);
create index metric_snapshot_variant on metric_snapshot (post_id, channel_id, collected_at) where post_id is not null;
create index metric_snapshot_channel on metric_snapshot (workspace_id, channel_id, collected_at) where post_id is null;

-- The latest snapshot per published variant (greatest collectedAt wins), kept for fast reports.
create table variant_latest_metrics (
    post_id           uuid             not null,
    channel_id        text             not null,
    workspace_id      text             not null,
    network           text             not null,
    collected_at      timestamptz      not null,
    impressions       bigint,
    reach             bigint,
    likes             bigint,
    comments          bigint,
    shares            bigint,
    saves             bigint,
    link_clicks       bigint,
    video_views       bigint,
    engagements       bigint           not null,
    rate_basis        text,
    rate_denominator  bigint,
    engagement_rate   double precision,
    primary key (post_id, channel_id)
);
create index variant_latest_workspace on variant_latest_metrics (workspace_id);

-- Channels as schedule-service announces them (zone for local-time reports and best times).
create table analytics_channel (
    channel_id    text        primary key,
    workspace_id  text        not null,
    network       text        not null,
    handle        text        not null,
    display_name  text,
    zone          text        not null,
    status        text        not null,
    changed_at    timestamptz not null
);
create index analytics_channel_workspace on analytics_channel (workspace_id);
