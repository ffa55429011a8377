-- What a person agreed to, which version of the text, when, and when they withdrew it. A row is
-- never changed except to set withdrawn_at once; agreeing again inserts a new row. The kinds are
-- the names of eu.dmhub.identity.domain.ConsentKind (today only PRIVACY_NOTICE, accepted at sign-up).
create table identity.consent (
    id           uuid primary key,
    person_id    uuid not null references identity.person (id) on delete cascade,
    kind         text not null,
    text_version text not null,
    given_at     timestamptz not null,
    withdrawn_at timestamptz,
    check (withdrawn_at is null or withdrawn_at >= given_at)
);
create index consent_person_kind_idx on identity.consent (person_id, kind, given_at);
