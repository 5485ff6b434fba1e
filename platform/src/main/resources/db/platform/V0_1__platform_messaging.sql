-- Platform messaging tables, present in every service database (location db/platform).

create table outbox_event (
    id            bigint generated always as identity primary key,
    event_id      uuid        not null unique,
    topic         text        not null,
    aggregate_id  text        not null,
    event_type    text        not null,
    payload       text        not null,
    created_at    timestamptz not null,
    published_at  timestamptz
);

create index outbox_event_unpublished on outbox_event (id) where published_at is null;
create index outbox_event_published_at on outbox_event (published_at) where published_at is not null;

-- One row: the replica holding it relays the outbox, which keeps per-aggregate order across replicas.
create table outbox_relay_lease (
    name        text primary key,
    owner       text,
    expires_at  timestamptz not null
);

insert into outbox_relay_lease (name, owner, expires_at) values ('outbox-relay', null, now());

create table processed_event (
    consumer      text        not null,
    event_id      text        not null,
    event_type    text        not null,
    processed_at  timestamptz not null,
    primary key (consumer, event_id)
);
