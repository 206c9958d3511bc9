-- A safety answer (PHQ-9 item 9 above "Not at all", or any instrument's safety item) is kept as its
-- own record, written and committed before anything else of the submission, so no later failure and
-- no refusal of the rest of the questionnaire can lose it. It is not a screener response: it has no
-- total, is no baseline, and is not listed among the patient's results. The SAFETY flag's evidence
-- points at it.
create table safety_answer (
    id               uuid          primary key,
    patient_id       uuid          not null references patient (id),
    instrument       varchar(40)   not null,
    version          varchar(8)    not null,
    link_id          varchar(40)   not null,
    answer           integer       not null check (answer > 0),
    answered_on      date          not null,
    answered_at      timestamptz   not null,
    -- RESPONSE: the questionnaire was accepted (response_id names it, once stored);
    -- INCOMPLETE: refused for unanswered questions; NOT_ACCEPTED: refused for another reason
    context          varchar(16)   not null check (context in ('RESPONSE', 'INCOMPLETE', 'NOT_ACCEPTED')),
    response_id      uuid,
    -- the submission's client key: a retried submission records its answer once
    idempotency_key  varchar(100)
);
create index safety_answer_by_patient on safety_answer (patient_id, answered_at);
create unique index safety_answer_once_per_submission
    on safety_answer (patient_id, idempotency_key, link_id, answer, context) where idempotency_key is not null;

grant select, insert on safety_answer to ${appRole};

-- A new safety answer on an acknowledged SAFETY flag opens it again: the dashboard says since when.
alter table flag add column reopened_at timestamptz;
