-- Medications: a patient's courses as their clinicians record them (Thaw is not a prescribing
-- system), each dose change as its own event, corrections with the previous values kept, clinician
-- notes per course, and the patient's side-effect reports. Nothing here is deleted: a course
-- recorded by mistake is marked entered in error, with who, when and why, and stays in history.
--
-- The antidepressant catalogue (RxNorm ingredient codes and classes) and the side-effect codes are
-- data files in the application (medications/antidepressants.csv, medications/side-effects.csv),
-- not tables: they are versioned and reviewed with the rules that read them, and a course keeps
-- the code and name it was recorded with, so a later catalogue never rewrites history.

create table medication_course (
    id                     uuid           primary key,
    patient_id             uuid           not null references patient (id),
    -- RxNorm ingredient code from the catalogue; null for a drug entered by name ("other") or a
    -- catalogue drug that has no RxNorm code
    rxnorm                 varchar(16),
    name                   varchar(200)   not null,
    -- from the catalogue for a catalogue drug; the clinician's answer for "other"
    antidepressant         boolean        not null,
    dose                   numeric(10,3)  not null check (dose > 0),
    unit                   varchar(8)     not null check (unit in ('mg', 'mcg', 'ml')),
    frequency              varchar(24)    not null
        check (frequency in ('daily', 'twice_daily', 'three_times_daily', 'weekly', 'as_needed')),
    started_on             date           not null,
    prescriber             varchar(200),
    stopped_on             date,
    stop_reason            varchar(500),
    entered_in_error_at    timestamptz,
    entered_in_error_by    varchar(255),
    entered_in_error_reason varchar(500),
    created_at             timestamptz    not null,
    created_by             varchar(255)   not null,
    version                bigint         not null default 0,
    check (stopped_on is null or stopped_on >= started_on),
    check (stop_reason is null or stopped_on is not null),
    check ((entered_in_error_at is null) = (entered_in_error_by is null)
        and (entered_in_error_at is null) = (entered_in_error_reason is null))
);
create index medication_course_by_patient on medication_course (patient_id, started_on);

-- A correction keeps the values it replaced, with who and when.
create table medication_course_revision (
    id              uuid           primary key,
    course_id       uuid           not null references medication_course (id),
    revised_at      timestamptz    not null,
    revised_by      varchar(255)   not null,
    rxnorm          varchar(16),
    name            varchar(200)   not null,
    antidepressant  boolean        not null,
    dose            numeric(10,3)  not null,
    unit            varchar(8)     not null,
    frequency       varchar(24)    not null,
    started_on      date           not null,
    prescriber      varchar(200),
    stopped_on      date,
    stop_reason     varchar(500)
);
create index medication_course_revision_by_course on medication_course_revision (course_id, revised_at);

-- A dose change from a day on; unit and frequency are those in force from then (usually the
-- course's), so a change of either is visible and never mistaken for a dose increase.
create table dose_change (
    id          uuid           primary key,
    course_id   uuid           not null references medication_course (id),
    changed_on  date           not null,
    dose        numeric(10,3)  not null check (dose > 0),
    unit        varchar(8)     not null check (unit in ('mg', 'mcg', 'ml')),
    frequency   varchar(24)    not null
        check (frequency in ('daily', 'twice_daily', 'three_times_daily', 'weekly', 'as_needed')),
    entered_by  varchar(255)   not null,
    entered_at  timestamptz    not null
);
create index dose_change_by_course on dose_change (course_id, changed_on);

-- Clinicians' side-effect notes per course: clinician-only, never in anything the patient reads.
create table medication_note (
    id               uuid           primary key,
    course_id        uuid           not null references medication_course (id),
    text             varchar(2000)  not null,
    written_by       varchar(255)   not null,
    written_by_name  varchar(255)   not null,
    written_at       timestamptz    not null
);
create index medication_note_by_course on medication_note (course_id, written_at);

-- A patient's side-effect report: which course (null: "not sure"), blunting 0–10, other effects
-- (codes of medications/side-effects.csv; the application checks them), since when.
create table side_effect_report (
    id           uuid           primary key,
    patient_id   uuid           not null references patient (id),
    course_id    uuid           references medication_course (id),
    blunting     smallint       not null check (blunting between 0 and 10),
    effects      varchar(32)[]  not null default '{}',
    note         varchar(2000),
    since        date,
    reported_on  date           not null,
    reported_at  timestamptz    not null
);
create index side_effect_report_by_patient on side_effect_report (patient_id, reported_on);

grant select, insert on medication_course, medication_course_revision, dose_change, medication_note,
    side_effect_report to ${appRole};
grant update (rxnorm, name, antidepressant, dose, unit, frequency, started_on, prescriber, stopped_on, stop_reason,
    entered_in_error_at, entered_in_error_by, entered_in_error_reason, version) on medication_course to ${appRole};

-- The check-in's "Do you think a medication affects how much you feel?" (null: not asked or not
-- answered), and the paper diary: an entry a clinician typed in from a patient's paper diary names
-- the clinician (id and name as shown), so it is marked as such wherever it appears. Grants on
-- journal_entry are table-level (V2).
alter table journal_entry
    add column medication_affects_feeling varchar(8) check (medication_affects_feeling in ('YES', 'NO', 'NOT_SURE')),
    add column entered_by_clinician uuid references clinician (id),
    add column entered_by_name      varchar(255),
    add constraint journal_entry_entered_by_named check ((entered_by_clinician is null) = (entered_by_name is null));

-- MEDICATION_ONSET evidence is found by the medication rule, a family of its own beside the
-- journal and screener rules.
alter table flag_evidence drop constraint flag_evidence_source_check;
alter table flag_evidence add constraint flag_evidence_source_check
    check (source in ('JOURNAL', 'SCREENER', 'MEDICATION'));

-- MEDICATION_ONSET thresholds (docs/clinical-rules.md); the admin changes them in settings.
insert into practice_setting (key, value, updated_by) values
    ('flag.medication_onset.min_days', '7', 'migration'),
    ('flag.medication_onset.max_days', '56', 'migration'),
    ('flag.medication_onset.clear_days', '14', 'migration'),
    ('flag.medication_onset.mean_window_days', '7', 'migration'),
    ('flag.medication_onset.mean_min_entries', '4', 'migration'),
    ('flag.medication_onset.mean_rise', '3', 'migration'),
    ('flag.medication_onset.report_min_blunting', '6', 'migration');
