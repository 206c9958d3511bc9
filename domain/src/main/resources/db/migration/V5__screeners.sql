-- Screener responses: the instrument code and version they answered, the raw answers, and the total
-- and band computed when they were stored, so a later definition never rewrites history. A score a
-- clinician records from elsewhere (any instrument, by name) has no answers and no version.
create table screener_response (
    id               uuid          primary key,
    patient_id       uuid          not null references patient (id),
    instrument       varchar(40)   not null,
    version          varchar(8),
    source           varchar(16)   not null check (source in ('PATIENT', 'CLINICIAN')),
    answers          jsonb,
    total            integer       not null,
    band             varchar(32),
    safety_positive  boolean       not null default false,
    administered_on  date          not null,
    submitted_at     timestamptz   not null,
    entered_by       varchar(255),
    check (source = 'CLINICIAN' or (version is not null and answers is not null)),
    check (source = 'PATIENT' or entered_by is not null)
);
-- history, "first" (baseline) and "newest" per instrument: all one index range
create index screener_response_by_instrument on screener_response (patient_id, instrument, administered_on, submitted_at);

-- An instrument a clinician asked for now; it is open until a response to it arrives after it.
create table screener_assignment (
    id           uuid          primary key,
    patient_id   uuid          not null references patient (id),
    instrument   varchar(16)   not null,
    assigned_at  timestamptz   not null,
    assigned_by  varchar(255)  not null
);
create index screener_assignment_by_patient on screener_assignment (patient_id, instrument, assigned_at);

-- A patient's own follow-up interval for an instrument (0: none); without a row, PHQ-9 and GAD-7
-- follow the practice's interval.
create table screener_schedule (
    patient_id   uuid          not null references patient (id),
    instrument   varchar(16)   not null,
    every_days   integer       not null check (every_days between 0 and 365),
    updated_at   timestamptz   not null,
    updated_by   varchar(255)  not null,
    primary key (patient_id, instrument)
);

grant select, insert on screener_response, screener_assignment to ${appRole};
grant select, insert, update on screener_schedule to ${appRole};

-- Thresholds and texts (clinical-reference.md); the admin changes them on the settings page.
insert into practice_setting (key, value, updated_by) values
    ('screener.follow_up_days', '14', 'migration'),
    ('flag.worsening.phq9_rise', '5', 'migration'),
    ('flag.worsening.gad7_rise', '4', 'migration'),
    ('flag.screener.window_days', '14', 'migration'),
    ('flag.hopelessness.phq9_item2_min', '2', 'migration'),
    ('flag.functional_impact.phq9_difficulty_min', '2', 'migration'),
    ('crisis.resources', 'If you are in danger or thinking about harming yourself, call your local emergency number now (112 in Europe, 911 in the US and Canada), or go to the nearest emergency department.
In the US, call or text 988 (Suicide & Crisis Lifeline) or chat at 988lifeline.org, any time, day or night.
Elsewhere, your emergency number can put you through to a local crisis line.', 'migration');
