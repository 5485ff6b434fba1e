-- Closed conversations with their response times, and SLA breaches, from community-service's inbox events.
create table conversation_stat (
    conversation_id         uuid        primary key,
    workspace_id            text        not null,
    channel_id              text        not null,
    network                 text        not null,
    priority                text        not null,
    assignee_id             text,
    opened_at               timestamptz not null,
    closed_at               timestamptz not null,
    first_response_seconds  bigint,
    resolution_seconds      bigint      not null,
    sla_breached            boolean     not null
);
create index conversation_stat_closed on conversation_stat (workspace_id, closed_at);

create table sla_breach (
    conversation_id  uuid        not null,
    target           text        not null,
    workspace_id     text        not null,
    breached_at      timestamptz not null,
    primary key (conversation_id, target)
);
