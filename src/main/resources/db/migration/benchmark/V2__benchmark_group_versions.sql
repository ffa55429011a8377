-- A counter per peer group that moves whenever the group's distribution changes, so that every
-- instance can cache a group's distribution and know, with one small query, whether it is current.
create table benchmark.group_version (
    model_id  text not null,
    group_key text not null,
    version   bigint not null,
    primary key (model_id, group_key)
);
