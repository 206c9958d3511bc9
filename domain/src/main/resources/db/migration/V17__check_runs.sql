-- Once per cluster: each run of a timed job is recorded in a row keyed by the job and its hour
-- (UTC). Every app instance has the timer; the first to insert the hour's row does the work in
-- the same transaction, and any other finds the row (after waiting for that transaction, if it is
-- still running) and does nothing. A run that fails rolls its row back, so the next hour runs.
-- No health data: the job's name, the hour, when it ran and how many flags it opened.

create table check_run (
    job         varchar(60)  not null,
    run_hour    timestamptz  not null,
    started_at  timestamptz  not null,
    opened      integer,
    primary key (job, run_hour),
    constraint check_run_whole_hour check (run_hour = date_trunc('hour', run_hour, 'UTC'))
);

grant select, insert on check_run to ${appRole};
grant update (opened) on check_run to ${appRole};
