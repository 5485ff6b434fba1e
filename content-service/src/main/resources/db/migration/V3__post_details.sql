-- Posts carry campaign, pillar and ghostwriting details; variants carry media, first comment, link and
-- network-specific options; deleted posts stay restorable (soft delete).
alter table post add column campaign_id   uuid;
alter table post add column pillar        text;
alter table post add column on_behalf_of  text;
alter table post add column deleted_at    timestamptz;
alter table post add column deleted_by    text;

alter table post_variant add column media_ids      uuid[] not null default '{}';
alter table post_variant add column first_comment  text;
alter table post_variant add column link           text;
alter table post_variant add column options        jsonb  not null default '{}';

create index post_workspace_live on post (workspace_id, created_at desc, id desc) where deleted_at is null;
create index post_variant_channel on post_variant (channel_id);
