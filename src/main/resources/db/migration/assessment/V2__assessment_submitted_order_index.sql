-- Each company's submitted assessments of a model in the order "latest" and "previous" are read
-- in (submitted_at, id): a retake's predecessor is one index probe, and the window over all
-- companies (follow-ups, latest results) reads the index in order instead of sorting the table.
create index assessment_submitted_order_idx
    on assessment.assessment (company_id, model_id, submitted_at desc, id desc)
    where status = 'SUBMITTED';
