-- Flags: what the engine raises for the care team, with the evidence behind each one.
-- The engine opens flags and adds evidence; only a clinician acknowledges or resolves them.
create table flag (
    id               uuid          primary key,
    patient_id       uuid          not null references patient (id),
    type             varchar(32)   not null check (type in ('SAFETY', 'PERSISTENT_NUMBNESS', 'FUNCTIONAL_IMPACT',
                                       'HOPELESSNESS', 'WORSENING', 'DISENGAGED', 'MEDICATION_ONSET', 'NOT_IMPROVING')),
    severity         varchar(16)   not null check (severity in ('LOW', 'MEDIUM', 'HIGH', 'URGENT')),
    status           varchar(16)   not null check (status in ('OPEN', 'ACKNOWLEDGED', 'RESOLVED')),
    opened_at        timestamptz   not null,
    last_evidence_at timestamptz   not null,
    acknowledged_at  timestamptz,
    acknowledged_by  varchar(255),
    resolved_at      timestamptz,
    resolved_by      varchar(255),
    resolution_note  varchar(2000),
    version          bigint        not null default 0,
    check (status <> 'RESOLVED' or (resolved_at is not null and resolved_by is not null and resolution_note is not null))
);
-- at most one open or acknowledged flag of a type per patient: new evidence joins it
create unique index flag_one_active_per_type on flag (patient_id, type) where status <> 'RESOLVED';
create index flag_by_patient on flag (patient_id, status, opened_at);

create table flag_evidence (
    id           uuid          primary key,
    flag_id      uuid          not null references flag (id),
    recorded_at  timestamptz   not null,
    summary      varchar(500)  not null,
    window_start date,
    window_end   date,
    refs         varchar(4000) not null default ''
);
create index flag_evidence_by_flag on flag_evidence (flag_id, recorded_at);

grant select, insert, update on flag to ${appRole};
grant select, insert on flag_evidence to ${appRole};

-- Thresholds (clinical-reference.md, "Default flag rules"); the admin changes them in settings.
insert into practice_setting (key, value, updated_by) values
    ('flag.numb_entry.min_numbness', '6', 'migration'),
    ('flag.persistent_numbness.window_days', '14', 'migration'),
    ('flag.persistent_numbness.min_entries', '10', 'migration'),
    ('flag.persistent_numbness.min_numb_percent', '80', 'migration'),
    ('flag.functional_impact.window_days', '7', 'migration'),
    ('flag.functional_impact.min_entries', '3', 'migration'),
    ('flag.hopelessness.window_days', '7', 'migration'),
    ('flag.hopelessness.min_entries', '3', 'migration'),
    ('flag.disengaged.gap_days', '7', 'migration'),
    ('flag.disengaged.prior_days', '14', 'migration'),
    ('flag.disengaged.prior_min_entries', '3', 'migration');
