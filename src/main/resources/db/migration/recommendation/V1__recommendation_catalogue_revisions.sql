create schema if not exists recommendation;

-- Every save of a recommendation catalogue entry made in the app: the entry's YAML as the
-- administrator wrote it, numbered per entry from 1. The catalogue in effect is the files' entries
-- overlaid by the latest revision of each entry id; a withdrawn entry leaves the toolbox and new
-- recommendations but can still be looked up by its id. Rows are only ever added, never changed or
-- deleted, so the row count is a version that moves with every committed save whatever order saves
-- commit in; each instance compares it at most once a second to notice other instances' saves.
create table recommendation.catalogue_revision (
    entry_id    text not null,
    revision    integer not null check (revision >= 1),
    yaml        text not null,
    withdrawn   boolean not null,
    edited_by   uuid not null,
    editor_name text not null,
    edited_at   timestamptz not null,
    primary key (entry_id, revision)
);
