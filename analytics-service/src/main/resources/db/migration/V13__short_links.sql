-- Short links with the UTM-tagged destination they redirect to, and every click on them.
create table short_link (
    id            uuid        primary key,
    workspace_id  text        not null,
    code          text        not null unique,
    destination   text        not null,
    target_url    text        not null,
    post_id       uuid,
    channel_id    text,
    campaign_id   text,
    utm_source    text,
    utm_medium    text,
    utm_campaign  text,
    utm_content   text,
    created_by    text        not null,
    created_at    timestamptz not null
);
create index short_link_page on short_link (workspace_id, created_at desc, id desc);

-- agent_class: HUMAN, PREVIEW (link-preview fetchers) or BOT (crawlers, no user agent); referrer host only.
create table link_click (
    id            uuid        primary key,
    link_id       uuid        not null references short_link (id),
    workspace_id  text        not null,
    clicked_at    timestamptz not null,
    referrer_host text,
    agent_class   text        not null
);
create index link_click_link on link_click (link_id, agent_class);
