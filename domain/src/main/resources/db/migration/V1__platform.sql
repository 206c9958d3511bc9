-- Platform schema: patients, clinicians, care teams, practice settings and the audit trail.
-- Runs as the schema owner; the application role gets only the grants below.

create table patient (
    id          uuid         primary key,
    username    varchar(255) not null unique,
    first_name  varchar(100) not null,
    last_name   varchar(100) not null,
    email       varchar(320),
    time_zone   varchar(64),
    created_at  timestamptz  not null default now(),
    version     bigint       not null default 0
);

create table clinician (
    id          uuid         primary key,
    username    varchar(255) not null unique,
    first_name  varchar(100) not null,
    last_name   varchar(100) not null,
    email       varchar(320),
    created_at  timestamptz  not null default now(),
    version     bigint       not null default 0
);

-- One row per assignment; an assignment ends (ended_at) rather than being deleted,
-- so the history of who could see a chart is kept.
create table care_team_member (
    id           uuid        primary key,
    patient_id   uuid        not null references patient (id),
    clinician_id uuid        not null references clinician (id),
    role         varchar(16) not null check (role in ('PRIMARY', 'COVERING')),
    assigned_at  timestamptz not null default now(),
    ended_at     timestamptz,
    check (ended_at is null or ended_at >= assigned_at)
);
create unique index care_team_member_active on care_team_member (patient_id, clinician_id) where ended_at is null;
create unique index care_team_member_one_primary on care_team_member (patient_id) where ended_at is null and role = 'PRIMARY';
create index care_team_member_by_clinician on care_team_member (clinician_id, patient_id) where ended_at is null;

create table practice_setting (
    key         varchar(100) primary key,
    value       text         not null,
    updated_at  timestamptz  not null default now(),
    updated_by  varchar(255)
);
insert into practice_setting (key, value, updated_by) values ('practice.time_zone', 'UTC', 'migration');

-- Append-only: the application role may insert and read, never update or delete.
create table audit_event (
    id              bigint       generated always as identity primary key,
    occurred_at     timestamptz  not null,
    actor_subject   varchar(255),
    actor_username  varchar(255),
    actor_role      varchar(32),
    action          varchar(64)  not null,
    record_type     varchar(64)  not null,
    record_id       varchar(64),
    patient_id      uuid,
    outcome         varchar(16)  not null check (outcome in ('ALLOWED', 'DENIED', 'FAILED'))
);
create index audit_event_by_patient on audit_event (patient_id, occurred_at);
create index audit_event_by_time on audit_event (occurred_at);

grant usage on schema ${flyway:defaultSchema} to ${appRole};
grant select, insert, update on patient, clinician, care_team_member, practice_setting to ${appRole};
grant select, insert on audit_event to ${appRole};
