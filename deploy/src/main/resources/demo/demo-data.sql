-- Thaw demo data: the people of design.md "Local defaults". Loaded once by the launcher, as the
-- schema owner, anchored to the day it is loaded (dates relative to now()).
insert into clinician (id, username, first_name, last_name, email, created_at) values
    ('00000000-0000-4000-8000-00000000c001', 'dr.rivera', 'Sam',   'Rivera', 'dr.rivera@thaw.example', now() - interval '120 days'),
    ('00000000-0000-4000-8000-00000000c002', 'dr.okafor', 'Ngozi', 'Okafor', 'dr.okafor@thaw.example', now() - interval '120 days'),
    ('00000000-0000-4000-8000-00000000c003', 'dr.chen',   'Li',    'Chen',   'dr.chen@thaw.example',   now() - interval '120 days');

insert into patient (id, username, first_name, last_name, email, created_at) values
    ('00000000-0000-4000-8000-00000000a001', 'alex',  'Alex',  'Moreau',    'alex@thaw.example',  now() - interval '42 days'),
    ('00000000-0000-4000-8000-00000000a002', 'blair', 'Blair', 'Lindqvist', 'blair@thaw.example', now() - interval '40 days'),
    ('00000000-0000-4000-8000-00000000a003', 'erin',  'Erin',  'Walsh',     'erin@thaw.example',  now() - interval '1 day'),
    ('00000000-0000-4000-8000-00000000a004', 'casey', 'Casey', 'Brooks',    'casey@thaw.example', now() - interval '38 days'),
    ('00000000-0000-4000-8000-00000000a005', 'devon', 'Devon', 'Patel',     'devon@thaw.example', now() - interval '35 days');

insert into care_team_member (id, patient_id, clinician_id, role, assigned_at) values
    (gen_random_uuid(), '00000000-0000-4000-8000-00000000a001', '00000000-0000-4000-8000-00000000c001', 'PRIMARY',  now() - interval '42 days'),
    (gen_random_uuid(), '00000000-0000-4000-8000-00000000a001', '00000000-0000-4000-8000-00000000c002', 'COVERING', now() - interval '42 days'),
    (gen_random_uuid(), '00000000-0000-4000-8000-00000000a002', '00000000-0000-4000-8000-00000000c001', 'PRIMARY',  now() - interval '40 days'),
    (gen_random_uuid(), '00000000-0000-4000-8000-00000000a002', '00000000-0000-4000-8000-00000000c002', 'COVERING', now() - interval '40 days'),
    (gen_random_uuid(), '00000000-0000-4000-8000-00000000a003', '00000000-0000-4000-8000-00000000c001', 'PRIMARY',  now() - interval '1 day'),
    (gen_random_uuid(), '00000000-0000-4000-8000-00000000a003', '00000000-0000-4000-8000-00000000c002', 'COVERING', now() - interval '1 day'),
    (gen_random_uuid(), '00000000-0000-4000-8000-00000000a004', '00000000-0000-4000-8000-00000000c003', 'PRIMARY',  now() - interval '38 days'),
    (gen_random_uuid(), '00000000-0000-4000-8000-00000000a005', '00000000-0000-4000-8000-00000000c003', 'PRIMARY',  now() - interval '35 days');

-- Journals up to yesterday, so today's check-in is still to be written. Day d is d days ago.
-- alex: numb every day for three weeks; hopeless on 4 of the last 7 days and daily life very or
--   extremely affected on 5 of them (PERSISTENT_NUMBNESS, HOPELESSNESS, FUNCTIONAL_IMPACT);
-- blair: numb at first, improving, mostly fine lately;
-- casey: numb on 11 of the 12 entries of the last 14 days, two days missed, daily life very
--   affected on 3 of the last 7 (PERSISTENT_NUMBNESS, FUNCTIONAL_IMPACT for dr.chen's team);
-- devon: mild, then no check-ins for the last 7 days (DISENGAGED); erin: new, nothing yet.
insert into journal_entry (id, patient_id, entry_date, numbness, positive_intensity, negative_intensity, emotions,
                           sleep_hours, activity_minutes, meaningful_contact, coping_tried, hopeless,
                           functioning_impact, note, created_at, updated_at)
select gen_random_uuid(), '00000000-0000-4000-8000-00000000a001', current_date - d,
       case when d % 5 = 0 then 6 else 8 end,
       1 + d % 2,
       3 + d % 3,
       (case d % 3 when 0 then '{empty}' when 1 then '{sad,empty}' else '{anxious,lonely,empty}' end)::varchar(32)[],
       case when d % 4 = 0 then 5.5 else 8.5 + (d % 3) * 0.5 end,
       case when d % 6 = 0 then 30 else (d % 3) * 5 end,
       d = 9 or d % 4 = 0,
       (case when d % 3 = 0 then '{journaling}' when d % 7 = 2 then '{grounding,reaching_out}' else '{}' end)::varchar(32)[],
       case when d <= 7 then d in (1, 2, 4, 6) else d % 6 = 0 end,
       case when d <= 3 then 'VERY' when d in (5, 7) then 'EXTREMELY' when d <= 7 then 'SOMEWHAT'
            when d % 3 = 0 then 'VERY' else 'SOMEWHAT' end,
       case when d = 1 then 'Went through the motions at work. Nothing really landed.'
            when d = 9 then 'Saw friends, felt like watching it through glass.' end,
       now() - d * interval '1 day', now() - d * interval '1 day'
from generate_series(1, 21) as d;

insert into journal_entry (id, patient_id, entry_date, numbness, positive_intensity, negative_intensity, emotions,
                           sleep_hours, activity_minutes, meaningful_contact, coping_tried, hopeless,
                           functioning_impact, note, created_at, updated_at)
select gen_random_uuid(), '00000000-0000-4000-8000-00000000a002', current_date - d,
       greatest(2, least(9, 2 + d / 3)),
       greatest(1, 8 - d / 3),
       least(7, 2 + d / 4),
       (case when d = 2 then '{joyful,content}' when d <= 6 then '{content,hopeful}' when d <= 12 then '{calm,anxious}'
             else '{sad,empty}' end)::varchar(32)[],
       7.0 + (d % 3) * 0.5,
       20 + (d % 4) * 10,
       d % 3 <> 0,
       (case when d % 2 = 0 then '{exercise,nature}' else '{mindfulness}' end)::varchar(32)[],
       d in (15, 18),
       case when d in (17, 20) then 'VERY' when d >= 8 then 'SOMEWHAT' else 'NOT_AT_ALL' end,
       case when d = 2 then 'Laughed at a film for the first time in weeks.' end,
       now() - d * interval '1 day', now() - d * interval '1 day'
from generate_series(1, 20) as d;

insert into journal_entry (id, patient_id, entry_date, numbness, positive_intensity, negative_intensity, emotions,
                           sleep_hours, activity_minutes, meaningful_contact, coping_tried, hopeless,
                           functioning_impact, note, created_at, updated_at)
select gen_random_uuid(), '00000000-0000-4000-8000-00000000a004', current_date - d,
       case when d = 9 then 4 else 6 + d % 3 end,
       1 + d % 3,
       4 + d % 2,
       (case d % 3 when 0 then '{empty,irritable}' when 1 then '{empty}' else '{guilty,empty}' end)::varchar(32)[],
       6.0 + (d % 2) * 0.5,
       case when d % 3 = 0 then 15 else 0 end,
       d % 4 = 1,
       (case when d % 4 = 2 then '{routine_change}' else '{}' end)::varchar(32)[],
       d = 2,
       case when d in (1, 3, 6) then 'VERY' else 'SOMEWHAT' end,
       case when d = 3 then 'Could not get anything done. Everything felt far away.' end,
       now() - d * interval '1 day', now() - d * interval '1 day'
from generate_series(1, 18) as d
where d not in (5, 12, 17);

insert into journal_entry (id, patient_id, entry_date, numbness, positive_intensity, negative_intensity, emotions,
                           sleep_hours, activity_minutes, meaningful_contact, coping_tried, hopeless,
                           functioning_impact, note, created_at, updated_at)
select gen_random_uuid(), '00000000-0000-4000-8000-00000000a005', current_date - d,
       1 + d % 3,
       6 + d % 3,
       2 + d % 2,
       (case d % 3 when 0 then '{calm,content}' when 1 then '{hopeful}' else '{anxious}' end)::varchar(32)[],
       7.5,
       45,
       true,
       (case when d % 2 = 0 then '{exercise}' else '{therapy_homework}' end)::varchar(32)[],
       false,
       'NOT_AT_ALL',
       null,
       now() - d * interval '1 day', now() - d * interval '1 day'
from generate_series(8, 18) as d;

-- The flags the engine raised on those journals (as of yesterday's entries; devon's gap as of
-- today), so the dashboard shows every journal flag type across both care teams from the start.
-- Each also with the bundle key and the counts the engine stores before the window's two days
-- (flag_evidence.message_key/message_args, V19), so every reader reads it in their own language.
create temporary table demo_flag (id uuid, patient uuid, type varchar(32), severity varchar(16), summary varchar(500),
                                  window_start date, window_end date, message_key varchar(100), counts int[])
    on commit drop;
insert into demo_flag values
    (gen_random_uuid(), '00000000-0000-4000-8000-00000000a001', 'PERSISTENT_NUMBNESS', 'URGENT',
     'numbness ≥ 6 on 14 of 14 entries', current_date - 14, current_date - 1, 'evidence.persistent', '{6,14,14}'),
    (gen_random_uuid(), '00000000-0000-4000-8000-00000000a001', 'HOPELESSNESS', 'HIGH',
     'felt hopeless on 4 days', current_date - 7, current_date - 1, 'evidence.hopeless', '{4}'),
    (gen_random_uuid(), '00000000-0000-4000-8000-00000000a001', 'FUNCTIONAL_IMPACT', 'HIGH',
     'numbness ≥ 6 got in the way of daily life very or extremely on 5 days', current_date - 7, current_date - 1,
     'evidence.functional', '{6,5}'),
    (gen_random_uuid(), '00000000-0000-4000-8000-00000000a004', 'PERSISTENT_NUMBNESS', 'HIGH',
     'numbness ≥ 6 on 11 of 12 entries', current_date - 14, current_date - 1, 'evidence.persistent', '{6,11,12}'),
    (gen_random_uuid(), '00000000-0000-4000-8000-00000000a004', 'FUNCTIONAL_IMPACT', 'HIGH',
     'numbness ≥ 6 got in the way of daily life very or extremely on 3 days', current_date - 7, current_date - 1,
     'evidence.functional', '{6,3}'),
    (gen_random_uuid(), '00000000-0000-4000-8000-00000000a005', 'DISENGAGED', 'LOW',
     'no check-ins on 7 days', current_date - 6, current_date, 'evidence.disengaged', '{7}');

insert into flag (id, patient_id, type, severity, status, opened_at, last_evidence_at)
select id, patient, type, severity, 'OPEN', now() - interval '1 day', now() - interval '1 day' from demo_flag;

insert into flag_evidence (id, flag_id, recorded_at, summary, window_start, window_end, source, message_key,
                           message_args)
select gen_random_uuid(), id, now() - interval '1 day',
       summary || ', ' || to_char(window_start, 'FMDD FMMonth') || ' – ' || to_char(window_end, 'FMDD FMMonth')
           || case when type = 'DISENGAGED' then ', after 11 entries in the 14 days before' else '' end,
       window_start, window_end, case when type <> 'DISENGAGED' then 'JOURNAL' end,
       message_key,
       ((select jsonb_agg(jsonb_build_object('n', c) order by o) from unnest(counts) with ordinality as u(c, o))
           || jsonb_build_array(jsonb_build_object('d', to_char(window_start, 'YYYY-MM-DD')),
                                jsonb_build_object('d', to_char(window_end, 'YYYY-MM-DD')))
           || case when type = 'DISENGAGED' then '[{"n": 11}, {"n": 14}]'::jsonb else '[]'::jsonb end)::text
from demo_flag;

insert into practice_setting (key, value, updated_by) values ('demo.loaded_on', current_date::text, 'launcher');
