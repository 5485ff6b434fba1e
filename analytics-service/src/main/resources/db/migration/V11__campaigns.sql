-- Campaigns as content-service saves them: names for reports, budgets for ROI. Higher versions win.
create table analytics_campaign (
    campaign_id   text          primary key,
    workspace_id  text          not null,
    name          text          not null,
    starts_on     date,
    ends_on       date,
    budget        numeric(19,4),
    currency      text,
    version       bigint        not null,
    archived      boolean       not null
);
create index analytics_campaign_workspace on analytics_campaign (workspace_id);
