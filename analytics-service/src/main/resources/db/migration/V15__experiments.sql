-- A/B experiments: published variants compared on one metric, differing in one declared variable.
create table experiment (
    id              uuid             primary key,
    workspace_id    text             not null,
    name            text             not null,
    variable        text             not null,
    metric          text             not null,
    minimum_effect  double precision not null,
    created_by      text             not null,
    created_at      timestamptz      not null
);
create index experiment_page on experiment (workspace_id, created_at desc, id desc);

create table experiment_arm (
    experiment_id  uuid    not null references experiment (id),
    position       integer not null,
    post_id        uuid    not null,
    channel_id     text    not null,
    label          text    not null,
    primary key (experiment_id, position)
);
