create schema if not exists identity;

-- One row per organisation: SMEs, DIHs, agencies, ministries and the platform operator.
create table identity.organisation (
    id            uuid primary key,
    kind          text not null check (kind in ('COMPANY', 'DIH', 'AGENCY', 'MINISTRY', 'OPERATOR')),
    legal_name    text not null,
    country       char(2) not null,
    registry_code text not null,
    nace_section  char(1) not null,
    nace_division char(2) not null,
    size_class    text not null check (size_class in ('MICRO', 'SMALL', 'MEDIUM', 'LARGE')),
    region        text,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now()
);
-- One profile per company: the business registry code is unique within its country.
create unique index organisation_registry_uq on identity.organisation (country, registry_code);

create table identity.person (
    id              uuid primary key,
    email           text not null,
    password_hash   text not null,
    display_name    text not null,
    organisation_id uuid not null references identity.organisation (id),
    language        text not null default 'en',
    created_at      timestamptz not null default now()
);
create unique index person_email_uq on identity.person (email);
create index person_organisation_idx on identity.person (organisation_id);

create table identity.person_role (
    person_id uuid not null references identity.person (id) on delete cascade,
    role      text not null check (role in ('SME_USER', 'CONSULTANT', 'PROGRAMME_OFFICER', 'ANALYST', 'ADMIN')),
    primary key (person_id, role)
);

-- API bearer tokens: only a SHA-256 hash is kept; revoked or expired tokens no longer sign anyone in.
create table identity.api_token (
    id         uuid primary key,
    person_id  uuid not null references identity.person (id) on delete cascade,
    token_hash bytea not null unique,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null,
    revoked_at timestamptz
);
