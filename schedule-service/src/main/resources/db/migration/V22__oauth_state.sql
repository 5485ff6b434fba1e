-- Started OAuth2 authorizations: a one-time state and its PKCE verifier (AES-GCM, bound to the state).
create table oauth_state (
    state                text        primary key,
    workspace_id         text        not null,
    network              text        not null,
    verifier_key_id      text        not null,
    verifier_ciphertext  text        not null,
    zone                 text        not null,
    started_by           text        not null,
    expires_at           timestamptz not null
);
create index oauth_state_expires on oauth_state (expires_at);
