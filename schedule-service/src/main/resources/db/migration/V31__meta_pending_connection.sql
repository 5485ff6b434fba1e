-- A completed Meta (Facebook Login) authorization waiting for the admin to choose which Pages / Instagram accounts
-- become channels: the choices (no secrets) and the Page access tokens (AES-GCM, bound to the row id). Used once.
create table meta_pending_connection (
    id                 uuid        primary key,
    workspace_id       text        not null,
    started_by         text        not null,
    zone               text        not null,
    choices            jsonb       not null,
    tokens_key_id      text        not null,
    tokens_ciphertext  text        not null,
    expires_at         timestamptz not null,
    created_at         timestamptz not null
);
create index meta_pending_connection_expires on meta_pending_connection (expires_at);
