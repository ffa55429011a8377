create schema if not exists recommendation;

-- A company's action plan: catalogue entries it means to act on. One item per company and entry;
-- done_at is set when the status becomes DONE and cleared when it leaves it.
create table recommendation.plan_item (
    id            uuid primary key,
    company_id    uuid not null,
    entry_id      text not null,
    dimension     text not null,
    assessment_id uuid not null,
    owner         text,
    target_date   date,
    status        text not null check (status in ('PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED')),
    notes         text,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    done_at       timestamptz,
    unique (company_id, entry_id)
);

-- Each company's latest follow-up per model: the two assessments and the plan entries completed
-- between them; per dimension the level it started from and the change in score.
create table recommendation.follow_up (
    company_id            uuid not null,
    model_id              text not null,
    previous_assessment   uuid not null,
    assessment_id         uuid not null,
    previous_submitted_at timestamptz not null,
    submitted_at          timestamptz not null,
    completed_entries     text[] not null,
    primary key (company_id, model_id)
);

create table recommendation.follow_up_change (
    company_id  uuid not null,
    model_id    text not null,
    dimension   text not null,
    start_level text not null,
    change      double precision not null,
    primary key (company_id, model_id, dimension),
    foreign key (company_id, model_id) references recommendation.follow_up on delete cascade
);
create index follow_up_change_group_idx on recommendation.follow_up_change (model_id, dimension, start_level);
