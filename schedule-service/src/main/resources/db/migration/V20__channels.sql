-- Social accounts connected to a workspace. Credentials are AES-GCM ciphertext; the key id allows key rotation.
create table channel (
    id                      uuid        primary key,
    workspace_id            text        not null,
    network                 text        not null,
    account_id              text        not null,
    handle                  text        not null,
    display_name            text,
    instance_url            text,
    zone                    text        not null,
    status                  text        not null,
    status_reason           text,
    max_text_length         integer,
    max_media               integer,
    credentials_key_id      text,
    credentials_ciphertext  text,
    token_expires_at        timestamptz,
    connected_by            text        not null,
    created_at              timestamptz not null,
    updated_at              timestamptz not null,
    disconnected_at         timestamptz,
    constraint channel_credentials_with_key check ((credentials_ciphertext is null) = (credentials_key_id is null))
);

create index channel_workspace_page on channel (workspace_id, created_at desc, id desc);
-- One connected channel per account and workspace; a disconnected one stays for history.
create unique index channel_connected_account on channel (workspace_id, network, account_id)
    where status <> 'DISCONNECTED';
