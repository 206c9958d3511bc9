package org.thaw.deploy.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.thaw.deploy.Launcher;
import org.thaw.deploy.Settings;
import org.thaw.deploy.Stack;

/**
 * The benchmark: starts the whole stack (real PostgreSQL, Keycloak and Payara Micro with both
 * wars) on its own ports with a fresh temporary data folder, generates a practice with {@link
 * DataGenerator}, then times, each with a warm-up and interleaved rounds (so drift hits every
 * measure alike):
 *
 * <ol>
 *   <li>the dashboard's first page as the app serves it ({@code GET /clinician/api/caseload} as
 *       dr.rivera with a real token), beside the same SQL over JDBC as the application role (the
 *       floor), the count and page together, and parts of the REST call on their own (the HTTP
 *       stack up to the 401 of a call without a token; one audit row inserted and committed; the
 *       smallest audited REST call, {@code GET /portal/api/me});
 *   <li>a journal write ({@code PUT /portal/api/journal/{today}}, same numb body) as alex (a year
 *       of daily history, open flags), erin (new: one day) and blair (a year of history on which
 *       no rule fires), beside the flag engine's reads for each over JDBC; then alex again once
 *       his open flag carries a year of evidence.
 * </ol>
 *
 * Prints a Markdown report and writes it, with the query plans, to {@code bench.output}. Stops the
 * stack and deletes the data folder at the end, also on failure or Ctrl-C.
 */
public final class Benchmark {

    private static final Logger LOG = Logger.getLogger("org.thaw.deploy");
    static final String CLINICIAN = "dr.rivera";
    static final int PAGE_SIZE = 20;
    /** The same numb check-in every time: a write of today that makes the journal rules run. */
    static final String NUMB_DAY = "{\"numbness\": 8, \"positiveIntensity\": 2, \"negativeIntensity\": 5,"
            + " \"emotions\": [\"empty\", \"sad\"], \"sleepHours\": 6.5, \"activityMinutes\": 10, \"meaningfulContact\": false,"
            + " \"copingTried\": [\"journaling\"], \"hopeless\": false, \"functioningImpact\": \"SOMEWHAT\","
            + " \"note\": \"Benchmark check-in: flat all day.\"}";

    private final Options o;
    private final Settings settings;
    private final PrintStream out = System.out;
    private final List<String> hourlyCheckOverlaps = new ArrayList<>();
    private final Map<String, Integer> warmups = new LinkedHashMap<>();

    private Benchmark(Options o, Settings settings) {
        this.o = o;
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        Launcher.configureLogging(System.out);
        Options o = Options.fromSystemProperties();
        Path data = Files.createTempDirectory("thaw-bench-");
        Settings settings =
                Settings.fromEnvironment().withPortsAndData(o.httpPort(), o.keycloakPort(), o.dbPort(), data);
        Stack[] running = new Stack[1];
        Thread cleanup = new Thread(() -> stop(running, data), "thaw-bench-stop");
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            new Benchmark(o, settings).run(running);
            keepLogs(data);
        } catch (Exception | Error e) {
            keepLogs(data);
            throw e;
        } finally {
            stop(running, data);
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or ran: nothing left to do
            }
        }
    }

    private void run(Stack[] running) throws Exception {
        Instant begin = Instant.now();
        LOG.info("Benchmark: " + o.patients() + " patients, " + o.clinicians() + " clinicians, " + o.days()
                + " days; starting the stack on ports " + o.httpPort() + "/" + o.keycloakPort() + "/" + o.dbPort()
                + "...");
        Instant t = Instant.now();
        Stack stack = Stack.start(settings);
        synchronized (running) {
            running[0] = stack;
        }
        Duration startup = Duration.between(t, Instant.now());

        Report report = new Report(o, settings);
        report.startup = startup;
        try (Connection owner =
                        DriverManager.getConnection(stack.appJdbcUrl(), stack.ownerUser(), stack.ownerPassword());
                Connection app = DriverManager.getConnection(stack.appJdbcUrl(), stack.appUser(), stack.appPassword());
                Connection appTx =
                        DriverManager.getConnection(stack.appJdbcUrl(), stack.appUser(), stack.appPassword())) {
            appTx.setAutoCommit(false);
            String zone = practiceZone(owner);
            report.database = databaseFacts(owner);
            LOG.info("Generating data...");
            report.generated = DataGenerator.generate(owner, o, zone, LOG::info);
            LOG.info("Generated in " + seconds(report.generated.total()));

            // one instant for the whole run: the dashboard's patients' days and the practice's day
            Instant now = Instant.now();
            ZoneId practiceZone = ZoneId.of(zone);
            LocalDate today = LocalDate.ofInstant(now, practiceZone);
            ThawApi api = new ThawApi(settings.baseUrl(), settings.issuer());
            long[] before = checkpoints(owner);
            if (o.runs("dashboard")) {
                LOG.info("Measuring the dashboard...");
                try (DashboardJpa jpa = new DashboardJpa(stack.appJdbcUrl(), stack.appUser(), stack.appPassword())) {
                    dashboard(report, api, app, appTx, jpa, now, practiceZone, stack.payaraPid());
                }
            }
            if (o.runs("writes")) {
                LOG.info("Measuring journal writes and flag evaluation...");
                journalWrites(report, api, owner, appTx, today);
            }
            if (o.runs("concurrent")) {
                LOG.info("Measuring concurrent writers...");
                if (!o.runs("dashboard")) {
                    firstAnswer(api, report);
                }
                report.concurrent = new ConcurrentWriters(
                                o,
                                api,
                                owner,
                                stack.appJdbcUrl(),
                                settings.baseUrl(),
                                stack.payaraPid(),
                                stack.databasePid(),
                                settings.dataDir().resolve("logs/payara.log"))
                        .run(stack.keycloakAdmin(), zone, poolSettings());
            }
            long[] after = checkpoints(owner);
            report.checkpoints = (after[0] - before[0]) + " timed, " + (after[1] - before[1]) + " requested, "
                    + (after[2] - before[2]) + " buffers written by the checkpointer";
            report.plans = plans(app, now, practiceZone);
            report.after = DataGenerator.entriesOf(owner);
        }
        report.hourlyCheckOverlaps = hourlyCheckOverlaps;
        report.warmups = warmups;
        report.total = Duration.between(begin, Instant.now());
        String markdown = report.markdown();
        out.println();
        out.println(markdown);
        Path dir = Path.of(System.getProperty("bench.output", "target/benchmark"));
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("results.md"), markdown);
        Files.writeString(dir.resolve("plans.txt"), report.plans);
        LOG.info("Report and query plans written to " + dir.toAbsolutePath());
    }

    // ---- the dashboard --------------------------------------------------------------------------

    private void dashboard(
            Report report,
            ThawApi api,
            Connection app,
            Connection appTx,
            DashboardJpa jpa,
            Instant now,
            ZoneId practiceZone,
            long payaraPid)
            throws Exception {
        String json = firstAnswer(api, report);
        // the copy of the SQL must answer what the application answers
        List<String> restIds = ThawApi.patientIds(json);
        List<String> sqlIds = CaseloadSql.page(app, CLINICIAN, now, practiceZone, PAGE_SIZE);
        long count = CaseloadSql.count(app, CLINICIAN);
        List<String> jpaIds = jpa.firstPage(CLINICIAN, now, practiceZone, PAGE_SIZE);
        report.pageAgrees = restIds.equals(sqlIds) && restIds.equals(jpaIds) && ThawApi.total(json) == count;
        report.caseloadTotal = count;
        report.pageBytes = json.getBytes(StandardCharsets.UTF_8).length;
        if (!report.pageAgrees) {
            LOG.warning("The REST page and the SQL copy differ: REST " + restIds + " total " + ThawApi.total(json)
                    + ", SQL " + sqlIds + " total " + count + ", JPA " + jpaIds);
        }

        Samples rest = new Samples("dashboard first page, REST as dr.rivera", o.iterations());
        Samples page = new Samples("page SQL over JDBC (the floor)", o.iterations());
        Samples both = new Samples("count + page SQL, one transaction", o.iterations());
        Samples http = new Samples("HTTP + security filter only (401, no token)", o.iterations());
        Samples audit = new Samples("one audit row inserted and committed", o.iterations());
        Samples me = new Samples("smallest audited REST call (GET /portal/api/me as alex)", o.iterations());
        Samples query = new Samples(
                "the dashboard's query as the application runs it (CaseloadQuery: count + page"
                        + " through Hibernate, rows mapped, one transaction)",
                o.iterations());
        List<Measure> measures = List.of(
                new Measure(rest, () -> {
                    HttpRequest r = api.caseload(CLINICIAN, 0, PAGE_SIZE);
                    return () -> api.send(r, 200);
                }),
                new Measure(page, () -> () -> CaseloadSql.page(app, CLINICIAN, now, practiceZone, PAGE_SIZE)),
                new Measure(both, () -> () -> {
                    CaseloadSql.count(appTx, CLINICIAN);
                    CaseloadSql.page(appTx, CLINICIAN, now, practiceZone, PAGE_SIZE);
                    appTx.commit();
                }),
                new Measure(http, () -> {
                    HttpRequest r = api.caseloadWithoutToken();
                    return () -> api.send(r, 401);
                }),
                new Measure(audit, () -> () -> insertAuditRow(app)),
                new Measure(me, () -> {
                    HttpRequest r = api.me("alex");
                    return () -> api.send(r, 200);
                }),
                new Measure(query, () -> () -> jpa.firstPage(CLINICIAN, now, practiceZone, PAGE_SIZE)));
        rounds("dashboard", measures);
        report.dashboard = List.of(rest, page, both, http, audit, me, query);

        report.serverCpuCalls = o.iterations();
        report.serverCpu = new LinkedHashMap<>();
        report.serverCpu.put(
                "GET /clinician/api/caseload?page=0&size=20 as dr.rivera",
                serverCpu(payaraPid, () -> api.send(api.caseload(CLINICIAN, 0, PAGE_SIZE), 200)));
        report.serverCpu.put("GET /portal/api/me as alex", serverCpu(payaraPid, () -> api.send(api.me("alex"), 200)));
        report.serverCpu.put(
                "GET /clinician/api/caseload without a token (401)",
                serverCpu(payaraPid, () -> api.send(api.caseloadWithoutToken(), 401)));
    }

    /**
     * The first bearer call, retried for up to a minute: the app fetches the realm's keys on the
     * first token it sees, and a refusal then is recorded in the report, not hidden.
     */
    private static String firstAnswer(ThawApi api, Report report) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (true) {
            var response = api.sendForResponse(api.caseload(CLINICIAN, 0, PAGE_SIZE));
            if (response.statusCode() == 200) {
                return response.body();
            }
            report.firstCallRefusals.add(Instant.now() + " " + response.statusCode() + " " + response.body());
            LOG.warning("The first caseload call answered " + response.statusCode() + ": " + response.body()
                    + "; retrying");
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(
                        "the caseload call kept failing: " + response.statusCode() + " " + response.body());
            }
            Thread.sleep(2000);
        }
    }

    /**
     * {@code iterations} calls in a row: Payara's process CPU time and the wall time, each divided
     * by the calls (tokens are fetched before, so Keycloak is not in it).
     */
    private double[] serverCpu(long payaraPid, Timed call) throws Exception {
        ProcessHandle payara =
                ProcessHandle.of(payaraPid).orElseThrow(() -> new IllegalStateException("Payara is not running"));
        call.run();
        Duration cpu0 = payara.info().totalCpuDuration().orElse(Duration.ZERO);
        long t0 = System.nanoTime();
        for (int i = 0; i < o.iterations(); i++) {
            call.run();
        }
        long wall = System.nanoTime() - t0;
        Duration cpu = payara.info().totalCpuDuration().orElse(Duration.ZERO).minus(cpu0);
        return new double[] {cpu.toNanos() / 1e6 / o.iterations(), wall / 1e6 / o.iterations()};
    }

    /** What the audit interceptor adds to every call: one row, its own transaction, a commit. */
    private static void insertAuditRow(Connection app) throws SQLException {
        try (PreparedStatement s = app.prepareStatement(
                "insert into audit_event (occurred_at, actor_subject, actor_username,"
                        + " actor_role, action, record_type, record_id, patient_id, outcome) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, OffsetDateTime.now());
            s.setString(2, "benchmark");
            s.setString(3, "benchmark");
            s.setString(4, "CLINICIAN");
            s.setString(5, "LIST");
            s.setString(6, "caseload");
            s.setString(7, null);
            s.setObject(8, null);
            s.setString(9, "ALLOWED");
            s.executeUpdate();
        }
    }

    // ---- journal writes and flag evaluation -------------------------------------------------------

    private void journalWrites(Report report, ThawApi api, Connection owner, Connection appTx, LocalDate today)
            throws Exception {
        UUID alex = UUID.fromString(DataGenerator.ALEX);
        UUID erin = UUID.fromString(DataGenerator.ERIN);
        UUID blair = UUID.fromString(DataGenerator.BLAIR);
        report.before = DataGenerator.entriesOf(owner);

        String year = o.days() + " days";
        Samples alexPut = new Samples("PUT journal/today as alex (" + year + ", 3 open flags)", o.iterations());
        Samples erinPut = new Samples("PUT journal/today as erin (1 day, no flags)", o.iterations());
        Samples blairPut = new Samples("PUT journal/today as blair (" + year + ", no rule fires)", o.iterations());
        Samples alexSql = new Samples("engine reads over JDBC, alex", o.iterations());
        Samples erinSql = new Samples("engine reads over JDBC, erin", o.iterations());
        Samples blairSql = new Samples("engine reads over JDBC, blair", o.iterations());
        rounds(
                "journal writes",
                List.of(
                        put(api, alexPut, "alex", today),
                        put(api, erinPut, "erin", today),
                        put(api, blairPut, "blair", today),
                        engine(appTx, alexSql, alex, today),
                        engine(appTx, erinSql, erin, today),
                        engine(appTx, blairSql, blair, today)));
        report.writes = List.of(alexPut, erinPut, blairPut, alexSql, erinSql, blairSql);
        report.factsRows = Map.of(
                "alex", EngineSql.facts(appTx, alex, today.minusDays(EngineSql.WIDEST_WINDOW_DAYS - 1L), today),
                "erin", EngineSql.facts(appTx, erin, today.minusDays(EngineSql.WIDEST_WINDOW_DAYS - 1L), today),
                "blair", EngineSql.facts(appTx, blair, today.minusDays(EngineSql.WIDEST_WINDOW_DAYS - 1L), today));
        appTx.commit();

        // What could grow: an open flag's evidence, a row a day while the patient stays numb.
        report.evidenceRows = growEvidence(owner, alex, o.days());
        Samples alexLong = new Samples(
                "PUT as alex, his open flag carrying " + report.evidenceRows + " evidence rows", o.iterations());
        Samples erinAgain = new Samples("PUT as erin (same rounds)", o.iterations());
        Samples alexLongSql = new Samples("engine reads over JDBC, alex with that flag", o.iterations());
        rounds(
                "journal writes, long-open flag",
                List.of(
                        put(api, alexLong, "alex", today),
                        put(api, erinAgain, "erin", today),
                        engine(appTx, alexLongSql, alex, today)));
        report.evidenceGrowth = List.of(alexLong, erinAgain, alexLongSql);
    }

    private static Measure put(ThawApi api, Samples samples, String username, LocalDate today) {
        return new Measure(samples, () -> {
            HttpRequest r = api.putJournal(username, today, NUMB_DAY);
            return () -> api.send(r, 200, 201);
        });
    }

    private static Measure engine(Connection appTx, Samples samples, UUID patient, LocalDate today) {
        return new Measure(samples, () -> () -> {
            EngineSql.evaluate(appTx, patient, today);
            appTx.commit();
        });
    }

    /**
     * Gives alex's open PERSISTENT_NUMBNESS flag one evidence row per day of the history (as if it
     * had stayed acknowledged but open all along), older than the newest one; returns the count.
     * The engine must not get slower with it (it once loaded the whole list on every write).
     */
    private static int growEvidence(Connection owner, UUID patient, int days) throws SQLException {
        owner.setAutoCommit(false);
        try (PreparedStatement s = owner.prepareStatement("""
                with f as (select id from flag where patient_id = ? and type = 'PERSISTENT_NUMBNESS' and status <> 'RESOLVED')
                insert into flag_evidence (id, flag_id, recorded_at, summary, window_start, window_end)
                select gen_random_uuid(), f.id, now() - i * interval '1 day',
                       'numbness ≥ 6 on 14 of 14 entries, ' || to_char(current_date - i - 13, 'FMDD FMMonth') || ' – '
                           || to_char(current_date - i, 'FMDD FMMonth'),
                       current_date - i - 13, current_date - i
                from f cross join generate_series(2, ?) as i""")) {
            s.setObject(1, patient);
            s.setInt(2, Math.max(2, days));
            s.executeUpdate();
        }
        try (PreparedStatement s = owner.prepareStatement("""
                update flag set opened_at = least(opened_at, now() - ? * interval '1 day')
                where patient_id = ? and type = 'PERSISTENT_NUMBNESS' and status <> 'RESOLVED'""")) {
            s.setInt(1, days);
            s.setObject(2, patient);
            s.executeUpdate();
        }
        owner.commit();
        owner.setAutoCommit(true);
        try (Statement s = owner.createStatement()) {
            s.execute("analyze flag_evidence");
        }
        try (PreparedStatement s = owner.prepareStatement("""
                select count(*) from flag_evidence e join flag f on f.id = e.flag_id
                where f.patient_id = ? and f.type = 'PERSISTENT_NUMBNESS' and f.status <> 'RESOLVED'""")) {
            s.setObject(1, patient);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    // ---- timing ---------------------------------------------------------------------------------

    /** Something to time: {@link Prepared#prepare()} runs untimed (a token, a request), then the call is timed. */
    record Measure(Samples samples, Prepared prepared) {}

    interface Prepared {
        Timed prepare() throws Exception;
    }

    interface Timed {
        void run() throws Exception;
    }

    /**
     * Warm-up, then {@code iterations} rounds; each round runs every measure once, starting at a
     * different one each round, so no measure always follows the same neighbour.
     *
     * <p>The warm-up is at least {@code warmup} rounds, then goes on in blocks while the first
     * measure's median still improves on the best block so far (see {@link Options}), up to {@code
     * warmupMax} rounds: the figures are of a warm server, as in production, not of its JIT
     * compiler at work.
     */
    private void rounds(String name, List<Measure> measures) throws Exception {
        int size = measures.size();
        int done = 0;
        double best = Double.MAX_VALUE;
        int flat = 0;
        List<String> blockMedians = new ArrayList<>();
        while (done < o.warmupMax()) {
            Samples lead = new Samples("warm-up", Options.WARMUP_BLOCK);
            for (int i = 0; i < Options.WARMUP_BLOCK; i++) {
                for (int k = 0; k < size; k++) {
                    Measure m = measures.get((i + k) % size);
                    Timed call = m.prepared().prepare();
                    long t0 = System.nanoTime();
                    call.run();
                    if (m == measures.get(0)) {
                        lead.add(System.nanoTime() - t0);
                    }
                }
            }
            done += Options.WARMUP_BLOCK;
            double median = lead.median();
            blockMedians.add(String.format(Locale.ROOT, "%.2f", median));
            flat = median < best * (1 - Options.WARMUP_GAIN) ? 0 : flat + 1;
            best = Math.min(best, median);
            if (done >= o.warmup() && flat >= Options.WARMUP_FLAT_BLOCKS) {
                break;
            }
        }
        warmups.put(name, done);
        LOG.info("  " + name + ": " + done + " warm-up rounds; median ms of "
                + measures.get(0).samples().name() + " per block of " + Options.WARMUP_BLOCK + ": "
                + String.join(", ", blockMedians));
        ZonedDateTime start = ZonedDateTime.now();
        for (int i = 0; i < o.iterations(); i++) {
            for (int k = 0; k < size; k++) {
                Measure m = measures.get((i + k) % size);
                Timed call = m.prepared().prepare();
                long t0 = System.nanoTime();
                call.run();
                m.samples().add(System.nanoTime() - t0);
            }
        }
        ZonedDateTime end = ZonedDateTime.now();
        // the clinician app's hourly flag check (minute 7) scans every patient: note when it overlapped
        ZonedDateTime check = start.withMinute(7).withSecond(0).withNano(0);
        while (check.isBefore(start)) {
            check = check.plusHours(1);
        }
        if (!check.isAfter(end.plusSeconds(5))) {
            hourlyCheckOverlaps.add(name);
        }
    }

    // ---- facts and plans ------------------------------------------------------------------------

    /** The portal's data source as its war defines it: the pool's size and any statement caching. */
    private String poolSettings() {
        Path war = settings.runtimeDir().resolve("portal.war");
        try (ZipFile zip = new ZipFile(war.toFile())) {
            ZipEntry entry = zip.getEntry("WEB-INF/web.xml");
            String xml = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            int from = xml.indexOf("<data-source>");
            int to = xml.indexOf("</data-source>");
            String ds = from < 0 || to < 0 ? "" : xml.substring(from, to);
            StringBuilder text = new StringBuilder();
            Matcher max = Pattern.compile("<max-pool-size>\\s*(\\d+)").matcher(ds);
            text.append("portal pool: at most ")
                    .append(max.find() ? max.group(1) : "?")
                    .append(" connections");
            Matcher property = Pattern.compile(
                            "<name>\\s*([^<]*(?:statement|prepare|Statement|Prepare)[^<]*)</name>\\s*<value>\\s*([^<]*)</value>")
                    .matcher(ds);
            List<String> caching = new ArrayList<>();
            while (property.find()) {
                caching.add(property.group(1).trim() + " = " + property.group(2).trim());
            }
            text.append("; statement caching: ")
                    .append(
                            caching.isEmpty()
                                    ? "nothing set (no pool statement cache; the driver's defaults: prepareThreshold 5,"
                                            + " preparedStatementCacheQueries 256 per connection)"
                                    : String.join(", ", caching));
            return text.toString();
        } catch (IOException | RuntimeException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private static String practiceZone(Connection owner) throws SQLException {
        try (Statement s = owner.createStatement();
                ResultSet rs =
                        s.executeQuery("select value from thaw.practice_setting where key = 'practice.time_zone'")) {
            return rs.next() ? rs.getString(1) : "UTC";
        }
    }

    /** Checkpoints so far (timed, requested) and buffers the checkpointer wrote: background I/O. */
    private static long[] checkpoints(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery("select num_timed, num_requested, buffers_written from pg_stat_checkpointer")) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
        }
    }

    private static Map<String, String> databaseFacts(Connection c) throws SQLException {
        Map<String, String> facts = new LinkedHashMap<>();
        try (Statement s = c.createStatement()) {
            for (String setting : new String[] {
                "server_version",
                "shared_buffers",
                "work_mem",
                "effective_cache_size",
                "random_page_cost",
                "synchronous_commit",
                "fsync",
                "max_connections"
            }) {
                try (ResultSet rs = s.executeQuery("show " + setting)) {
                    rs.next();
                    facts.put(setting, rs.getString(1));
                }
            }
        }
        return facts;
    }

    private static String plans(Connection app, Instant now, ZoneId practiceZone) throws SQLException {
        LocalDate today = LocalDate.ofInstant(now, practiceZone);
        StringBuilder text = new StringBuilder();
        UUID alex = UUID.fromString(DataGenerator.ALEX);
        plan(
                app,
                text,
                "Dashboard page (triage order, dr.rivera, " + today + ")",
                CaseloadSql.PAGE,
                s -> CaseloadSql.bindPage(s, CLINICIAN, now, practiceZone, PAGE_SIZE));
        plan(app, text, "Dashboard count", CaseloadSql.COUNT, s -> s.setString(1, CLINICIAN));
        plan(app, text, "Flag engine facts, alex, the widest window (14 days)", EngineSql.FACTS, s -> {
            s.setObject(1, alex);
            s.setObject(2, today.minusDays(EngineSql.WIDEST_WINDOW_DAYS - 1L));
            s.setObject(3, today);
        });
        plan(app, text, "For comparison only, not what the engine does: alex's whole history", EngineSql.FACTS, s -> {
            s.setObject(1, alex);
            s.setObject(2, today.minusYears(10));
            s.setObject(3, today);
        });
        return text.toString();
    }

    private interface Binder {
        void bind(PreparedStatement s) throws SQLException;
    }

    private static void plan(Connection c, StringBuilder text, String title, String sql, Binder binder)
            throws SQLException {
        text.append("== ").append(title).append('\n');
        try (PreparedStatement s = c.prepareStatement("explain (analyze, buffers) " + sql)) {
            binder.bind(s);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    text.append(rs.getString(1)).append('\n');
                }
            }
        }
        text.append('\n');
    }

    // ---- plumbing -------------------------------------------------------------------------------

    private static void stop(Stack[] running, Path data) {
        synchronized (running) {
            if (running[0] != null) {
                LOG.info("Stopping the stack...");
                running[0].close();
                running[0] = null;
            }
            if (Files.exists(data)) {
                try (var paths = Files.walk(data)) {
                    paths.sorted(Comparator.reverseOrder())
                            .forEach(p -> p.toFile().delete());
                } catch (IOException | RuntimeException e) {
                    LOG.warning("could not delete the temporary data folder " + data + ": " + e.getMessage());
                }
            }
        }
    }

    /** The servers' logs, copied out of the data folder before it is deleted (after every run, failed or not). */
    private static void keepLogs(Path data) {
        Path logs = data.resolve("logs");
        Path target = Path.of(System.getProperty("bench.output", "target/benchmark"), "logs");
        try (var files = Files.list(logs)) {
            Files.createDirectories(target);
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, target.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
            LOG.info("The servers' logs are kept in " + target.toAbsolutePath());
        } catch (IOException | RuntimeException e) {
            LOG.warning("could not keep the servers' logs: " + e.getMessage());
        }
    }

    static String seconds(Duration d) {
        return String.format("%.1f s", d.toMillis() / 1000.0);
    }
}
