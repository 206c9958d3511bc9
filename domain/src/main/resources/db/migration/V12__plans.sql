-- Treatment plans: one current plan per patient in ordinary tables (the plan, its goals,
-- interventions and homework), every save kept whole as an insert-only revision (a jsonb snapshot
-- of the plan as it stood after that save, with a short list of what changed), the patient's
-- homework check-offs (one per item per day) and the care team's reviews (progress per goal as it
-- stood). A goal or homework item taken off the plan is marked removed, never deleted, so its
-- check-offs and review lines still point at it.

create table treatment_plan (
    id             uuid           primary key,
    patient_id     uuid           not null unique references patient (id),
    problem        varchar(2000)  not null,
    -- the clinician-only formulation note: never in anything the patient reads
    private_note   varchar(4000),
    review_on      date           not null,
    -- when the first revision was saved: the plan's start for progress and NOT_IMPROVING
    started_at     timestamptz    not null,
    updated_at     timestamptz    not null,
    updated_by     varchar(255)   not null,
    revision       integer        not null check (revision >= 1),
    -- optimistic locking: a save names the version it started from
    version        bigint         not null default 0
);
create index treatment_plan_by_review_on on treatment_plan (review_on);

create table plan_goal (
    id                 uuid           primary key,
    plan_id            uuid           not null references treatment_plan (id),
    position           integer        not null,
    kind               varchar(8)     not null check (kind in ('SCORE', 'JOURNAL', 'TEXT')),
    instrument         varchar(16),
    target             integer,
    comparison         varchar(8)     check (comparison in ('BELOW', 'AT_LEAST')),
    target_date        date,
    measure            varchar(16),
    days               integer        check (days between 7 and 56),
    text               varchar(500),
    -- clinician-only
    clinician_comment  varchar(2000),
    -- a TEXT goal marked met by a clinician
    met_at             timestamptz,
    met_by             varchar(255),
    created_at         timestamptz    not null,
    removed_at         timestamptz,
    check ((met_at is null) = (met_by is null)),
    check (kind <> 'SCORE' or (instrument is not null and target is not null and comparison is not null)),
    check (kind <> 'JOURNAL' or (measure is not null and target is not null and days is not null)),
    check (kind <> 'TEXT' or text is not null)
);
create index plan_goal_by_plan on plan_goal (plan_id, position);

-- Interventions are replaced whole by each save; the revisions keep what they were.
create table plan_intervention (
    id          uuid           primary key,
    plan_id     uuid           not null references treatment_plan (id),
    position    integer        not null,
    code        varchar(32)    not null,
    text        varchar(500),
    frequency   varchar(100)
);
create index plan_intervention_by_plan on plan_intervention (plan_id, position);

create table plan_homework (
    id          uuid           primary key,
    plan_id     uuid           not null references treatment_plan (id),
    position    integer        not null,
    text        varchar(500)   not null,
    created_at  timestamptz    not null,
    removed_at  timestamptz
);
create index plan_homework_by_plan on plan_homework (plan_id, position);

-- The patient marked an item done on a day (their zone): once per item per day, never changed.
create table homework_check_off (
    id           uuid           primary key,
    homework_id  uuid           not null references plan_homework (id),
    patient_id   uuid           not null references patient (id),
    day          date           not null,
    checked_at   timestamptz    not null,
    unique (homework_id, day)
);
create index homework_check_off_by_patient on homework_check_off (patient_id, day);

-- Every save: the whole plan after it (goals and homework with their stable ids, the private note
-- and clinician comments included: the revisions are the care team's), and what changed in words.
create table treatment_plan_revision (
    id         uuid           primary key,
    plan_id    uuid           not null references treatment_plan (id),
    number     integer        not null check (number >= 1),
    saved_at   timestamptz    not null,
    saved_by   varchar(255)   not null,
    snapshot   jsonb          not null,
    changes    jsonb          not null,
    unique (plan_id, number)
);

create table plan_review (
    id              uuid           primary key,
    plan_id         uuid           not null references treatment_plan (id),
    reviewed_on     date           not null,
    reviewed_at     timestamptz    not null,
    reviewed_by     varchar(255)   not null,
    note            varchar(4000),
    next_review_on  date           not null
);
create index plan_review_by_plan on plan_review (plan_id, reviewed_at);

-- One goal in a review: the goal as described then and its progress as it stood.
create table plan_review_goal (
    id              uuid           primary key,
    review_id       uuid           not null references plan_review (id),
    goal_id         uuid           not null references plan_goal (id),
    position        integer        not null,
    description     varchar(600)   not null,
    baseline        numeric(7,2),
    baseline_on     date,
    current_value   numeric(7,2),
    current_on      date,
    change          varchar(24),
    entries         integer,
    entries_needed  integer,
    met             boolean        not null,
    summary         varchar(600)   not null,
    note            varchar(2000)
);
create index plan_review_goal_by_review on plan_review_goal (review_id, position);

grant select, insert on treatment_plan, plan_goal, plan_intervention, plan_homework, homework_check_off,
    treatment_plan_revision, plan_review, plan_review_goal to ${appRole};
grant update (problem, private_note, review_on, updated_at, updated_by, revision, version) on treatment_plan
    to ${appRole};
grant update (position, kind, instrument, target, comparison, target_date, measure, days, text, clinician_comment,
    met_at, met_by, removed_at) on plan_goal to ${appRole};
grant update (position, text, removed_at) on plan_homework to ${appRole};
grant delete on plan_intervention to ${appRole};

-- NOT_IMPROVING (docs/clinical-rules.md); the admin changes it in settings.
insert into practice_setting (key, value, updated_by) values
    ('flag.not_improving.days', '84', 'migration');
