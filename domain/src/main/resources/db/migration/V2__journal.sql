-- The daily journal: one entry per patient per local day (in the patient's time zone).
create table journal_entry (
    id          uuid          primary key,
    patient_id  uuid          not null references patient (id),
    entry_date  date          not null,
    numbness    smallint      not null check (numbness between 0 and 10),
    note        varchar(2000),
    created_at  timestamptz   not null,
    updated_at  timestamptz   not null,
    version     bigint        not null default 0,
    constraint journal_entry_one_per_day unique (patient_id, entry_date)
);
-- the unique constraint's index (patient_id, entry_date) serves "last entry" and date-window reads

grant select, insert, update on journal_entry to ${appRole};

-- Today in a patient's own time zone, or null when they have none or it is not a zone PostgreSQL
-- knows (the caller then uses the practice's day): one bad row never breaks a caseload.
create function local_today(zone text) returns date
    language plpgsql stable
as $$
begin
    if zone is null or zone = '' or zone ~ '^[+-]' then
        return null;
    end if;
    return (now() at time zone zone)::date;
exception when others then
    return null;
end;
$$;
