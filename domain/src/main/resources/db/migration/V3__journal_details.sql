-- The full daily check-in: everything but numbness is optional (null = not answered; an empty list
-- = nothing chosen). Emotion and coping codes come from the journal catalogue
-- (catalogues/journal.properties); the application checks them, the database only bounds their length.
alter table journal_entry
    add column positive_intensity smallint      check (positive_intensity between 0 and 10),
    add column negative_intensity smallint      check (negative_intensity between 0 and 10),
    add column emotions           varchar(32)[] not null default '{}',
    add column sleep_hours        numeric(3,1)  check (sleep_hours between 0 and 24),
    add column activity_minutes   smallint      check (activity_minutes between 0 and 1440),
    add column meaningful_contact boolean,
    add column coping_tried       varchar(32)[] not null default '{}',
    add column hopeless           boolean,
    add column functioning_impact varchar(16)
        check (functioning_impact in ('NOT_AT_ALL', 'SOMEWHAT', 'VERY', 'EXTREMELY'));
-- grants are table-level (V2): the application role reads and writes the new columns already
