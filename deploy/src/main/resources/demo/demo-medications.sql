-- Thaw demo medications: a possible medication-related blunting case, on casey (dr.chen's team).
-- Loaded once per data folder (also into a folder loaded before medications existed), anchored to
-- the day it is loaded. Day d is d days ago. erin has no courses: the browser test adds one.
-- casey: sertraline 50 mg once a day from day 33 (prescribed by Dr. Lee), raised to 100 mg on
--   day 19; before the start casey was rarely numb (2-3, days 34-37), numbness rose in the weeks
--   after (4-6, days 19-32) and has been 6-8 since (demo-data.sql, days 1-18). Three days ago casey
--   reported blunting 7 about sertraline. The MEDICATION_ONSET flag opened on that report (rule (c))
--   and gained the mean-shift evidence (rule (b)) with yesterday's entry.
insert into journal_entry (id, patient_id, entry_date, numbness, positive_intensity, negative_intensity, emotions,
                           sleep_hours, activity_minutes, meaningful_contact, coping_tried, hopeless,
                           functioning_impact, note, created_at, updated_at)
select gen_random_uuid(), '00000000-0000-4000-8000-00000000a004', current_date - d,
       case when d >= 34 then 2 + d % 2 when d >= 27 then 4 else 5 + d % 2 end,
       case when d >= 34 then 6 else 3 + d % 2 end,
       case when d >= 34 then 4 else 3 end,
       (case when d >= 34 then '{anxious,sad}' when d >= 27 then '{calm}' else '{empty,calm}' end)::varchar(32)[],
       7.0,
       case when d % 3 = 0 then 30 else 10 end,
       d % 2 = 0,
       (case when d % 4 = 0 then '{exercise}' else '{}' end)::varchar(32)[],
       false,
       case when d >= 27 then 'NOT_AT_ALL' else 'SOMEWHAT' end,
       case when d = 24 then 'Less anxious. Also less of everything else.' end,
       now() - d * interval '1 day', now() - d * interval '1 day'
from generate_series(19, 37) as d
where not exists (select 1 from journal_entry j
                  where j.patient_id = '00000000-0000-4000-8000-00000000a004' and j.entry_date = current_date - d);

-- Ten days ago casey answered the check-in's medication question (asked again from a week on).
update journal_entry set medication_affects_feeling = 'YES'
where patient_id = '00000000-0000-4000-8000-00000000a004' and entry_date = current_date - 10;

insert into medication_course (id, patient_id, rxnorm, name, antidepressant, dose, unit, frequency, started_on,
                               prescriber, created_at, created_by) values
    ('00000000-0000-4000-8000-0000001d0001', '00000000-0000-4000-8000-00000000a004', '36437', 'sertraline', true,
     50, 'mg', 'daily', current_date - 33, 'Dr. Lee (GP)', now() - interval '33 days', 'dr.chen');

insert into dose_change (id, course_id, changed_on, dose, unit, frequency, entered_by, entered_at) values
    ('00000000-0000-4000-8000-0000001d0101', '00000000-0000-4000-8000-0000001d0001', current_date - 19,
     100, 'mg', 'daily', 'dr.chen', now() - interval '19 days');

insert into medication_note (id, course_id, text, written_by, written_by_name, written_at) values
    ('00000000-0000-4000-8000-0000001d0201', '00000000-0000-4000-8000-0000001d0001',
     'Dose raised 50 -> 100 mg for persistent low mood; review in four weeks.', 'dr.chen', 'Li Chen',
     now() - interval '19 days');

insert into side_effect_report (id, patient_id, course_id, blunting, effects, note, since, reported_on, reported_at) values
    ('00000000-0000-4000-8000-0000001d0301', '00000000-0000-4000-8000-00000000a004',
     '00000000-0000-4000-8000-0000001d0001', 7, '{blunting,drowsiness}',
     'Music and films do nothing for me since the higher dose.', current_date - 17, current_date - 3,
     now() - interval '3 days');

insert into flag (id, patient_id, type, severity, status, opened_at, last_evidence_at) values
    ('00000000-0000-4000-8000-0000001d0401', '00000000-0000-4000-8000-00000000a004', 'MEDICATION_ONSET', 'MEDIUM',
     'OPEN', now() - interval '3 days', now() - interval '1 day');

-- Worded as the rule words them (MedicationOnsetRule): (c) on the report, then (b) on yesterday's
-- entry: the last 7 days (6 entries, mean 6.8) against the 4 entries of the 7 days before the start
-- (mean 2.5).
-- Each also with the bundle key and arguments the engine stores (V19), so every reader reads it in
-- their own language.
insert into flag_evidence (id, flag_id, recorded_at, summary, window_start, window_end, source, refs, message_key,
                           message_args) values
    (gen_random_uuid(), '00000000-0000-4000-8000-0000001d0401', now() - interval '3 days',
     'blunting 7 of 10 reported on ' || to_char(current_date - 3, 'FMDD FMMonth YYYY')
         || ' about sertraline, taken since ' || to_char(current_date - 33, 'FMDD FMMonth YYYY'),
     current_date - 3, current_date - 3, 'MEDICATION',
     '00000000-0000-4000-8000-0000001d0001,00000000-0000-4000-8000-0000001d0301',
     'evidence.onset.reported',
     jsonb_build_array(jsonb_build_object('n', 7), jsonb_build_object('d', to_char(current_date - 3, 'YYYY-MM-DD')),
         jsonb_build_object('t', 'sertraline'), jsonb_build_object('d', to_char(current_date - 33, 'YYYY-MM-DD')))::text),
    (gen_random_uuid(), '00000000-0000-4000-8000-0000001d0401', now() - interval '1 day',
     'mean numbness 6.8 over 6 entries, '
         || case when to_char(current_date - 7, 'MM') = to_char(current_date - 1, 'MM')
                 then to_char(current_date - 7, 'FMDD') || '–' || to_char(current_date - 1, 'FMDD FMMonth')
                 else to_char(current_date - 7, 'FMDD FMMonth') || ' – ' || to_char(current_date - 1, 'FMDD FMMonth') end
         || ', 4.3 points above 2.5 over 4 entries in the 7 days before the start of sertraline 50 mg once a day on '
         || to_char(current_date - 33, 'FMDD FMMonth YYYY') || ' (32 days earlier)',
     current_date - 33, current_date - 1, 'MEDICATION', '00000000-0000-4000-8000-0000001d0001',
     'evidence.onset.mean',
     jsonb_build_array(jsonb_build_object('m', '6.8'), jsonb_build_object('n', 6),
         jsonb_build_object('d', to_char(current_date - 7, 'YYYY-MM-DD')),
         jsonb_build_object('d', to_char(current_date - 1, 'YYYY-MM-DD')),
         jsonb_build_object('p', jsonb_build_array(jsonb_build_object('k', 'evidence.onset.rise', 'a', jsonb_build_array(
             jsonb_build_object('m', '4.3'), jsonb_build_object('m', '2.5'), jsonb_build_object('n', 4),
             jsonb_build_object('n', 7),
             jsonb_build_object('p', jsonb_build_array(jsonb_build_object('k', 'evidence.event.start', 'a', jsonb_build_array(
                 jsonb_build_object('t', 'sertraline'),
                 jsonb_build_object('p', jsonb_build_array(jsonb_build_object('k', 'evidence.dose', 'a', jsonb_build_array(
                     jsonb_build_object('t', '50'), jsonb_build_object('t', 'mg'),
                     jsonb_build_object('w', 'meds.frequency.daily', 'e', 'once a day'))))),
                 jsonb_build_object('d', to_char(current_date - 33, 'YYYY-MM-DD')))))),
             jsonb_build_object('n', 32))))))::text);

insert into practice_setting (key, value, updated_by) values ('demo.medications_loaded_on', current_date::text, 'launcher');
