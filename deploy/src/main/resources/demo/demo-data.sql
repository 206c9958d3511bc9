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

insert into practice_setting (key, value, updated_by) values ('demo.loaded_on', current_date::text, 'launcher');
