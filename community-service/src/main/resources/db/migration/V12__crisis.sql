-- Crises: spikes of negative items against the workspace's weekly baseline; at most one active per workspace.
create table crisis (
    id                uuid             primary key,
    workspace_id      text             not null,
    status            text             not null,
    detected_at       timestamptz      not null,
    window_start      timestamptz      not null,
    window_end        timestamptz      not null,
    negative_count    integer          not null,
    baseline_mean     double precision not null,
    baseline_std_dev  double precision not null,
    threshold         double precision not null,
    top_terms         text[]           not null,
    sample_item_ids   text[]           not null,
    auto_pause        boolean          not null,
    cleared_by        text,
    cleared_at        timestamptz,
    note              text
);

create unique index crisis_one_active on crisis (workspace_id) where status = 'ACTIVE';
create index crisis_history on crisis (workspace_id, detected_at desc, id desc);
