-- Invitations: how a patient's (or a clinician's) Keycloak account was offered to them.
-- One row per person: a re-sent invitation moves its sent and expiry times, a cancelled one keeps
-- who and when. The account itself lives in Keycloak; the id here is the one the record is bound
-- to (patient.keycloak_user_id / clinician.keycloak_user_id), kept beside the invitation so the
-- invitation can be answered for even when the record's binding is read elsewhere.
-- ACCEPTED is recorded the first time Thaw sees the account with no required action left.

create table invitation (
    id                uuid         primary key,
    patient_id        uuid         unique references patient (id),
    clinician_id      uuid         unique references clinician (id),
    keycloak_user_id  varchar(64)  not null unique,
    sent_at           timestamptz  not null,
    expires_at        timestamptz  not null,
    sent_by           varchar(255) not null,
    accepted_at       timestamptz,
    cancelled_at      timestamptz,
    cancelled_by      varchar(255),
    version           bigint       not null default 0,
    check ((patient_id is null) <> (clinician_id is null)),
    check (expires_at > sent_at)
);

-- e-mail addresses are unique among patients and among clinicians, whatever their case: Keycloak
-- refuses a second account with the same address, and Thaw refuses the second record with it
create unique index patient_email_unique on patient (lower(email)) where email is not null;
create unique index clinician_email_unique on clinician (lower(email)) where email is not null;

grant select, insert, update on invitation to ${appRole};

-- how long an invitation's link works (hours); Thaw passes it to Keycloak with every invitation
insert into practice_setting (key, value, updated_by) values
    ('invitation.lifetime.hours', '24', 'migration');
