-- Thaw demo treatment plans for alex, blair, casey and devon; erin has none, so the tests can write
-- hers. Loaded once per data folder (also into a folder loaded before plans existed), anchored to
-- the day it is loaded. Day d is d days ago. Each plan is what the app would have kept: its rows,
-- every revision with the whole plan as a jsonb snapshot of PlanContent (the shape PlanStore writes
-- with JSON-B: nulls left out) and what changed, in PlanChanges' words.
-- alex (dr.rivera, started day 35): PHQ-9 below 10 from his baseline 13 (day 42) now 17 (day 3):
--   not met; numbness 4 or less on most days for 14 days: not met (he is numb every day); a TEXT
--   goal; homework checked off on his journaling days; one revision.
-- blair (dr.rivera, started day 40): PHQ-9 below 10 from 12 (day 42) to 6 (day 14): met, improved;
--   numbness 4 or less on most days for 14 days: 8 of 13 entries, not yet; a walk checked off on
--   her exercise days; revision 2 (day 7) added the evening breathing exercise her message is about.
-- casey (dr.chen, started day 30, the day of her intake): PHQ-9 below 5 and GAD-7 below 5 from 8
--   and 6 (day 30) to 14 and 11 (day 2): worse, not met; revision 2 (day 3, after her blunting
--   report about sertraline) added a medication review and changed the private note.
-- devon (dr.chen, started day 33): reviewed on day 19 (PHQ-9 6 -> 5, not yet below 5), which set
--   the next review to today: revision 2, and his review is due today; walks checked off until he
--   stopped checking in a week ago.
-- NOT_IMPROVING needs a plan 84 days old (flag.not_improving.days); the demo's histories go back 42
-- days at most, so no demo plan is old enough and none is backdated to fake one: the flag is
-- shown by PlansTests and NotImprovingRuleTest instead.

insert into treatment_plan (id, patient_id, problem, private_note, review_on, started_at, updated_at, updated_by,
                            revision, version) values
    ('00000000-0000-4000-8000-0000000f0001', '00000000-0000-4000-8000-00000000a001',
     'Feels flat and cut off from people most days; going through the motions at work; hopeless at times.',
     'On sertraline since about ten weeks before intake (prescribed elsewhere); flatness may be partly the drug. Watch hopelessness.',
     current_date + 7, now() - interval '35 days', now() - interval '35 days', 'dr.rivera', 1, 0),
    ('00000000-0000-4000-8000-0000000f0002', '00000000-0000-4000-8000-00000000a002',
     'Numb and detached after a year of stress at work; little pleasure in things she used to enjoy.',
     'Burnout picture rather than a depressive episode? Responds well to structure.',
     current_date + 14, now() - interval '40 days', now() - interval '40 days', 'dr.rivera', 1, 0),
    ('00000000-0000-4000-8000-0000000f0004', '00000000-0000-4000-8000-00000000a004',
     'Emotionally numb and far away from everything since a loss last year; low mood and worry.',
     'Grief and earlier trauma; go slowly with exposure.',
     current_date + 10, now() - interval '30 days' + interval '1 hour', now() - interval '30 days' + interval '1 hour',
     'dr.chen', 1, 0),
    ('00000000-0000-4000-8000-0000000f0005', '00000000-0000-4000-8000-00000000a005',
     'Mild low mood and feeling flat under stress at work; stopped playing football.',
     null,
     current_date - 19, now() - interval '33 days', now() - interval '33 days', 'dr.chen', 1, 0);

insert into plan_goal (id, plan_id, position, kind, instrument, target, comparison, target_date, measure, days, text,
                       clinician_comment, created_at) values
    ('00000000-0000-4000-8000-0000000f0101', '00000000-0000-4000-8000-0000000f0001', 0, 'SCORE', 'PHQ-9', 10, 'BELOW',
     current_date + 49, null, null, null, 'Baseline 13 (moderate).', now() - interval '35 days'),
    ('00000000-0000-4000-8000-0000000f0102', '00000000-0000-4000-8000-0000000f0001', 1, 'JOURNAL', null, 4, null,
     null, 'numbness', 14, null, null, now() - interval '35 days'),
    ('00000000-0000-4000-8000-0000000f0103', '00000000-0000-4000-8000-0000000f0001', 2, 'TEXT', null, null, null,
     null, null, null, 'See a friend once a week and notice one feeling while there', null, now() - interval '35 days'),
    ('00000000-0000-4000-8000-0000000f0201', '00000000-0000-4000-8000-0000000f0002', 0, 'SCORE', 'PHQ-9', 10, 'BELOW',
     current_date + 44, null, null, null, null, now() - interval '40 days'),
    ('00000000-0000-4000-8000-0000000f0202', '00000000-0000-4000-8000-0000000f0002', 1, 'JOURNAL', null, 4, null,
     null, 'numbness', 14, null, 'Numbness is the last thing to move; keep the walks going.', now() - interval '40 days'),
    ('00000000-0000-4000-8000-0000000f0401', '00000000-0000-4000-8000-0000000f0004', 0, 'SCORE', 'PHQ-9', 5, 'BELOW',
     current_date + 54, null, null, null, null, now() - interval '30 days' + interval '1 hour'),
    ('00000000-0000-4000-8000-0000000f0402', '00000000-0000-4000-8000-0000000f0004', 1, 'SCORE', 'GAD-7', 5, 'BELOW',
     null, null, null, null, null, now() - interval '30 days' + interval '1 hour'),
    ('00000000-0000-4000-8000-0000000f0403', '00000000-0000-4000-8000-0000000f0004', 2, 'JOURNAL', null, 4, null,
     null, 'numbness', 14, null, null, now() - interval '30 days' + interval '1 hour'),
    ('00000000-0000-4000-8000-0000000f0501', '00000000-0000-4000-8000-0000000f0005', 0, 'SCORE', 'PHQ-9', 5, 'BELOW',
     null, null, null, null, null, now() - interval '33 days'),
    ('00000000-0000-4000-8000-0000000f0502', '00000000-0000-4000-8000-0000000f0005', 1, 'TEXT', null, null, null,
     null, null, null, 'Back to weekend football with friends', null, now() - interval '33 days');

insert into plan_intervention (id, plan_id, position, code, text, frequency) values
    (gen_random_uuid(), '00000000-0000-4000-8000-0000000f0001', 0, 'cbt', null, 'weekly'),
    (gen_random_uuid(), '00000000-0000-4000-8000-0000000f0001', 1, 'journaling', null, 'every evening'),
    (gen_random_uuid(), '00000000-0000-4000-8000-0000000f0001', 2, 'grounding', null, 'when the numbness is high'),
    (gen_random_uuid(), '00000000-0000-4000-8000-0000000f0001', 3, 'support_system', null, 'once a week'),
    (gen_random_uuid(), '00000000-0000-4000-8000-0000000f0002', 0, 'cbt', null, 'weekly'),
    (gen_random_uuid(), '00000000-0000-4000-8000-0000000f0002', 1, 'mindfulness', null, 'daily'),
    (gen_random_uuid(), '00000000-0000-4000-8000-0000000f0002', 2, 'creative_nature', null, 'twice a week'),
    (gen_random_uuid(), '00000000-0000-4000-8000-0000000f0004', 0, 'trauma_informed_therapy', null, 'weekly'),
    (gen_random_uuid(), '00000000-0000-4000-8000-0000000f0004', 1, 'grounding', null, 'daily'),
    (gen_random_uuid(), '00000000-0000-4000-8000-0000000f0004', 2, 'routine_change', 'one small change a week', null),
    (gen_random_uuid(), '00000000-0000-4000-8000-0000000f0005', 0, 'physical_activity', null, 'three times a week'),
    (gen_random_uuid(), '00000000-0000-4000-8000-0000000f0005', 1, 'stress_reduction', null, 'weekly');

insert into plan_homework (id, plan_id, position, text, created_at) values
    ('00000000-0000-4000-8000-0000000f1101', '00000000-0000-4000-8000-0000000f0001', 0,
     'Write one line in the journal about a moment you noticed a feeling', now() - interval '35 days'),
    ('00000000-0000-4000-8000-0000000f1102', '00000000-0000-4000-8000-0000000f0001', 1,
     'Message or call one friend', now() - interval '35 days'),
    ('00000000-0000-4000-8000-0000000f1201', '00000000-0000-4000-8000-0000000f0002', 0,
     'A 20-minute walk outdoors', now() - interval '40 days'),
    ('00000000-0000-4000-8000-0000000f1401', '00000000-0000-4000-8000-0000000f0004', 0,
     'When everything feels far away: name five things you can see', now() - interval '30 days' + interval '1 hour'),
    ('00000000-0000-4000-8000-0000000f1501', '00000000-0000-4000-8000-0000000f0005', 0,
     '20 minutes of exercise', now() - interval '33 days');

-- The plan as PlanStore.addRevision keeps it after a save: the current goals and homework, the
-- interventions with their catalogue labels, each goal in words as PlanRules.describe says it.
create temporary table demo_plan_revision (plan_id uuid, number integer, saved_at timestamptz, saved_by varchar(255),
                                           changes jsonb) on commit drop;
insert into demo_plan_revision values
    ('00000000-0000-4000-8000-0000000f0001', 1, now() - interval '35 days', 'dr.rivera',
     jsonb_build_array('Plan written: 3 goals, 4 interventions, 2 homework items, review on ' || (current_date + 7))),
    ('00000000-0000-4000-8000-0000000f0002', 1, now() - interval '40 days', 'dr.rivera',
     jsonb_build_array('Plan written: 2 goals, 3 interventions, 1 homework item, review on ' || (current_date + 14))),
    ('00000000-0000-4000-8000-0000000f0004', 1, now() - interval '30 days' + interval '1 hour', 'dr.chen',
     jsonb_build_array('Plan written: 3 goals, 3 interventions, 1 homework item, review on ' || (current_date + 10))),
    ('00000000-0000-4000-8000-0000000f0005', 1, now() - interval '33 days', 'dr.chen',
     jsonb_build_array('Plan written: 2 goals, 2 interventions, 1 homework item, review on ' || (current_date - 19)));

create temporary view demo_plan_snapshot as
select p.id as plan_id,
       jsonb_strip_nulls(jsonb_build_object(
           'problem', p.problem,
           'goals', (select coalesce(jsonb_agg(jsonb_build_object(
                         'id', g.id, 'kind', g.kind, 'instrument', g.instrument, 'target', g.target,
                         'comparison', g.comparison, 'targetDate', g.target_date, 'measure', g.measure,
                         'days', g.days, 'text', g.text,
                         'description', case g.kind
                             when 'SCORE' then g.instrument || case g.comparison when 'BELOW' then ' below ' || g.target
                                                                                  else ' ' || g.target || ' or more' end
                             when 'JOURNAL' then initcap(g.measure) || ' ' || g.target || ' or less on most days for '
                                                 || g.days || ' days'
                             else g.text end,
                         'clinicianComment', g.clinician_comment, 'met', g.met_at is not null) order by g.position), '[]')
                     from plan_goal g where g.plan_id = p.id and g.removed_at is null),
           'interventions', (select coalesce(jsonb_agg(jsonb_build_object(
                                 'code', i.code,
                                 'label', case i.code
                                     when 'cbt' then 'Cognitive behavioural therapy (CBT)'
                                     when 'trauma_informed_therapy' then 'Trauma-informed therapy'
                                     when 'medication_review' then 'Medication review'
                                     when 'mindfulness' then 'Mindfulness'
                                     when 'grounding' then 'Grounding'
                                     when 'journaling' then 'Journaling'
                                     when 'physical_activity' then 'Physical activity'
                                     when 'support_system' then 'Reaching out to a support system'
                                     when 'stress_reduction' then 'Stress reduction'
                                     when 'creative_nature' then 'Creative outlets and nature'
                                     when 'routine_change' then 'Changing routines' end,
                                 'text', i.text, 'frequency', i.frequency) order by i.position), '[]')
                             from plan_intervention i where i.plan_id = p.id),
           'homework', (select coalesce(jsonb_agg(jsonb_build_object('id', h.id, 'text', h.text) order by h.position), '[]')
                        from plan_homework h where h.plan_id = p.id and h.removed_at is null),
           'reviewOn', p.review_on,
           'privateNote', p.private_note)) as snapshot
from treatment_plan p;

insert into treatment_plan_revision (id, plan_id, number, saved_at, saved_by, snapshot, changes)
select gen_random_uuid(), r.plan_id, r.number, r.saved_at, r.saved_by, s.snapshot, r.changes
from demo_plan_revision r join demo_plan_snapshot s on s.plan_id = r.plan_id;

-- Revision 2 of blair's plan, seven days ago: the evening breathing exercise.
insert into plan_homework (id, plan_id, position, text, created_at) values
    ('00000000-0000-4000-8000-0000000f1202', '00000000-0000-4000-8000-0000000f0002', 1,
     'Slow breathing for five minutes in the evening', now() - interval '7 days');
update treatment_plan set updated_at = now() - interval '7 days', updated_by = 'dr.rivera', revision = 2, version = 1
where id = '00000000-0000-4000-8000-0000000f0002';

-- Revision 2 of casey's plan, three days ago, after her blunting report about sertraline.
insert into plan_intervention (id, plan_id, position, code, text, frequency) values
    (gen_random_uuid(), '00000000-0000-4000-8000-0000000f0004', 3, 'medication_review',
     'with Dr. Lee, who prescribes the sertraline', 'this month');
update treatment_plan
set private_note = 'Grief and earlier trauma; go slowly with exposure. Blunting 7 of 10 reported on sertraline 100 mg: raise with Dr. Lee.',
    updated_at = now() - interval '3 days', updated_by = 'dr.chen', revision = 2, version = 1
where id = '00000000-0000-4000-8000-0000000f0004';

-- devon's review on day 19: each goal's progress as it stood, the notes, the next review today
-- (a review is a revision of its own, PatientPlan.review).
insert into plan_review (id, plan_id, reviewed_on, reviewed_at, reviewed_by, note, next_review_on) values
    ('00000000-0000-4000-8000-0000000f2501', '00000000-0000-4000-8000-0000000f0005', current_date - 19,
     now() - interval '19 days', 'dr.chen', 'Mood steady and mild. Keep going; review again in under three weeks.',
     current_date);
insert into plan_review_goal (id, review_id, goal_id, position, description, baseline, baseline_on, current_value,
                              current_on, change, entries, entries_needed, met, summary, note) values
    (gen_random_uuid(), '00000000-0000-4000-8000-0000000f2501', '00000000-0000-4000-8000-0000000f0501', 0,
     'PHQ-9 below 5', 6, current_date - 35, 5, current_date - 21, 'NO_MEANINGFUL_CHANGE', null, null, false,
     'PHQ-9 6 on ' || to_char(current_date - 35, 'FMDD FMMonth YYYY') || ' → 5 on '
         || to_char(current_date - 21, 'FMDD FMMonth YYYY') || ': not yet (target below 5)',
     'Nearly there.'),
    (gen_random_uuid(), '00000000-0000-4000-8000-0000000f2501', '00000000-0000-4000-8000-0000000f0502', 1,
     'Back to weekend football with friends', null, null, null, null, null, null, null, false, 'Not marked met yet',
     'Has been to one training session.');
update treatment_plan set review_on = current_date, updated_at = now() - interval '19 days', updated_by = 'dr.chen',
                          revision = 2, version = 1
where id = '00000000-0000-4000-8000-0000000f0005';

delete from demo_plan_revision;
insert into demo_plan_revision values
    ('00000000-0000-4000-8000-0000000f0002', 2, now() - interval '7 days', 'dr.rivera',
     jsonb_build_array('Homework added: Slow breathing for five minutes in the evening')),
    ('00000000-0000-4000-8000-0000000f0004', 2, now() - interval '3 days', 'dr.chen',
     jsonb_build_array('Intervention added: Medication review (with Dr. Lee, who prescribes the sertraline), this month',
                       'Private note changed')),
    ('00000000-0000-4000-8000-0000000f0005', 2, now() - interval '19 days', 'dr.chen',
     jsonb_build_array('Reviewed; next review on ' || current_date));
insert into treatment_plan_revision (id, plan_id, number, saved_at, saved_by, snapshot, changes)
select gen_random_uuid(), r.plan_id, r.number, r.saved_at, r.saved_by, s.snapshot, r.changes
from demo_plan_revision r join demo_plan_snapshot s on s.plan_id = r.plan_id;
drop view demo_plan_snapshot;

-- Check-offs, each on a day the patient's journal shows the same effort (demo-data.sql): alex's
-- journaling days (every third day) and the days he reached out (days 2, 9, 16); blair's exercise
-- days (even days) and the breathing exercise since she got it; casey's grounding now and then;
-- devon's exercise days until he went quiet a week ago.
insert into homework_check_off (id, homework_id, patient_id, day, checked_at)
select gen_random_uuid(), h.homework_id, h.patient_id, current_date - d, now() - d * interval '1 day'
from (values ('00000000-0000-4000-8000-0000000f1101'::uuid, '00000000-0000-4000-8000-00000000a001'::uuid, 3, 0, 1, 21),
             ('00000000-0000-4000-8000-0000000f1102'::uuid, '00000000-0000-4000-8000-00000000a001'::uuid, 7, 2, 2, 16),
             ('00000000-0000-4000-8000-0000000f1201'::uuid, '00000000-0000-4000-8000-00000000a002'::uuid, 2, 0, 2, 20),
             ('00000000-0000-4000-8000-0000000f1202'::uuid, '00000000-0000-4000-8000-00000000a002'::uuid, 1, 0, 1, 6),
             ('00000000-0000-4000-8000-0000000f1401'::uuid, '00000000-0000-4000-8000-00000000a004'::uuid, 4, 2, 2, 26),
             ('00000000-0000-4000-8000-0000000f1501'::uuid, '00000000-0000-4000-8000-00000000a005'::uuid, 2, 0, 8, 18))
         as h (homework_id, patient_id, every, remainder, first_day, last_day)
cross join generate_series(h.first_day, h.last_day) as d
where d % h.every = h.remainder and not (h.homework_id = '00000000-0000-4000-8000-0000000f1202' and d = 4);

insert into practice_setting (key, value, updated_by) values ('demo.plans_loaded_on', current_date::text, 'launcher');
