-- Which companies are clients of which Digital Innovation Hub: a DIH's consultants may see
-- aggregate insights over their own clients only.
create table identity.dih_client (
    dih_id     uuid not null references identity.organisation (id),
    company_id uuid not null references identity.organisation (id),
    since      timestamptz not null default now(),
    primary key (dih_id, company_id)
);
create index dih_client_company_idx on identity.dih_client (company_id);
