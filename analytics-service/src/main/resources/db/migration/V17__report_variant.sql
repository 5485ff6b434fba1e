-- The overview report's projection: one row per (post, channel) variant with what reports filter, group and sum by,
-- so a report is a scan of one narrow table instead of joining posts, variants and latest metrics. The database keeps
-- it in step with its three sources (post_variant, tracked_post, variant_latest_metrics), whichever writes them and
-- in whatever order they arrive, with set-based statement triggers.
create table report_variant (
    post_id           uuid             not null,
    channel_id        text             not null,
    workspace_id      text             not null,
    published_at      timestamptz,
    variant_network   text,
    metrics_network   text,
    campaign_id       text,
    pillar            text,
    tags              text[]           not null default '{}',
    deleted           boolean          not null default false,
    impressions       bigint,
    engagements       bigint           not null default 0,
    link_clicks       bigint,
    rate_denominator  bigint,
    engagement_rate   double precision,
    primary key (post_id, channel_id)
);
create index report_variant_published on report_variant (workspace_id, published_at);
-- Rank order of top posts (forward) and bottom posts (backward).
create index report_variant_ranked on report_variant (workspace_id, engagement_rate desc, published_at, post_id, channel_id)
    where engagement_rate is not null;

insert into report_variant (post_id, channel_id, workspace_id, published_at, variant_network, metrics_network,
    campaign_id, pillar, tags, deleted, impressions, engagements, link_clicks, rate_denominator, engagement_rate)
select v.post_id, v.channel_id, v.workspace_id, v.published_at, v.network, m.network, p.campaign_id, p.pillar,
    coalesce(p.tags, '{}'), coalesce(p.status = 'DELETED', false), m.impressions, coalesce(m.engagements, 0),
    m.link_clicks, m.rate_denominator, m.engagement_rate
from post_variant v
left join tracked_post p on p.post_id = v.post_id
left join variant_latest_metrics m on m.post_id = v.post_id and m.channel_id = v.channel_id;

-- A variant written (content, publication): its row, with the post's attributes and metrics known so far (metrics
-- stored meanwhile by another transaction meet this row on the primary key, see report_variant_from_metrics).
create function report_variant_from_variants() returns trigger language plpgsql as $$
begin
    insert into report_variant (post_id, channel_id, workspace_id, published_at, variant_network, metrics_network,
        campaign_id, pillar, tags, deleted, impressions, engagements, link_clicks, rate_denominator, engagement_rate)
    select v.post_id, v.channel_id, v.workspace_id, v.published_at, v.network, m.network, p.campaign_id, p.pillar,
        coalesce(p.tags, '{}'), coalesce(p.status = 'DELETED', false), m.impressions, coalesce(m.engagements, 0),
        m.link_clicks, m.rate_denominator, m.engagement_rate
    from changed v
    left join tracked_post p on p.post_id = v.post_id
    left join variant_latest_metrics m on m.post_id = v.post_id and m.channel_id = v.channel_id
    on conflict (post_id, channel_id) do update set workspace_id = excluded.workspace_id,
        published_at = excluded.published_at, variant_network = excluded.variant_network,
        campaign_id = excluded.campaign_id, pillar = excluded.pillar, tags = excluded.tags, deleted = excluded.deleted;
    return null;
end $$;
create trigger report_variant_variant_inserted after insert on post_variant
    referencing new table as changed for each statement execute function report_variant_from_variants();
create trigger report_variant_variant_updated after update on post_variant
    referencing new table as changed for each statement execute function report_variant_from_variants();

-- A post written (campaign, pillar, tags, deleted): every variant of it.
create function report_variant_from_posts() returns trigger language plpgsql as $$
begin
    update report_variant r set campaign_id = p.campaign_id, pillar = p.pillar, tags = p.tags,
        deleted = p.status = 'DELETED'
    from changed p
    where r.post_id = p.post_id;
    return null;
end $$;
create trigger report_variant_post_inserted after insert on tracked_post
    referencing new table as changed for each statement execute function report_variant_from_posts();
create trigger report_variant_post_updated after update on tracked_post
    referencing new table as changed for each statement execute function report_variant_from_posts();

-- A variant's latest metrics moved forward: its counters. Upserted (a row without publication stays out of reports)
-- so that metrics and a publication stored concurrently meet on the primary key instead of missing each other.
create function report_variant_from_metrics() returns trigger language plpgsql as $$
begin
    insert into report_variant (post_id, channel_id, workspace_id, metrics_network, impressions, engagements,
        link_clicks, rate_denominator, engagement_rate)
    select m.post_id, m.channel_id, m.workspace_id, m.network, m.impressions, m.engagements, m.link_clicks,
        m.rate_denominator, m.engagement_rate
    from changed m
    order by m.post_id, m.channel_id
    on conflict (post_id, channel_id) do update set metrics_network = excluded.metrics_network,
        impressions = excluded.impressions, engagements = excluded.engagements, link_clicks = excluded.link_clicks,
        rate_denominator = excluded.rate_denominator, engagement_rate = excluded.engagement_rate;
    return null;
end $$;
create trigger report_variant_metrics_inserted after insert on variant_latest_metrics
    referencing new table as changed for each statement execute function report_variant_from_metrics();
create trigger report_variant_metrics_updated after update on variant_latest_metrics
    referencing new table as changed for each statement execute function report_variant_from_metrics();
