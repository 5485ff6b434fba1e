-- Publication state per post variant (channel), from schedule-service's post-lifecycle events; no row = not scheduled.
create table variant_publication (
    post_id       uuid        not null references post (id) on delete cascade,
    channel_id    text        not null,
    status        text        not null check (status in ('SCHEDULED', 'PUBLISHED', 'FAILED', 'UNCONFIRMED')),
    schedule_id   uuid,
    scheduled_at  timestamptz,
    zone          text,
    attempt_id    uuid,
    external_id   text,
    url           text,
    published_at  timestamptz,
    error_code    text,
    error_reason  text,
    retryable     boolean,
    attempts      int,
    updated_at    timestamptz not null,
    primary key (post_id, channel_id)
);

-- The status a post had when it was first scheduled, to return to when its last schedule is removed.
create table post_status_before_scheduling (
    post_id  uuid primary key references post (id) on delete cascade,
    status   text not null
);
