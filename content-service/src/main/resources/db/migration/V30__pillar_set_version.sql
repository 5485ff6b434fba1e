-- Version of a workspace's pillar set and target mix, carried by sosmed.pillars.saved.v1 so consumers ignore older ones.
alter table pillar_library add column version bigint not null default 0;
