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

-- Journals up to yesterday, so today's check-in is still to be written.
-- alex: numb most days for three weeks; blair: numb at first, improving; casey: middling with
-- gaps; devon: mild, one week missed; erin: new, nothing yet.
insert into journal_entry (id, patient_id, entry_date, numbness, note, created_at, updated_at)
select gen_random_uuid(), '00000000-0000-4000-8000-00000000a001', current_date - d,
       case when d % 5 = 0 then 6 else 8 end,
       case when d = 1 then 'Went through the motions at work. Nothing really landed.'
            when d = 9 then 'Saw friends, felt like watching it through glass.' end,
       now() - d * interval '1 day', now() - d * interval '1 day'
from generate_series(1, 21) as d;

insert into journal_entry (id, patient_id, entry_date, numbness, note, created_at, updated_at)
select gen_random_uuid(), '00000000-0000-4000-8000-00000000a002', current_date - d,
       greatest(2, least(9, 2 + d / 3)),
       case when d = 2 then 'Laughed at a film for the first time in weeks.' end,
       now() - d * interval '1 day', now() - d * interval '1 day'
from generate_series(1, 20) as d;

insert into journal_entry (id, patient_id, entry_date, numbness, note, created_at, updated_at)
select gen_random_uuid(), '00000000-0000-4000-8000-00000000a004', current_date - d,
       4 + (d % 3),
       null,
       now() - d * interval '1 day', now() - d * interval '1 day'
from generate_series(1, 18) as d
where d % 4 <> 0;

insert into journal_entry (id, patient_id, entry_date, numbness, note, created_at, updated_at)
select gen_random_uuid(), '00000000-0000-4000-8000-00000000a005', current_date - d,
       1 + (d % 3),
       null,
       now() - d * interval '1 day', now() - d * interval '1 day'
from generate_series(1, 16) as d
where d not between 7 and 13;

insert into practice_setting (key, value, updated_by) values ('demo.loaded_on', current_date::text, 'launcher');
