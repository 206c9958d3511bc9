-- Thaw demo screener history (design.md "Local defaults"): alex, blair, casey and devon did their
-- intake weeks ago and their PHQ-9 / GAD-7 follow-ups since; erin is new. Loaded once per data
-- folder (also into a folder loaded before screeners existed), anchored to the day it is loaded.
-- alex: PHQ-9 13 -> 14 -> 15 -> 17, item 9 "Several days" three days ago (SAFETY), item 2 and
--   the difficulty question high (evidence for his HOPELESSNESS and FUNCTIONAL_IMPACT flags);
-- blair: PHQ-9 12 -> 9 -> 6 (a response: half the baseline), due again today;
-- casey: PHQ-9 8 -> 11 -> 14 and GAD-7 6 -> 8 -> 11 (WORSENING, dr.chen's team);
-- devon: mild, last answered three weeks ago, so PHQ-9 and GAD-7 are due.
insert into screener_response (id, patient_id, instrument, version, source, answers, total, band, safety_positive,
                               administered_on, submitted_at) values
    ('00000000-0000-4000-8000-0000000b0001', '00000000-0000-4000-8000-00000000a001', 'NUMBNESS', '1', 'PATIENT', ('{"numb-1":3,"numb-2":2,"numb-3":3,"numb-4":2,"numb-5":2,"numb-6":2,"numb-7":3,"numb-8":2,"numb-9":1,"numb-10":1,"numb-duration":"over_two_weeks","numb-triggers":["depression","medication"],"numb-medication":"yes","numb-medication-name":"sertraline","numb-medication-since":"' || (current_date - 70)::text || '"}')::jsonb, 21, 'MANY', false,
     current_date - 42, now() - interval '42 days'),
    ('00000000-0000-4000-8000-0000000b0002', '00000000-0000-4000-8000-00000000a001', 'PHQ-9', '1', 'PATIENT', '{"phq9-1":2,"phq9-2":2,"phq9-3":2,"phq9-4":2,"phq9-5":1,"phq9-6":2,"phq9-7":1,"phq9-8":1,"phq9-9":0,"phq9-difficulty":2}', 13, 'MODERATE', false,
     current_date - 42, now() - interval '42 days'),
    ('00000000-0000-4000-8000-0000000b0003', '00000000-0000-4000-8000-00000000a001', 'GAD-7', '1', 'PATIENT', '{"gad7-1":2,"gad7-2":2,"gad7-3":1,"gad7-4":1,"gad7-5":1,"gad7-6":1,"gad7-7":1}', 9, 'MILD', false,
     current_date - 42, now() - interval '42 days'),
    ('00000000-0000-4000-8000-0000000b0004', '00000000-0000-4000-8000-00000000a001', 'PHQ-9', '1', 'PATIENT', '{"phq9-1":2,"phq9-2":2,"phq9-3":2,"phq9-4":2,"phq9-5":1,"phq9-6":2,"phq9-7":2,"phq9-8":1,"phq9-9":0,"phq9-difficulty":2}', 14, 'MODERATE', false,
     current_date - 28, now() - interval '28 days'),
    ('00000000-0000-4000-8000-0000000b0005', '00000000-0000-4000-8000-00000000a001', 'GAD-7', '1', 'PATIENT', '{"gad7-1":2,"gad7-2":2,"gad7-3":1,"gad7-4":1,"gad7-5":1,"gad7-6":1,"gad7-7":1}', 9, 'MILD', false,
     current_date - 28, now() - interval '28 days'),
    ('00000000-0000-4000-8000-0000000b0006', '00000000-0000-4000-8000-00000000a001', 'PHQ-9', '1', 'PATIENT', '{"phq9-1":2,"phq9-2":2,"phq9-3":2,"phq9-4":2,"phq9-5":2,"phq9-6":2,"phq9-7":2,"phq9-8":1,"phq9-9":0,"phq9-difficulty":2}', 15, 'MODERATELY_SEVERE', false,
     current_date - 14, now() - interval '14 days'),
    ('00000000-0000-4000-8000-0000000b0007', '00000000-0000-4000-8000-00000000a001', 'GAD-7', '1', 'PATIENT', '{"gad7-1":2,"gad7-2":2,"gad7-3":2,"gad7-4":1,"gad7-5":1,"gad7-6":1,"gad7-7":1}', 10, 'MODERATE', false,
     current_date - 14, now() - interval '14 days'),
    ('00000000-0000-4000-8000-0000000b0008', '00000000-0000-4000-8000-00000000a001', 'PHQ-9', '1', 'PATIENT', '{"phq9-1":2,"phq9-2":2,"phq9-3":2,"phq9-4":2,"phq9-5":2,"phq9-6":2,"phq9-7":2,"phq9-8":2,"phq9-9":1,"phq9-difficulty":2}', 17, 'MODERATELY_SEVERE', true,
     current_date - 3, now() - interval '3 days'),
    ('00000000-0000-4000-8000-0000000b0009', '00000000-0000-4000-8000-00000000a002', 'NUMBNESS', '1', 'PATIENT', '{"numb-1":2,"numb-2":2,"numb-3":2,"numb-4":1,"numb-5":1,"numb-6":1,"numb-7":2,"numb-8":2,"numb-9":1,"numb-10":2,"numb-duration":"months","numb-triggers":["stress_burnout"],"numb-medication":"no"}', 16, 'SOME', false,
     current_date - 42, now() - interval '42 days'),
    ('00000000-0000-4000-8000-0000000b0010', '00000000-0000-4000-8000-00000000a002', 'PHQ-9', '1', 'PATIENT', '{"phq9-1":2,"phq9-2":1,"phq9-3":2,"phq9-4":2,"phq9-5":1,"phq9-6":1,"phq9-7":2,"phq9-8":1,"phq9-9":0,"phq9-difficulty":1}', 12, 'MODERATE', false,
     current_date - 42, now() - interval '42 days'),
    ('00000000-0000-4000-8000-0000000b0011', '00000000-0000-4000-8000-00000000a002', 'GAD-7', '1', 'PATIENT', '{"gad7-1":2,"gad7-2":2,"gad7-3":1,"gad7-4":2,"gad7-5":1,"gad7-6":1,"gad7-7":1}', 10, 'MODERATE', false,
     current_date - 42, now() - interval '42 days'),
    ('00000000-0000-4000-8000-0000000b0012', '00000000-0000-4000-8000-00000000a002', 'PHQ-9', '1', 'PATIENT', '{"phq9-1":1,"phq9-2":1,"phq9-3":1,"phq9-4":2,"phq9-5":1,"phq9-6":1,"phq9-7":1,"phq9-8":1,"phq9-9":0,"phq9-difficulty":1}', 9, 'MILD', false,
     current_date - 28, now() - interval '28 days'),
    ('00000000-0000-4000-8000-0000000b0013', '00000000-0000-4000-8000-00000000a002', 'GAD-7', '1', 'PATIENT', '{"gad7-1":1,"gad7-2":1,"gad7-3":1,"gad7-4":1,"gad7-5":1,"gad7-6":1,"gad7-7":1}', 7, 'MILD', false,
     current_date - 28, now() - interval '28 days'),
    ('00000000-0000-4000-8000-0000000b0014', '00000000-0000-4000-8000-00000000a002', 'PHQ-9', '1', 'PATIENT', '{"phq9-1":1,"phq9-2":1,"phq9-3":1,"phq9-4":1,"phq9-5":0,"phq9-6":1,"phq9-7":1,"phq9-8":0,"phq9-9":0,"phq9-difficulty":1}', 6, 'MILD', false,
     current_date - 14, now() - interval '14 days'),
    ('00000000-0000-4000-8000-0000000b0015', '00000000-0000-4000-8000-00000000a002', 'GAD-7', '1', 'PATIENT', '{"gad7-1":1,"gad7-2":1,"gad7-3":1,"gad7-4":1,"gad7-5":0,"gad7-6":1,"gad7-7":0}', 5, 'MILD', false,
     current_date - 14, now() - interval '14 days'),
    ('00000000-0000-4000-8000-0000000b0016', '00000000-0000-4000-8000-00000000a004', 'NUMBNESS', '1', 'PATIENT', '{"numb-1":2,"numb-2":3,"numb-3":2,"numb-4":2,"numb-5":2,"numb-6":2,"numb-7":3,"numb-8":2,"numb-9":2,"numb-10":1,"numb-duration":"over_two_weeks","numb-triggers":["trauma","grief"],"numb-medication":"not_sure"}', 21, 'MANY', false,
     current_date - 30, now() - interval '30 days'),
    ('00000000-0000-4000-8000-0000000b0017', '00000000-0000-4000-8000-00000000a004', 'PHQ-9', '1', 'PATIENT', '{"phq9-1":1,"phq9-2":1,"phq9-3":1,"phq9-4":1,"phq9-5":1,"phq9-6":1,"phq9-7":1,"phq9-8":1,"phq9-9":0,"phq9-difficulty":1}', 8, 'MILD', false,
     current_date - 30, now() - interval '30 days'),
    ('00000000-0000-4000-8000-0000000b0018', '00000000-0000-4000-8000-00000000a004', 'GAD-7', '1', 'PATIENT', '{"gad7-1":1,"gad7-2":1,"gad7-3":1,"gad7-4":1,"gad7-5":1,"gad7-6":1,"gad7-7":0}', 6, 'MILD', false,
     current_date - 30, now() - interval '30 days'),
    ('00000000-0000-4000-8000-0000000b0019', '00000000-0000-4000-8000-00000000a004', 'PHQ-9', '1', 'PATIENT', '{"phq9-1":1,"phq9-2":1,"phq9-3":2,"phq9-4":2,"phq9-5":1,"phq9-6":1,"phq9-7":2,"phq9-8":1,"phq9-9":0,"phq9-difficulty":1}', 11, 'MODERATE', false,
     current_date - 16, now() - interval '16 days'),
    ('00000000-0000-4000-8000-0000000b0020', '00000000-0000-4000-8000-00000000a004', 'GAD-7', '1', 'PATIENT', '{"gad7-1":1,"gad7-2":1,"gad7-3":1,"gad7-4":2,"gad7-5":1,"gad7-6":1,"gad7-7":1}', 8, 'MILD', false,
     current_date - 16, now() - interval '16 days'),
    ('00000000-0000-4000-8000-0000000b0021', '00000000-0000-4000-8000-00000000a004', 'PHQ-9', '1', 'PATIENT', '{"phq9-1":2,"phq9-2":1,"phq9-3":2,"phq9-4":2,"phq9-5":2,"phq9-6":2,"phq9-7":2,"phq9-8":1,"phq9-9":0,"phq9-difficulty":1}', 14, 'MODERATE', false,
     current_date - 2, now() - interval '2 days'),
    ('00000000-0000-4000-8000-0000000b0022', '00000000-0000-4000-8000-00000000a004', 'GAD-7', '1', 'PATIENT', '{"gad7-1":2,"gad7-2":2,"gad7-3":2,"gad7-4":2,"gad7-5":1,"gad7-6":1,"gad7-7":1}', 11, 'MODERATE', false,
     current_date - 2, now() - interval '2 days'),
    ('00000000-0000-4000-8000-0000000b0023', '00000000-0000-4000-8000-00000000a005', 'NUMBNESS', '1', 'PATIENT', '{"numb-1":1,"numb-2":1,"numb-3":1,"numb-4":1,"numb-5":0,"numb-6":1,"numb-7":1,"numb-8":1,"numb-9":1,"numb-10":1,"numb-duration":"one_to_two_weeks","numb-triggers":["stress_burnout"],"numb-medication":"no"}', 9, 'FEW', false,
     current_date - 35, now() - interval '35 days'),
    ('00000000-0000-4000-8000-0000000b0024', '00000000-0000-4000-8000-00000000a005', 'PHQ-9', '1', 'PATIENT', '{"phq9-1":1,"phq9-2":1,"phq9-3":1,"phq9-4":1,"phq9-5":0,"phq9-6":1,"phq9-7":1,"phq9-8":0,"phq9-9":0,"phq9-difficulty":0}', 6, 'MILD', false,
     current_date - 35, now() - interval '35 days'),
    ('00000000-0000-4000-8000-0000000b0025', '00000000-0000-4000-8000-00000000a005', 'GAD-7', '1', 'PATIENT', '{"gad7-1":1,"gad7-2":1,"gad7-3":0,"gad7-4":1,"gad7-5":0,"gad7-6":1,"gad7-7":0}', 4, 'MINIMAL', false,
     current_date - 35, now() - interval '35 days'),
    ('00000000-0000-4000-8000-0000000b0026', '00000000-0000-4000-8000-00000000a005', 'PHQ-9', '1', 'PATIENT', '{"phq9-1":1,"phq9-2":1,"phq9-3":1,"phq9-4":1,"phq9-5":0,"phq9-6":1,"phq9-7":0,"phq9-8":0,"phq9-9":0,"phq9-difficulty":0}', 5, 'MILD', false,
     current_date - 21, now() - interval '21 days'),
    ('00000000-0000-4000-8000-0000000b0027', '00000000-0000-4000-8000-00000000a005', 'GAD-7', '1', 'PATIENT', '{"gad7-1":1,"gad7-2":1,"gad7-3":0,"gad7-4":1,"gad7-5":0,"gad7-6":1,"gad7-7":0}', 4, 'MINIMAL', false,
     current_date - 21, now() - interval '21 days');

-- The flags the engine raised on those responses: alex's safety answer (URGENT, open) and casey's
-- worsening scores; alex's PHQ-9 also adds evidence to his open HOPELESSNESS and FUNCTIONAL_IMPACT.
insert into flag (id, patient_id, type, severity, status, opened_at, last_evidence_at) values
    ('00000000-0000-4000-8000-0000000c0001', '00000000-0000-4000-8000-00000000a001', 'SAFETY', 'URGENT', 'OPEN',
     now() - interval '3 days', now() - interval '3 days'),
    ('00000000-0000-4000-8000-0000000c0002', '00000000-0000-4000-8000-00000000a004', 'WORSENING', 'HIGH', 'OPEN',
     now() - interval '2 days', now() - interval '2 days');

-- Each also with the bundle key and arguments the engine stores (V19): the instrument's answers
-- as the definition has them, so a reader reads the rest of the sentence in their language.
insert into flag_evidence (id, flag_id, recorded_at, summary, window_start, window_end, refs, source, message_key,
                           message_args) values
    (gen_random_uuid(), '00000000-0000-4000-8000-0000000c0001', now() - interval '3 days',
     'PHQ-9 safety answer: item 9 “Several days”, ' || to_char(current_date - 3, 'FMDD FMMonth YYYY')
         || ' — same-day risk assessment advised',
     current_date - 3, current_date - 3, '00000000-0000-4000-8000-0000000b0008', 'SCREENER',
     'evidence.safety.RESPONSE',
     jsonb_build_array(jsonb_build_object('t', 'PHQ-9'), jsonb_build_object('t', '9'),
         jsonb_build_object('i', 'PHQ-9', 'v', '1', 'l', 'phq9-9', 's', 1, 'e', 'Several days'),
         jsonb_build_object('d', to_char(current_date - 3, 'YYYY-MM-DD')))::text),
    (gen_random_uuid(), '00000000-0000-4000-8000-0000000c0002', now() - interval '2 days',
     'PHQ-9 14 on ' || to_char(current_date - 2, 'FMDD FMMonth YYYY') || ', up 6 from the first (8 on '
         || to_char(current_date - 30, 'FMDD FMMonth YYYY') || ')',
     current_date - 30, current_date - 2, '00000000-0000-4000-8000-0000000b0017,00000000-0000-4000-8000-0000000b0021', 'SCREENER',
     'evidence.worsening',
     jsonb_build_array(jsonb_build_object('t', 'PHQ-9'), jsonb_build_object('n', 14),
         jsonb_build_object('d', to_char(current_date - 2, 'YYYY-MM-DD')), jsonb_build_object('n', 6),
         jsonb_build_object('n', 8), jsonb_build_object('d', to_char(current_date - 30, 'YYYY-MM-DD')))::text),
    (gen_random_uuid(), '00000000-0000-4000-8000-0000000c0002', now() - interval '2 days',
     'GAD-7 11 on ' || to_char(current_date - 2, 'FMDD FMMonth YYYY') || ', up 5 from the first (6 on '
         || to_char(current_date - 30, 'FMDD FMMonth YYYY') || ')',
     current_date - 30, current_date - 2, '00000000-0000-4000-8000-0000000b0018,00000000-0000-4000-8000-0000000b0022', 'SCREENER',
     'evidence.worsening',
     jsonb_build_array(jsonb_build_object('t', 'GAD-7'), jsonb_build_object('n', 11),
         jsonb_build_object('d', to_char(current_date - 2, 'YYYY-MM-DD')), jsonb_build_object('n', 5),
         jsonb_build_object('n', 6), jsonb_build_object('d', to_char(current_date - 30, 'YYYY-MM-DD')))::text);

insert into flag_evidence (id, flag_id, recorded_at, summary, window_start, window_end, refs, source, message_key,
                           message_args)
select gen_random_uuid(), f.id, now() - interval '3 days',
       case f.type when 'HOPELESSNESS'
           then 'PHQ-9 item 2 (feeling down, depressed, or hopeless): “More than half the days”, '
           else 'PHQ-9 difficulty: “Very difficult”, ' end || to_char(current_date - 3, 'FMDD FMMonth YYYY'),
       current_date - 3, current_date - 3, '00000000-0000-4000-8000-0000000b0008', 'SCREENER',
       case f.type when 'HOPELESSNESS' then 'evidence.phq9Item2' else 'evidence.phq9Difficulty' end,
       (case f.type when 'HOPELESSNESS'
           then jsonb_build_array(jsonb_build_object('t', 'feeling down, depressed, or hopeless'),
               jsonb_build_object('i', 'PHQ-9', 'v', '1', 'l', 'phq9-2', 's', 2, 'e', 'More than half the days'))
           else jsonb_build_array(
               jsonb_build_object('i', 'PHQ-9', 'v', '1', 'l', 'phq9-difficulty', 's', 2, 'e', 'Very difficult')) end
           || jsonb_build_array(jsonb_build_object('d', to_char(current_date - 3, 'YYYY-MM-DD'))))::text
from flag f
where f.patient_id = '00000000-0000-4000-8000-00000000a001' and f.type in ('HOPELESSNESS', 'FUNCTIONAL_IMPACT')
  and f.status <> 'RESOLVED';

insert into practice_setting (key, value, updated_by) values ('demo.screeners_loaded_on', current_date::text, 'launcher');
