package org.thaw.deploy.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thaw.deploy.KeycloakAdmin;

/**
 * Many patients writing at once: generated patients get Keycloak accounts (created through the
 * admin REST API, bound to their rows by username), then closed-loop phases of {@code connections}
 * connections each, in one run:
 *
 * <ol>
 *   <li>a warm-up, each connection alternating its patient's journal write and {@code GET /me};
 *   <li>the floor: {@code GET /portal/api/me}, the smallest audited call, no write;
 *   <li>writes: {@code PUT /portal/api/journal/{today}}, each connection its own patient and day;
 *   <li>the floor again, so the two floors bracket the writes and drift over the run shows;
 *   <li>contention: every connection rewriting one of only {@value #CONTENDED} patients' day, each
 *       write with answers of its own, checked: every answer 200 or 201 and echoing its own write,
 *       the stored entry afterwards one of those written, one row for the day.
 * </ol>
 *
 * Each phase also records Payara's heap and GC time, the CPU of Payara, PostgreSQL and the rest
 * of the machine ({@link ServerWatch}), the application's database connections (the pool's use)
 * and the audit rows written against the calls answered.
 */
final class ConcurrentWriters {

    private static final Logger LOG = Logger.getLogger("org.thaw.deploy");
    static final int CONTENDED = 4;
    private static final Pattern NOTE = Pattern.compile("\"note\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern NUMBNESS = Pattern.compile("\"numbness\"\\s*:\\s*(\\d+)");

    /** One phase's load figures and what the machine did meanwhile. */
    record Phase(
            ClosedLoop.Result load,
            ServerWatch.Figures server,
            int appConnectionsMax,
            int appConnectionsActiveMax,
            long auditRows,
            long transactions,
            long poolTimeouts,
            long statementTimeouts,
            long closedConnections) {}

    /** The whole block's figures. */
    record Outcome(
            int accounts,
            Duration accountsTook,
            int connections,
            List<Phase> phases,
            Map<String, String> contended,
            boolean contendedStoredOneOfWrites,
            boolean contendedOneRowPerDay,
            long contendedEchoMismatches,
            String pool) {

        Phase phase(String name) {
            return phases.stream()
                    .filter(p -> p.load().name().equals(name))
                    .findFirst()
                    .orElseThrow();
        }
    }

    static final String WARMUP = "warm-up";
    static final String FLOOR = "floor: GET /portal/api/me";
    static final String WRITES = "writes: PUT /portal/api/journal/{today}, own day";
    static final String CONTENTION = "contention: PUT, " + CONTENDED + " patients' days";
    static final String FLOOR_AGAIN = "floor again: GET /portal/api/me";

    private final Options o;
    private final ThawApi api;
    private final Connection owner;
    private final String host;
    private final int port;
    private final long payaraPid;
    private final long databasePid;
    private final String jdbcUrl;
    private final Path payaraLog;

    /** {@code owner} reads what the checks need; the pool sampler opens its own connection to {@code jdbcUrl}. */
    ConcurrentWriters(
            Options o,
            ThawApi api,
            Connection owner,
            String jdbcUrl,
            String baseUrl,
            long payaraPid,
            long databasePid,
            Path payaraLog) {
        this.o = o;
        this.payaraLog = payaraLog;
        this.jdbcUrl = jdbcUrl;
        this.api = api;
        this.owner = owner;
        URI base = URI.create(baseUrl);
        this.host = base.getHost();
        this.port = base.getPort();
        this.payaraPid = payaraPid;
        this.databasePid = databasePid;
    }

    Outcome run(KeycloakAdmin admin, String practiceZone, String pool) throws Exception {
        int writers = o.loadPatients();
        Instant t = Instant.now();
        LOG.info("Creating " + writers + " Keycloak accounts for generated patients...");
        List<String> users = new ArrayList<>();
        String password = "bench-" + UUID.randomUUID();
        for (int n = 1; n <= writers; n++) {
            String username = "bench.p" + n;
            admin.createUser(username, "Bench", "Patient " + n, username + "@thaw.example", password, "patient");
            api.account(username, password);
            users.add(username);
        }
        Duration accountsTook = Duration.between(t, Instant.now());
        Map<String, LocalDate> today = todayOf(users, practiceZone);
        int connections = o.loadConnections();
        Duration settle = Duration.ofSeconds(o.loadSettleSeconds());
        Duration timed = Duration.ofSeconds(o.loadSeconds());
        Duration warmup = Duration.ofSeconds(o.loadWarmupSeconds());

        List<Phase> phases = new ArrayList<>();
        // warm-up: writes and /me alternating on every connection, at least the given seconds, then
        // more blocks while Payara's JIT compilers still take a share of its CPU (a server compiling
        // its hot paths is slower in the first timed phases than in the last, which skews the ratios)
        byte[][] put = new byte[connections][];
        byte[][] me = new byte[connections][];
        Phase warm = warmUp(WARMUP, connections, users, today, warmup, timed, put, me);
        phases.add(warm);
        long warmed = warmup.toSeconds();
        Duration more = Duration.ofSeconds(Options.LOAD_WARMUP_BLOCK);
        while (warm.server().jitShare() >= Options.LOAD_WARMUP_JIT_SHARE
                && warmed + more.toSeconds() <= o.loadWarmupMaxSeconds()) {
            warm = warmUp(WARMUP + ", more", connections, users, today, more, timed, put, me);
            phases.add(warm);
            warmed += more.toSeconds();
        }
        ClosedLoop.Script floor = fixed(me, 200);
        phases.add(phase(
                FLOOR,
                connections,
                settle,
                timed,
                c -> me[c] = meRequest(users.get(c % users.size()), settle.plus(timed)),
                floor));
        phases.add(phase(
                WRITES,
                connections,
                settle,
                timed,
                c -> {
                    String u = users.get(c % users.size());
                    put[c] = putRequest(u, today.get(u), Benchmark.NUMB_DAY, settle.plus(timed));
                },
                fixed(put, 200, 201)));

        // the floor again right after the writes: the two floors bracket the writes, so a drift of the
        // server's speed over the run (its JIT still compiling on two busy cores) cancels in their mean
        phases.add(phase(
                FLOOR_AGAIN,
                connections,
                settle,
                timed,
                c -> me[c] = meRequest(users.get(c % users.size()), settle.plus(timed)),
                floor));

        // contention: the first CONTENDED patients' days, each write different and remembered
        List<String> few = users.subList(0, Math.min(CONTENDED, users.size()));
        String[] prefix = new String[connections];
        String[] user = new String[connections];
        Map<String, Map<String, Integer>> written = new ConcurrentHashMap<>();
        few.forEach(u -> written.put(u, new ConcurrentHashMap<>()));
        long[] echoMismatches = new long[connections];
        phases.add(phase(
                CONTENTION,
                connections,
                settle,
                timed,
                c -> {
                    String u = few.get(c % few.size());
                    user[c] = u;
                    byte[] whole = putRequest(u, today.get(u), "", settle.plus(timed));
                    String head = new String(whole, StandardCharsets.ISO_8859_1);
                    prefix[c] = head.substring(0, head.indexOf("Content-Length:"));
                },
                new ClosedLoop.Script() {
                    @Override
                    public byte[] request(int c, long n) {
                        int numbness = (int) ((c + n) % 11);
                        String note = "Contention write " + c + "-" + n;
                        written.get(user[c]).put(note, numbness);
                        String body = contendedDay(numbness, note);
                        byte[] b = body.getBytes(StandardCharsets.UTF_8);
                        byte[] h = (prefix[c] + "Content-Length: " + b.length + "\r\n\r\n")
                                .getBytes(StandardCharsets.ISO_8859_1);
                        byte[] all = new byte[h.length + b.length];
                        System.arraycopy(h, 0, all, 0, h.length);
                        System.arraycopy(b, 0, all, h.length, b.length);
                        return all;
                    }

                    @Override
                    public boolean accepts(int c, long n, HttpConnection.Answer a) {
                        if (a.status() != 200 && a.status() != 201) {
                            return false;
                        }
                        // the answer is the day as this write left it
                        Matcher note = NOTE.matcher(a.body());
                        Matcher numb = NUMBNESS.matcher(a.body());
                        boolean own = note.find()
                                && note.group(1).equals("Contention write " + c + "-" + n)
                                && numb.find()
                                && Integer.parseInt(numb.group(1)) == (int) ((c + n) % 11);
                        if (!own) {
                            echoMismatches[c]++;
                        }
                        return own;
                    }
                }));
        Map<String, String> stored = new LinkedHashMap<>();
        boolean oneOfWrites = true;
        boolean oneRow = true;
        for (String u : few) {
            String day = api.send(
                    HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/portal/api/journal?from="
                                    + today.get(u) + "&to=" + today.get(u)))
                            .header("Authorization", "Bearer " + api.bearer(u, Duration.ofSeconds(30)))
                            .header("Accept", "application/json")
                            .GET()
                            .build(),
                    200);
            Matcher note = NOTE.matcher(day);
            Matcher numb = NUMBNESS.matcher(day);
            String n = note.find() ? note.group(1) : null;
            Integer v = numb.find() ? Integer.valueOf(numb.group(1)) : null;
            Integer sent = n == null ? null : written.get(u).get(n);
            boolean ok = sent != null && sent.equals(v);
            oneOfWrites &= ok;
            int rows = rowsOfDay(u, today.get(u));
            oneRow &= rows == 1;
            stored.put(
                    u,
                    "stored \"" + n + "\", numbness " + v
                            + (ok ? " (one of the writes sent)" : " (**not** a write sent)") + "; "
                            + written.get(u).size() + " different writes sent; " + rows + " row(s) for the day");
        }

        long mismatches = 0;
        for (long m : echoMismatches) {
            mismatches += m;
        }
        return new Outcome(writers, accountsTook, connections, phases, stored, oneOfWrites, oneRow, mismatches, pool);
    }

    private Phase warmUp(
            String name,
            int connections,
            List<String> users,
            Map<String, LocalDate> today,
            Duration length,
            Duration timed,
            byte[][] put,
            byte[][] me)
            throws Exception {
        return phase(
                name,
                connections,
                length,
                Duration.ZERO,
                c -> {
                    String u = users.get(c % users.size());
                    put[c] = putRequest(u, today.get(u), Benchmark.NUMB_DAY, length.plus(timed));
                    me[c] = meRequest(u, length.plus(timed));
                },
                new ClosedLoop.Script() {
                    @Override
                    public byte[] request(int c, long n) {
                        return n % 2 == 0 ? put[c] : me[c];
                    }

                    @Override
                    public boolean accepts(int c, long n, HttpConnection.Answer a) {
                        return n % 2 == 0 ? a.status() == 200 || a.status() == 201 : a.status() == 200;
                    }
                });
    }

    private interface Prepare {
        void prepare(int c) throws Exception;
    }

    private Phase phase(
            String name, int connections, Duration settle, Duration timed, Prepare prepare, ClosedLoop.Script script)
            throws Exception {
        for (int c = 0; c < connections; c++) {
            prepare.prepare(c);
        }
        LOG.info("  " + name + ": " + connections + " connections, " + settle.toSeconds() + " s settle + "
                + timed.toSeconds() + " s timed (load average " + ServerWatch.loadAverage() + ")");
        long audit0 = auditRows();
        long transactions0 = transactions();
        long[] log0 = logCounts();
        AtomicBoolean running = new AtomicBoolean(true);
        int[] poolUse = new int[3];
        Thread sampler = new Thread(() -> samplePool(running, poolUse), "pool-sampler");
        sampler.setDaemon(true);
        ClosedLoop.Result result;
        ServerWatch.Figures figures;
        boolean profile = o.jfr() && name.equals(WRITES);
        if (profile) {
            jcmd("JFR.start", "name=thaw-writes", "settings=profile");
        }
        try (ServerWatch watch = ServerWatch.start(payaraPid, databasePid)) {
            sampler.start();
            result = ClosedLoop.run(name, host, port, connections, settle, timed, script);
            running.set(false);
            figures = watch.stop();
        }
        if (profile) {
            Path file = Path.of(System.getProperty("bench.output", "target/benchmark"), "writes.jfr")
                    .toAbsolutePath();
            Files.createDirectories(file.getParent());
            jcmd("JFR.stop", "name=thaw-writes", "filename=" + file);
            LOG.info("    Payara's flight recording of this phase: " + file);
        }
        sampler.join(2000);
        long audit = auditRows() - audit0;
        // the server's statistics reach pg_stat_database within a second of a transaction's end
        Thread.sleep(1500);
        // less the pool sampler's own one-statement transactions and this measure's own reads
        long transactions = transactions() - transactions0 - poolUse[2] - 2;
        long[] log1 = logCounts();
        LOG.info(String.format(
                Locale.ROOT,
                "    %.1f/s, p50 %.1f ms, p99 %.1f ms, %d errors of %d answered; audit rows %d",
                result.rate(),
                result.latencies().count() == 0 ? 0 : result.latencies().median(),
                result.latencies().count() == 0 ? 0 : result.latencies().percentile(99),
                result.errors(),
                result.answeredAll(),
                audit));
        for (String e : result.firstErrors()) {
            LOG.warning("    error: " + e);
        }
        return new Phase(
                result,
                figures,
                poolUse[0],
                poolUse[1],
                audit,
                transactions,
                log1[0] - log0[0],
                log1[1] - log0[1],
                log1[2] - log0[2]);
    }

    /**
     * What Payara's log says so far: calls that waited past the pool's limit for a connection,
     * statements cut by the driver's 2 s socket timeout, and uses of a connection the pool had
     * already closed (it closes them all after one fails).
     */
    private long[] logCounts() {
        long[] counts = new long[3];
        if (payaraLog == null || !Files.isReadable(payaraLog)) {
            return counts;
        }
        try (var lines = Files.lines(payaraLog, StandardCharsets.ISO_8859_1)) {
            lines.forEach(l -> {
                if (l.contains("In-use connections equal max-pool-size")) {
                    counts[0]++;
                } else if (l.contains("SocketTimeoutException: Read timed out")) {
                    counts[1]++;
                } else if (l.contains("PSQLException: This connection has been closed")) {
                    counts[2]++;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            LOG.warning("could not read Payara's log: " + e.getMessage());
        }
        return counts;
    }

    /** A diagnostic command to Payara's JVM (the JDK's jcmd), e.g. to start a flight recording. */
    private void jcmd(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(payaraPid)));
        line.addAll(List.of(command));
        Process p = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + String.join(" ", command) + " failed: " + output);
        }
    }

    /** The application role's connections to PostgreSQL, all and active, at most, twice a second. */
    private void samplePool(AtomicBoolean running, int[] max) {
        // as the embedded server's superuser (trust on localhost): only it sees other roles' sessions' state
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "");
                PreparedStatement s = c.prepareStatement(
                        "select count(*), count(*) filter (where state <> 'idle') from pg_stat_activity"
                                + " where usename = 'thaw_app'")) {
            while (running.get()) {
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    max[0] = Math.max(max[0], rs.getInt(1));
                    max[1] = Math.max(max[1], rs.getInt(2));
                    max[2]++;
                }
                Thread.sleep(500);
            }
        } catch (SQLException | InterruptedException e) {
            LOG.warning("could not sample the pool: " + e.getMessage());
        }
    }

    private static ClosedLoop.Script fixed(byte[][] requests, int... statuses) {
        return new ClosedLoop.Script() {
            @Override
            public byte[] request(int c, long n) {
                return requests[c];
            }

            @Override
            public boolean accepts(int c, long n, HttpConnection.Answer a) {
                for (int s : statuses) {
                    if (a.status() == s) {
                        return true;
                    }
                }
                return false;
            }
        };
    }

    private byte[] putRequest(String user, LocalDate day, String body, Duration validFor) throws Exception {
        return HttpConnection.request(
                "PUT",
                "/portal/api/journal/" + day,
                host + ":" + port,
                "Authorization: Bearer " + api.bearer(user, validFor.plusSeconds(30)) + "\r\n"
                        + "Accept: application/json\r\nContent-Type: application/json\r\n",
                body);
    }

    private byte[] meRequest(String user, Duration validFor) throws Exception {
        return HttpConnection.request(
                "GET",
                "/portal/api/me",
                host + ":" + port,
                "Authorization: Bearer " + api.bearer(user, validFor.plusSeconds(30)) + "\r\n"
                        + "Accept: application/json\r\n",
                null);
    }

    /** A check-in of its own: the numbness and the note say which write it was. */
    static String contendedDay(int numbness, String note) {
        return "{\"numbness\": " + numbness + ", \"positiveIntensity\": 3, \"negativeIntensity\": 4,"
                + " \"emotions\": [\"empty\"], \"sleepHours\": 7, \"activityMinutes\": 20,"
                + " \"meaningfulContact\": true, \"copingTried\": [], \"hopeless\": false,"
                + " \"functioningImpact\": \"NOT_AT_ALL\", \"note\": \"" + note + "\"}";
    }

    /** Each patient's today: in their own time zone, else the practice's. */
    private Map<String, LocalDate> todayOf(List<String> users, String practiceZone) throws SQLException {
        Map<String, LocalDate> today = new ConcurrentHashMap<>();
        Instant now = Instant.now();
        try (PreparedStatement s =
                owner.prepareStatement("select username, time_zone from thaw.patient where username = any (?)")) {
            s.setArray(1, owner.createArrayOf("varchar", users.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String zone = rs.getString(2);
                    today.put(
                            rs.getString(1),
                            LocalDate.ofInstant(now, ZoneId.of(zone == null || zone.isBlank() ? practiceZone : zone)));
                }
            }
        }
        if (!today.keySet().containsAll(users)) {
            throw new IllegalStateException("not every generated patient is in the database: " + users);
        }
        return today;
    }

    private int rowsOfDay(String username, LocalDate day) throws SQLException {
        try (PreparedStatement s = owner.prepareStatement("select count(*) from thaw.journal_entry e"
                + " join thaw.patient p on p.id = e.patient_id where p.username = ? and e.entry_date = ?")) {
            s.setString(1, username);
            s.setObject(2, day);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /**
     * Transactions the database has ended so far, committed or rolled back, all roles: a call's
     * own, its audit event's when written apart, and anything else of the stack's.
     */
    private long transactions() throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select xact_commit + xact_rollback from pg_stat_database"
                        + " where datname = current_database()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long auditRows() throws SQLException {
        try (Statement s = owner.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from thaw.audit_event")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
