create schema if not exists assessment;

-- Every model version ever loaded, with its source, so an old result can always be shown with the
-- exact model it was answered with.
create table assessment.model_version (
    model_id   text not null,
    version    int not null,
    file_name  text not null,
    definition text not null,
    checksum   text not null,
    stored_at  timestamptz not null default now(),
    primary key (model_id, version)
);

create table assessment.assessment (
    id            uuid primary key,
    company_id    uuid not null,
    model_id      text not null,
    model_version int not null,
    status        text not null check (status in ('IN_PROGRESS', 'SUBMITTED')),
    started_by    uuid,
    started_at    timestamptz not null,
    updated_at    timestamptz not null,
    submitted_at  timestamptz,
    overall       numeric(7, 2),
    level         text,
    foreign key (model_id, model_version) references assessment.model_version (model_id, version),
    check ((status = 'SUBMITTED') = (submitted_at is not null and overall is not null))
);
create index assessment_company_idx on assessment.assessment (company_id, started_at desc);
create index assessment_submitted_idx on assessment.assessment (model_id, submitted_at) where status = 'SUBMITTED';

-- One row per answered question, saved as soon as it is given.
create table assessment.answer (
    assessment_id uuid not null references assessment.assessment (id) on delete cascade,
    question_id   text not null,
    value         jsonb not null,
    answered_at   timestamptz not null,
    primary key (assessment_id, question_id)
);

create table assessment.dimension_score (
    assessment_id uuid not null references assessment.assessment (id) on delete cascade,
    dimension_id  text not null,
    position      int not null,
    score         numeric(7, 2) not null,
    max_score     numeric(7, 2) not null,
    level         text,
    primary key (assessment_id, dimension_id)
);
