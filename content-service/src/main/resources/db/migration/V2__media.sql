create table media (
    id                  uuid             primary key,
    workspace_id        text             not null,
    kind                text             not null,
    content_type        text             not null,
    size_bytes          bigint           not null,
    sha256              text             not null check (sha256 ~ '^[0-9a-f]{64}$'),
    storage_key         text             not null,
    file_name           text,
    width               int,
    height              int,
    duration_seconds    double precision,
    frame_rate          double precision,
    codec               text,
    alt_text            text,
    thumbnail_key       text,
    cover_key           text,
    cover_content_type  text,
    cover_size_bytes    bigint,
    cover_width         int,
    cover_height        int,
    uploaded_by         text             not null,
    created_at          timestamptz      not null,
    updated_at          timestamptz      not null,
    version             bigint           not null,
    -- Same bytes in one workspace are one media item (and one stored file).
    constraint media_workspace_sha256 unique (workspace_id, sha256)
);

create index media_workspace_created on media (workspace_id, created_at desc, id desc);

create table media_subtitle (
    media_id     uuid        not null references media (id) on delete cascade,
    language     text        not null,
    format       text        not null,
    size_bytes   bigint      not null,
    cue_count    int         not null,
    storage_key  text        not null,
    created_at   timestamptz not null,
    primary key (media_id, language)
);
