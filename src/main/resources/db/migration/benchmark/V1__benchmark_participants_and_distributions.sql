create schema if not exists benchmark;

-- Each company's latest submitted assessment per model, with the profile it is counted under.
-- counted = false once the assessment is older than the peer window (dmhub.benchmark.window).
create table benchmark.participant (
    company_id    uuid not null,
    model_id      text not null,
    assessment_id uuid not null,
    submitted_at  timestamptz not null,
    country       char(2) not null,
    nace_section  char(1) not null,
    size_class    text not null,
    scores        jsonb not null,
    counted       boolean not null,
    primary key (company_id, model_id)
);
create index participant_expiry_idx on benchmark.participant (submitted_at) where counted;

-- How many counted companies of a peer group hold each score of a dimension ('overall' included):
-- a sparse histogram, so percentiles cost the same at a thousand or ten million assessments.
create table benchmark.distribution (
    model_id  text not null,
    group_key text not null,
    dimension text not null,
    score     numeric(7, 2) not null,
    companies int not null,
    primary key (model_id, group_key, dimension, score)
);
