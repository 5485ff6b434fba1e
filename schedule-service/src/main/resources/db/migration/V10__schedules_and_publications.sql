-- What a post says about approval and what each of its variants publishes, kept from content-service's events.
alter table schedulable_post add column approval_required boolean not null default false;
alter table schedulable_post add column campaign_id text;
alter table schedulable_post add column variants jsonb not null default '[]'::jsonb;

-- A person's request to publish a post: when (as asked, with its zone and DST policy) and how often.
create table schedule (
    id               uuid        primary key,
    workspace_id     text        not null,
    post_id          uuid        not null references schedulable_post (post_id),
    mode             text        not null,
    zone             text        not null,
    requested_local  timestamp,
    dst_gap          text        not null,
    dst_overlap      text        not null,
    recurrence       text,
    max_occurrences  integer,
    minimum_gap      text,
    status           text        not null,
    post_version     bigint      not null,
    created_by       text        not null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    version          bigint      not null default 0
);

create index schedule_workspace_post on schedule (workspace_id, post_id);

-- One variant to publish on one channel at one instant: the unit the publishing engine claims and reports on.
create table publication (
    id                uuid        primary key,
    schedule_id       uuid        not null references schedule (id),
    workspace_id      text        not null,
    post_id           uuid        not null,
    channel_id        text        not null,
    network           text,
    occurrence        integer     not null,
    scheduled_at      timestamptz not null,
    due_at            timestamptz not null,
    status            text        not null,
    attempts          integer     not null default 0,
    attempt_id        uuid,
    claimed_at        timestamptz,
    external_id       text,
    url               text,
    failure_code      text,
    failure_reason    text,
    published_at      timestamptz,
    lookups           integer     not null default 0,
    created_at        timestamptz not null,
    updated_at        timestamptz not null
);

-- The engine's claim query: due work, oldest first.
create index publication_due on publication (due_at) where status = 'SCHEDULED';
create index publication_in_flight on publication (claimed_at) where status in ('PUBLISHING', 'UNCONFIRMED');
create index publication_schedule on publication (schedule_id);
create index publication_workspace_post on publication (workspace_id, post_id);
create index publication_workspace_time on publication (workspace_id, scheduled_at);
-- A channel publishes a post at most once per instant, whatever schedules ask for.
create unique index publication_once_per_instant on publication (post_id, channel_id, scheduled_at)
    where status not in ('UNSCHEDULED', 'SKIPPED');

-- Weekly publishing slots of a channel's queue, as wall-clock times in the queue's zone.
create table channel_queue (
    workspace_id  text        not null,
    channel_id    text        not null,
    zone          text        not null,
    slots         jsonb       not null,
    updated_at    timestamptz not null,
    updated_by    text        not null,
    primary key (workspace_id, channel_id)
);

-- The latest best posting times analytics computed for a channel (sosmed.best-times.updated.v1).
create table channel_best_times (
    workspace_id  text        not null,
    channel_id    text        not null,
    zone          text        not null,
    source        text        not null,
    slots         jsonb       not null,
    computed_at   timestamptz not null,
    primary key (workspace_id, channel_id)
);
