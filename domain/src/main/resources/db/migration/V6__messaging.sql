-- Secure messaging between a patient and their care team. Threads belong to a patient; any member
-- of the care team may answer. Nothing here is ever deleted: a clinician can hide a message from
-- the patient's view, with a reason, and it stays on the record.
create table message_thread (
    id               uuid          primary key,
    patient_id       uuid          not null references patient (id),
    subject          varchar(200)  not null,
    started_by       varchar(255)  not null,
    started_by_role  varchar(16)   not null check (started_by_role in ('PATIENT', 'CLINICIAN')),
    created_at       timestamptz   not null,
    last_message_at  timestamptz   not null,
    status           varchar(16)   not null default 'OPEN' check (status in ('OPEN', 'HANDLED')),
    handled_by       varchar(255),
    handled_at       timestamptz,
    assigned_to      varchar(255),
    idempotency_key  varchar(100),
    constraint message_thread_once_per_key unique (started_by, idempotency_key)
);
create index message_thread_by_patient on message_thread (patient_id, last_message_at desc);

create table message (
    id               uuid           primary key,
    thread_id        uuid           not null references message_thread (id),
    author           varchar(255)   not null,
    author_role      varchar(16)    not null check (author_role in ('PATIENT', 'CLINICIAN', 'SYSTEM')),
    author_name      varchar(255)   not null,
    body             varchar(10000) not null,
    sent_at          timestamptz    not null,
    hidden_at        timestamptz,
    hidden_by        varchar(255),
    hidden_reason    varchar(500),
    idempotency_key  varchar(100),
    constraint message_once_per_key unique (author, idempotency_key),
    check (hidden_at is null or (hidden_by is not null and hidden_reason is not null))
);
create index message_by_thread on message (thread_id, sent_at);

-- How far each reader has read each thread: unread = messages after it, not their own.
create table message_read (
    thread_id     uuid          not null references message_thread (id),
    reader        varchar(255)  not null,
    last_read_at  timestamptz   not null,
    primary key (thread_id, reader)
);

-- A follow-up on a patient's chart, made from a message and optionally linked to a flag.
create table chart_task (
    id           uuid          primary key,
    patient_id   uuid          not null references patient (id),
    title        varchar(200)  not null,
    due_on       date          not null,
    message_id   uuid          references message (id),
    flag_id      uuid          references flag (id),
    created_by   varchar(255)  not null,
    created_at   timestamptz   not null,
    done_by      varchar(255),
    done_at      timestamptz
);
create index chart_task_by_patient on chart_task (patient_id, done_at, due_on);

grant select, insert on message_thread, message, message_read, chart_task to ${appRole};
grant update (last_message_at, status, handled_by, handled_at, assigned_to) on message_thread to ${appRole};
grant update (hidden_at, hidden_by, hidden_reason) on message to ${appRole};
grant update (last_read_at) on message_read to ${appRole};
grant update (done_by, done_at) on chart_task to ${appRole};

insert into practice_setting (key, value, updated_by) values
    ('messaging.office_hours', 'MON-FRI 09:00-17:00', 'migration'),
    ('messaging.response_time', 'within 2 working days', 'migration');
