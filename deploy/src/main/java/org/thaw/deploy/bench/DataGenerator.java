package org.thaw.deploy.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Fills the database, as the schema owner and set-based (one statement per step, the journal in
 * chunks of days), with a practice of {@code patients} patients, {@code clinicians} clinicians
 * and {@code days} days of journals, next to the demo practice the launcher loaded.
 *
 * <ul>
 *   <li>Clinicians: {@code dr.rivera} (the demo clinician with a sign-in) and {@code clinicians - 1}
 *       generated ones. dr.rivera is PRIMARY for the first {@code team} generated patients; the
 *       others are spread evenly over the generated clinicians. One patient in five also has a
 *       COVERING clinician (never dr.rivera, so her team stays exactly {@code team} plus the demo
 *       patients); one in twenty had another PRIMARY before (an ended assignment, which the
 *       dashboard must skip).
 *   <li>Patients: most started a year ago, some joined later; adherence 45–95 % (gaps), a few
 *       in other time zones. Numbness per patient: a baseline, a slow improvement over the year
 *       and daily noise, clamped to 0–10; the other answers follow from it. Profiles that meet
 *       each rule: numb for the last three weeks (PERSISTENT_NUMBNESS), numb and daily life very
 *       or extremely affected (FUNCTIONAL_IMPACT), hopeless days (HOPELESSNESS), silent for 7–16
 *       days after regular check-ins (DISENGAGED), and some who stopped months ago.
 *   <li>Flags: the open flags the rules hold for today, found by SQL over the generated data
 *       (so the dashboard and the engine agree with the journals), some acknowledged, with one
 *       evidence row per day since opening; and for a quarter of the patients one to three
 *       resolved flags from earlier episodes.
 *   <li>The demo patients: alex gets a year of daily history (his flags as the demo has them);
 *       blair a year of mild history on which no rule fires; erin stays new (0 entries).
 * </ul>
 *
 * Physical order matters for honest figures: entries are inserted oldest day first across all
 * patients, as they arrive in real life, so a patient's recent entries are on different pages.
 */
final class DataGenerator {

    static final String ALEX = "00000000-0000-4000-8000-00000000a001";
    static final String BLAIR = "00000000-0000-4000-8000-00000000a002";
    static final String ERIN = "00000000-0000-4000-8000-00000000a003";
    private static final int CHUNK_DAYS = 30;

    private static final String FIRST_NAMES =
            "array['Amara','Ben','Chloe','Dmitri','Elena','Farid','Greta','Hiro','Ines','Jonas',"
                    + "'Kemi','Luca','Maya','Nikhil','Olga','Pablo','Quinn','Rosa','Sven','Tara','Umar','Vera','Wen','Yusuf']";
    private static final String LAST_NAMES =
            "array['Abara','Berg','Costa','Dubois','Eriksen','Fischer','Garcia','Haddad','Ivanova',"
                    + "'Jensen','Kowalski','Larsen','Martin','Nguyen','Okoye','Petrov','Quist','Rossi','Silva','Tanaka','Usman',"
                    + "'Varga','Weber','Yilmaz']";
    private static final String NOTES =
            "array['Slept badly, everything felt flat.','Went for a walk, a little lighter after.',"
                    + "'Work was a blur.','Called my sister, it helped a bit.','Could not get out of bed until noon.',"
                    + "'Laughed at something today.','Felt far away from everyone.','Tried the breathing exercise.']";

    /** What was generated, for the report. */
    record Generated(Map<String, Long> counts, String numbness, Map<String, Duration> phases, Duration total) {}

    private final Connection c;
    private final Options o;
    private final Consumer<String> log;
    private final Map<String, Duration> phases = new LinkedHashMap<>();

    private DataGenerator(Connection c, Options o, Consumer<String> log) {
        this.c = c;
        this.o = o;
        this.log = log;
    }

    /** Generates everything on {@code owner} (a connection of the schema owner) and analyzes. */
    static Generated generate(Connection owner, Options options, String practiceZone, Consumer<String> log)
            throws SQLException {
        return new DataGenerator(owner, options, log).run(practiceZone);
    }

    private Generated run(String practiceZone) throws SQLException {
        Instant start = Instant.now();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("set search_path = thaw");
            s.execute("set work_mem = '64MB'");
        }
        try (PreparedStatement s = c.prepareStatement("select set_config('TimeZone', ?, false), setseed(?)")) {
            // the practice's day is "today" for patients without a zone, as in the application
            s.setString(1, practiceZone);
            s.setDouble(2, o.seed());
            s.execute();
        }
        phase("clinicians, patients, care teams", this::people);
        for (int hi = o.days() - 1; hi >= 0; hi -= CHUNK_DAYS) {
            int lo = Math.max(0, hi - CHUNK_DAYS + 1);
            int from = hi;
            phase("journal, days " + hi + "–" + lo + " ago", () -> journalDays(lo, from));
        }
        phase("demo patients' history (alex, blair)", this::demoPatients);
        phase("flags and evidence", this::flags);
        c.setAutoCommit(true);
        phase("vacuum analyze", this::vacuumAnalyze);
        Map<String, Long> counts = counts();
        return new Generated(counts, numbness(), phases, Duration.between(start, Instant.now()));
    }

    private void people() throws SQLException {
        exec(
                "create temporary table bench_clinician (k int primary key, id uuid not null, username varchar(255) not null)");
        exec("""
                insert into bench_clinician (k, id, username)
                select k, case when k = 0 then (select id from clinician where username = 'dr.rivera') else gen_random_uuid() end,
                       case when k = 0 then 'dr.rivera' else 'bench.dr' || k end
                from generate_series(0, {M} - 1) as k""");
        exec("""
                insert into clinician (id, username, first_name, last_name, email, created_at)
                select id, username, ({FIRST})[1 + k % 24], ({LAST})[1 + (k * 7 + k / 24) % 24],
                       username || '@thaw.example', now() - interval '3 years'
                from bench_clinician where k > 0""");
        exec("""
                create temporary table bench_patient (
                    n int primary key, id uuid not null, primary_k int not null, profile varchar(16) not null,
                    adherence float8 not null, base float8 not null, improve float8 not null,
                    start_day int not null, gap int not null, time_zone varchar(64),
                    cover float8 not null, former float8 not null, history float8 not null)""");
        exec("""
                insert into bench_patient
                with r as (
                    select n, random() as u, random() as a, random() as b, random() as c, random() as late, random() as s,
                           random() as g, random() as tz, random() as cover, random() as former, random() as history
                    from generate_series(1, {N}) as n),
                p as (
                    select r.*, case when u < 0.06 then 'persistent' when u < 0.09 then 'impact'
                                     when u < 0.12 then 'hopeless' when u < 0.15 then 'disengaged'
                                     when u < 0.17 then 'dormant' else 'ordinary' end as profile
                    from r)
                select n, gen_random_uuid(),
                       case when n <= {TEAM} then 0 else 1 + (n - {TEAM} - 1) % ({M} - 1) end,
                       profile,
                       case profile when 'ordinary' then 0.45 + 0.5 * a when 'dormant' then 0.4 + 0.4 * a else 0.85 + 0.13 * a end,
                       case profile when 'ordinary' then 1.5 + 5 * b when 'dormant' then 3 + 3 * b else 4 + 2.5 * b end,
                       3 * c,
                       case when profile = 'ordinary' and late < 0.2 and {D} > 60 then 30 + floor(s * ({D} - 30))::int
                            else {D} - 1 end,
                       case profile when 'disengaged' then 7 + floor(g * 10)::int
                                    when 'dormant' then 30 + floor(g * greatest(1, least(150, {D} - 60)))::int else 0 end,
                       case when tz < 0.08 then 'Europe/Berlin' when tz < 0.12 then 'America/New_York'
                            when tz < 0.13 then 'Asia/Kolkata' end,
                       cover, former, history
                from p""");
        exec("""
                insert into patient (id, username, first_name, last_name, email, time_zone, created_at)
                select id, 'bench.p' || n, ({FIRST})[1 + (n * 5) % 24], ({LAST})[1 + (n * 11 + n / 24) % 24],
                       'bench.p' || n || '@thaw.example', time_zone, now() - (start_day + 1) * interval '1 day'
                from bench_patient""");
        // the current PRIMARY (since half-way for those who changed clinician)
        exec("""
                insert into care_team_member (id, patient_id, clinician_id, role, assigned_at)
                select gen_random_uuid(), p.id, c.id, 'PRIMARY',
                       now() - (p.start_day + 1) * interval '1 day'
                             + case when p.former < 0.05 then (p.start_day / 2) * interval '1 day' else interval '0' end
                from bench_patient p join bench_clinician c on c.k = p.primary_k""");
        exec("""
                insert into care_team_member (id, patient_id, clinician_id, role, assigned_at, ended_at)
                select gen_random_uuid(), p.id, c.id, 'PRIMARY', now() - (p.start_day + 1) * interval '1 day',
                       now() - (p.start_day + 1) * interval '1 day' + (p.start_day / 2) * interval '1 day'
                from bench_patient p
                join bench_clinician c on c.k = (p.primary_k + 1 + floor(p.former * 20 * ({M} - 1))::int % ({M} - 1)) % {M}
                where p.former < 0.05""");
        if (o.clinicians() > 2) {
            exec("""
                    insert into care_team_member (id, patient_id, clinician_id, role, assigned_at)
                    select gen_random_uuid(), p.id, c.id, 'COVERING', now() - (p.start_day + 1) * interval '1 day'
                    from bench_patient p
                    join bench_clinician c on c.k = case when p.primary_k = 0 then 1 + floor(p.cover * 5 * ({M} - 1))::int
                        else 1 + (p.primary_k - 1 + 1 + floor(p.cover * 5 * ({M} - 2))::int) % ({M} - 1) end
                    where p.cover < 0.2""");
        }
        c.commit();
    }

    /** The journals of the days {@code hi} to {@code lo} days ago, oldest day first. */
    private void journalDays(int lo, int hi) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql("""
                insert into journal_entry (id, patient_id, entry_date, numbness, positive_intensity, negative_intensity,
                                           emotions, sleep_hours, activity_minutes, meaningful_contact, coping_tried,
                                           hopeless, functioning_impact, note, created_at, updated_at)
                select gen_random_uuid(), x.id, current_date - x.d, x.numb,
                       least(10, greatest(0, round(8.5 - 0.7 * x.numb + (x.r1 - 0.5) * 3)))::smallint,
                       least(10, greatest(0, round(2 + 0.4 * x.numb + (x.r2 - 0.5) * 4)))::smallint,
                       (case when x.numb >= 7 then (array['{empty}', '{empty,sad}', '{empty,lonely}', '{anxious,irritable,empty}'])[1 + floor(x.r3 * 4)::int]
                             when x.numb >= 4 then (array['{sad}', '{anxious}', '{calm,sad}', '{content,anxious}'])[1 + floor(x.r3 * 4)::int]
                             else (array['{content}', '{calm,hopeful}', '{joyful,loving}', '{content,calm}'])[1 + floor(x.r3 * 4)::int]
                        end)::varchar(32)[],
                       case when x.r4 < 0.08 then null else round((4.5 + x.r4 * 4.5)::numeric, 1) end,
                       case when x.r5 < 0.1 then null when x.r5 < 0.35 then 0 else floor(x.r5 * 120)::int end::smallint,
                       case when x.r6 < 0.05 then null else x.r6 < 0.65 - 0.04 * x.numb end,
                       ((array['{}', '{}', '{journaling}', '{exercise,nature}', '{mindfulness}', '{reaching_out}',
                               '{grounding,routine_change}', '{sleep}'])[1 + floor(x.r7 * 8)::int])::varchar(32)[],
                       case when x.r8 < 0.03 then null
                            when x.profile = 'hopeless' and x.d < 7 then x.r8 < 0.63
                            else x.r8 < 0.03 + 0.004 * x.numb end,
                       case when x.r9 < 0.04 then null
                            when x.numb >= 6 and x.profile = 'impact' and x.d < 7
                                then case when x.r10 < 0.2 then 'EXTREMELY' when x.r10 < 0.75 then 'VERY' else 'SOMEWHAT' end
                            when x.numb >= 6
                                then case when x.r10 < 0.2 then 'NOT_AT_ALL' when x.r10 < 0.8 then 'SOMEWHAT'
                                          when x.r10 < 0.97 then 'VERY' else 'EXTREMELY' end
                            else case when x.r10 < 0.6 then 'NOT_AT_ALL' when x.r10 < 0.95 then 'SOMEWHAT' else 'VERY' end
                       end,
                       case when x.r11 < 0.05 then ({NOTES})[1 + floor(x.r11 * 160)::int] end,
                       x.at, x.at
                from (
                    select p.id, p.profile, g.d,
                           least(10, greatest(0, round(case
                               when p.profile in ('persistent', 'impact') and g.d < 21
                                   then 7.3 + (random() + random() + random() - 1.5) * 2.2
                               when p.profile = 'hopeless' and g.d < 14
                                   then 5.5 + (random() + random() + random() - 1.5) * 2.6
                               else p.base + p.improve * g.d / {D}.0 + (random() + random() + random() - 1.5) * 2.6
                           end)))::smallint as numb,
                           random() as r1, random() as r2, random() as r3, random() as r4, random() as r5, random() as r6,
                           random() as r7, random() as r8, random() as r9, random() as r10, random() as r11,
                           least(now(), ((current_date - g.d) + time '18:00' + random() * interval '5 hours')::timestamptz) as at
                    from bench_patient p
                    cross join lateral generate_series(greatest(p.gap, ?), least(p.start_day, ?)) as g(d)
                    where random() < case when g.d = 0 then 0.4 * p.adherence else p.adherence end
                ) x
                order by x.d desc""".replace("{NOTES}", NOTES)))) {
            s.setInt(1, lo);
            s.setInt(2, hi);
            int rows = s.executeUpdate();
            log.accept("  " + rows + " entries");
        }
        c.commit();
    }

    /** alex: every day of the year (his recent weeks as the demo has them); blair: a mild year. */
    private void demoPatients() throws SQLException {
        String insert = """
                insert into journal_entry (id, patient_id, entry_date, numbness, positive_intensity, negative_intensity,
                                           emotions, sleep_hours, activity_minutes, meaningful_contact, coping_tried,
                                           hopeless, functioning_impact, note, created_at, updated_at)
                select gen_random_uuid(), cast(? as uuid), current_date - d,
                       least(10, greatest(0, round(? + ? * sin(d / 17.0) + (random() - 0.5) * 3)))::smallint,
                       2 + d % 4, 3 + d % 3, '{empty,sad}'::varchar(32)[], 6.5 + (d % 4) * 0.5, (d % 5) * 10,
                       d % 3 = 0, '{journaling}'::varchar(32)[], ? and d % 11 = 0,
                       case when d % 4 = 0 then ? else 'SOMEWHAT' end, null,
                       ((current_date - d) + time '20:30')::timestamptz, ((current_date - d) + time '20:30')::timestamptz
                from generate_series(?, {D} - 1) as d
                on conflict (patient_id, entry_date) do nothing""";
        try (PreparedStatement s = c.prepareStatement(sql(insert))) {
            demoHistory(s, ALEX, 6.0, 1.5, true, "VERY", 22);
            demoHistory(s, BLAIR, 3.0, 1.0, false, "NOT_AT_ALL", 21);
        }
        exec("""
                update patient set created_at = now() - {D} * interval '1 day'
                where id in ('00000000-0000-4000-8000-00000000a001', '00000000-0000-4000-8000-00000000a002')""");
        exec("""
                update care_team_member set assigned_at = now() - {D} * interval '1 day'
                where patient_id in ('00000000-0000-4000-8000-00000000a001', '00000000-0000-4000-8000-00000000a002')""");
        c.commit();
    }

    private static void demoHistory(
            PreparedStatement s,
            String patient,
            double base,
            double swing,
            boolean hopelessSometimes,
            String impact,
            int fromDay)
            throws SQLException {
        s.setString(1, patient);
        s.setDouble(2, base);
        s.setDouble(3, swing);
        s.setBoolean(4, hopelessSometimes);
        s.setString(5, impact);
        s.setInt(6, fromDay);
        s.executeUpdate();
    }

    private void flags() throws SQLException {
        // the default thresholds of the practice settings (V4__flags.sql), windows ending today
        exec("""
                create temporary table bench_window as
                select p.id as patient_id, p.primary_k,
                       count(e.id) filter (where e.entry_date > current_date - 14) as entries14,
                       count(e.id) filter (where e.entry_date > current_date - 14 and e.numbness >= 6) as numb14,
                       count(e.id) filter (where e.entry_date > current_date - 7 and e.numbness >= 6
                                           and e.functioning_impact in ('VERY', 'EXTREMELY')) as impact7,
                       count(e.id) filter (where e.entry_date > current_date - 7 and e.hopeless) as hopeless7,
                       count(e.id) filter (where e.entry_date > current_date - 7) as recent7,
                       count(e.id) filter (where e.entry_date between current_date - 20 and current_date - 7) as prior14
                from bench_patient p
                left join journal_entry e on e.patient_id = p.id and e.entry_date > current_date - 21
                group by p.id, p.primary_k""");
        exec("""
                create temporary table bench_flag (
                    id uuid primary key, patient_id uuid not null, type varchar(32) not null, severity varchar(16) not null,
                    status varchar(16) not null, opened_at timestamptz not null, evidence int not null,
                    summary varchar(400) not null, window_days int not null, resolved_at timestamptz,
                    by_username varchar(255), note varchar(200))""");
        exec("""
                insert into bench_flag (id, patient_id, type, severity, status, opened_at, evidence, summary, window_days, by_username)
                select gen_random_uuid(), z.patient_id, z.type, z.severity,
                       case when z.r1 < 0.3 then 'ACKNOWLEDGED' else 'OPEN' end,
                       now() - z.age * interval '1 day' - z.r2 * interval '12 hours',
                       case when z.type = 'DISENGAGED' then 1 else z.age + 1 end,
                       z.summary, z.window_days, c.username
                from (
                    select y.*, random() as r1, random() as r2, floor(random() * 6)::int as age
                    from (
                        select patient_id, primary_k, 'PERSISTENT_NUMBNESS' as type, 'HIGH' as severity, 14 as window_days,
                               format('numbness ≥ 6 on %s of %s entries', numb14, entries14) as summary
                        from bench_window where entries14 >= 10 and numb14 * 100 >= 80 * entries14
                        union all
                        select patient_id, primary_k, 'FUNCTIONAL_IMPACT', 'HIGH', 7,
                               format('numbness ≥ 6 got in the way of daily life very or extremely on %s days', impact7)
                        from bench_window where impact7 >= 3
                        union all
                        select patient_id, primary_k, 'HOPELESSNESS', 'HIGH', 7, format('felt hopeless on %s days', hopeless7)
                        from bench_window where hopeless7 >= 3
                        union all
                        select patient_id, primary_k, 'DISENGAGED', 'LOW', 7,
                               format('no check-ins on 7 days, after %s entries in the 14 days before', prior14)
                        from bench_window where recent7 = 0 and prior14 >= 3
                    ) y
                ) z
                join bench_clinician c on c.k = z.primary_k""");
        exec("""
                insert into bench_flag (id, patient_id, type, severity, status, opened_at, evidence, summary, window_days,
                                        resolved_at, by_username, note)
                select gen_random_uuid(), z.id, z.type, case when z.type = 'DISENGAGED' then 'LOW' else 'HIGH' end, 'RESOLVED',
                       z.opened, z.ev,
                       case z.type when 'PERSISTENT_NUMBNESS' then 'numbness ≥ 6 on 11 of 12 entries'
                                   when 'FUNCTIONAL_IMPACT' then 'numbness ≥ 6 got in the way of daily life very or extremely on 3 days'
                                   when 'HOPELESSNESS' then 'felt hopeless on 3 days'
                                   else 'no check-ins on 7 days, after 9 entries in the 14 days before' end,
                       case when z.type = 'PERSISTENT_NUMBNESS' then 14 else 7 end,
                       z.opened + (z.ev - 1 + 1 + z.r3 * 9) * interval '1 day', c.username,
                       (array['Reviewed in session; plan adjusted.', 'Discussed by phone, improving.',
                              'Medication reviewed with GP.', 'Patient back in routine.', 'Seen, no further action.'])[1 + floor(z.r4 * 5)::int]
                from (
                    select p.id, p.primary_k,
                           (array['PERSISTENT_NUMBNESS', 'FUNCTIONAL_IMPACT', 'HOPELESSNESS', 'DISENGAGED'])[1 + floor(random() * 4)::int] as type,
                           now() - (45 + random() * (least(p.start_day, {D}) - 60)) * interval '1 day' as opened,
                           1 + floor(random() * 8)::int as ev, random() as r3, random() as r4
                    from bench_patient p
                    cross join lateral generate_series(1, 1 + floor(p.history * 12)::int % 3) as i
                    where p.history < 0.25 and p.start_day > 60
                ) z
                join bench_clinician c on c.k = z.primary_k""");
        exec("""
                insert into flag (id, patient_id, type, severity, status, opened_at, last_evidence_at, acknowledged_at,
                                  acknowledged_by, resolved_at, resolved_by, resolution_note)
                select id, patient_id, type, severity, status, opened_at, opened_at + (evidence - 1) * interval '1 day',
                       case status when 'ACKNOWLEDGED' then least(now(), opened_at + interval '2 hours')
                                   when 'RESOLVED' then resolved_at end,
                       case when status <> 'OPEN' then by_username end,
                       resolved_at, case when status = 'RESOLVED' then by_username end, note
                from bench_flag""");
        exec("""
                update flag f set severity = 'URGENT'
                where f.type = 'PERSISTENT_NUMBNESS' and f.status <> 'RESOLVED'
                  and f.id in (select id from bench_flag)
                  and exists (select 1 from flag h where h.patient_id = f.patient_id and h.type = 'HOPELESSNESS'
                              and h.status <> 'RESOLVED')""");
        exec("""
                insert into flag_evidence (id, flag_id, recorded_at, summary, window_start, window_end, source)
                select gen_random_uuid(), f.id, f.opened_at + i * interval '1 day',
                       f.summary || ', ' || to_char((f.opened_at + i * interval '1 day')::date - (f.window_days - 1), 'FMDD FMMonth')
                           || ' – ' || to_char((f.opened_at + i * interval '1 day')::date, 'FMDD FMMonth'),
                       (f.opened_at + i * interval '1 day')::date - (f.window_days - 1), (f.opened_at + i * interval '1 day')::date,
                       case when f.type <> 'DISENGAGED' then 'JOURNAL' end
                from bench_flag f cross join lateral generate_series(0, f.evidence - 1) as i""");
        c.commit();
    }

    private void vacuumAnalyze() throws SQLException {
        for (String table :
                new String[] {"clinician", "patient", "care_team_member", "journal_entry", "flag", "flag_evidence"}) {
            exec("vacuum (analyze) " + table);
        }
    }

    private Map<String, Long> counts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        String[][] queries = {
            {"patients", "select count(*) from patient"},
            {"clinicians", "select count(*) from clinician"},
            {"care team assignments (active)", "select count(*) from care_team_member where ended_at is null"},
            {"care team assignments (ended)", "select count(*) from care_team_member where ended_at is not null"},
            {"journal entries", "select count(*) from journal_entry"},
            {"flags open or acknowledged", "select count(*) from flag where status <> 'RESOLVED'"},
            {
                "  PERSISTENT_NUMBNESS",
                "select count(*) from flag where status <> 'RESOLVED' and type = 'PERSISTENT_NUMBNESS'"
            },
            {
                "  FUNCTIONAL_IMPACT",
                "select count(*) from flag where status <> 'RESOLVED' and type = 'FUNCTIONAL_IMPACT'"
            },
            {"  HOPELESSNESS", "select count(*) from flag where status <> 'RESOLVED' and type = 'HOPELESSNESS'"},
            {"  DISENGAGED", "select count(*) from flag where status <> 'RESOLVED' and type = 'DISENGAGED'"},
            {"flags resolved", "select count(*) from flag where status = 'RESOLVED'"},
            {"flag evidence rows", "select count(*) from flag_evidence"},
            {
                "dr.rivera's patients",
                "select count(*) from care_team_member m join clinician c on c.id = m.clinician_id"
                        + " where c.username = 'dr.rivera' and m.ended_at is null"
            },
            {
                "dr.rivera's patients with an active flag",
                "select count(distinct m.patient_id) from care_team_member m"
                        + " join clinician c on c.id = m.clinician_id join flag f on f.patient_id = m.patient_id"
                        + " where c.username = 'dr.rivera' and m.ended_at is null and f.status <> 'RESOLVED'"
            },
            {"alex's entries", "select count(*) from journal_entry where patient_id = '" + ALEX + "'"},
            {"blair's entries", "select count(*) from journal_entry where patient_id = '" + BLAIR + "'"},
            {"erin's entries", "select count(*) from journal_entry where patient_id = '" + ERIN + "'"},
            {"journal_entry size (MB, with indexes)", "select pg_total_relation_size('journal_entry') / (1024 * 1024)"},
            {"database size (MB)", "select pg_database_size(current_database()) / (1024 * 1024)"},
        };
        try (Statement s = c.createStatement()) {
            for (String[] q : queries) {
                try (ResultSet rs = s.executeQuery(q[1])) {
                    rs.next();
                    counts.put(q[0], rs.getLong(1));
                }
            }
        }
        return counts;
    }

    /** The share of entries at each numbness value, 0 to 10, e.g. "0: 1.2 %, 1: 3.4 %, ...". */
    private String numbness() throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select string_agg(numbness || ': ' || to_char(share, 'FM990.0') || ' %',"
                        + " ', ' order by numbness) from (select numbness, 100.0 * count(*) / sum(count(*)) over () as share"
                        + " from journal_entry group by numbness) d")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** How many journal entries alex, blair and erin have. */
    static Map<String, Long> entriesOf(Connection c) throws SQLException {
        Map<String, Long> entries = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select p.username, count(e.id) from thaw.patient p"
                        + " left join thaw.journal_entry e on e.patient_id = p.id"
                        + " where p.username in ('alex', 'erin', 'blair') group by p.username order by p.username")) {
            while (rs.next()) {
                entries.put(rs.getString(1), rs.getLong(2));
            }
        }
        return entries;
    }

    private interface Step {
        void run() throws SQLException;
    }

    private void phase(String name, Step step) throws SQLException {
        log.accept(name + "...");
        Instant t = Instant.now();
        step.run();
        phases.put(name, Duration.between(t, Instant.now()));
    }

    private void exec(String template) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql(template));
        }
    }

    /** Fills in the sizes (integers validated by {@link Options}) and the name lists. */
    private String sql(String template) {
        return template.replace("{N}", Integer.toString(o.patients()))
                .replace("{M}", Integer.toString(o.clinicians()))
                .replace("{D}", Integer.toString(o.days()))
                .replace("{TEAM}", Integer.toString(o.team()))
                .replace("{FIRST}", FIRST_NAMES)
                .replace("{LAST}", LAST_NAMES);
    }
}
