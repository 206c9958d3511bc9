-- Today in a patient's own time zone at a moment the application passes in (its clock's instant),
-- so that a patient's day follows the application's clock, which tests can fix, and not the
-- database's now(). As with local_today(zone): null when the patient has no zone or it is not a
-- zone PostgreSQL knows (the caller then uses the practice's day), so one bad row never breaks a
-- caseload. The application's queries call this one; local_today(zone) stays for anything that
-- already relies on it.
create function local_today(zone text, at timestamptz) returns date
    language plpgsql stable
as $$
begin
    if zone is null or zone = '' or zone ~ '^[+-]' or at is null then
        return null;
    end if;
    return (at at time zone zone)::date;
exception when others then
    return null;
end;
$$;
