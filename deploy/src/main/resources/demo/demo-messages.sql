-- Thaw demo messages: a conversation between alex and the care team, answered by dr.rivera, one
-- unread message from blair for the team, and a handled thread of casey's with dr.chen. Loaded once
-- per data folder, anchored to the day it is loaded.
insert into message_thread (id, patient_id, subject, started_by, started_by_role, created_at, last_message_at, status,
                            handled_by, handled_at) values
    ('00000000-0000-4000-8000-0000000d0001', '00000000-0000-4000-8000-00000000a001', 'Feeling flat since the dose change',
     'alex', 'PATIENT', now() - interval '2 days 3 hours', now() - interval '1 day 20 hours', 'OPEN', null, null),
    ('00000000-0000-4000-8000-0000000d0002', '00000000-0000-4000-8000-00000000a002', 'Question about the breathing exercise',
     'blair', 'PATIENT', now() - interval '5 hours', now() - interval '5 hours', 'OPEN', null, null),
    ('00000000-0000-4000-8000-0000000d0003', '00000000-0000-4000-8000-00000000a004', 'Appointment next week',
     'dr.chen', 'CLINICIAN', now() - interval '6 days', now() - interval '5 days', 'HANDLED', 'dr.chen', now() - interval '5 days');

insert into message (id, thread_id, author, author_role, author_name, body, sent_at) values
    ('00000000-0000-4000-8000-0000000e0001', '00000000-0000-4000-8000-0000000d0001', 'alex', 'PATIENT', 'Alex Moreau',
     'Since the dose went up I feel flat most days. Nothing is bad exactly, I just do not feel much.
Is this something we should talk about before our next session?', now() - interval '2 days 3 hours'),
    ('00000000-0000-4000-8000-0000000e0002', '00000000-0000-4000-8000-0000000d0001', 'dr.rivera', 'CLINICIAN', 'Sam Rivera',
     'Thank you for telling us, Alex. Yes, let us look at it together on Thursday. Until then, please keep up the daily check-ins; they help us see the pattern.',
     now() - interval '1 day 20 hours'),
    ('00000000-0000-4000-8000-0000000e0003', '00000000-0000-4000-8000-0000000d0002', 'blair', 'PATIENT', 'Blair Lindqvist',
     'The breathing exercise from last week helps in the evening. Is it fine to do it in the morning too?',
     now() - interval '5 hours'),
    ('00000000-0000-4000-8000-0000000e0004', '00000000-0000-4000-8000-0000000d0003', 'dr.chen', 'CLINICIAN', 'Li Chen',
     'Hello Casey, could we move next week''s session to Wednesday at 10:00?', now() - interval '6 days'),
    ('00000000-0000-4000-8000-0000000e0005', '00000000-0000-4000-8000-0000000d0003', 'casey', 'PATIENT', 'Casey Brooks',
     'Wednesday works, thank you.', now() - interval '5 days');

-- Who has read what: alex read dr.rivera's answer; dr.rivera read alex's thread; casey's thread is read by both.
insert into message_read (thread_id, reader, last_read_at) values
    ('00000000-0000-4000-8000-0000000d0001', 'alex', now() - interval '1 day 20 hours'),
    ('00000000-0000-4000-8000-0000000d0001', 'dr.rivera', now() - interval '1 day 20 hours'),
    ('00000000-0000-4000-8000-0000000d0003', 'dr.chen', now() - interval '5 days'),
    ('00000000-0000-4000-8000-0000000d0003', 'casey', now() - interval '5 days');

insert into practice_setting (key, value, updated_by) values ('demo.messages_loaded_on', current_date::text, 'launcher');
