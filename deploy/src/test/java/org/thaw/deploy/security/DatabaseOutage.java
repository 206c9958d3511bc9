package org.thaw.deploy.security;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.thaw.deploy.Stack;

/**
 * The database away under load (test plan row 16), two ways: PostgreSQL stopped for {@code
 * security.outage.seconds} (60), and PostgreSQL hung (every one of its processes sent SIGSTOP, so
 * connections are accepted by the kernel and then nothing answers) for {@code
 * security.hang.seconds} (30). Meanwhile a few clients keep calling: the patient API (a list and a
 * new thread with a unique key), the clinician API (the caseload) and a page of a signed-in
 * browser session. Then the database comes back, and the app, never restarted, must serve again.
 *
 * <p>Passes when every API answer comes within 5 s; while the database is away, every API answer
 * is a 503 problem+json with Retry-After and every page is an error page carrying the crisis
 * link; no write is stored half (a thread without its message) and none answered with an error is
 * stored; and once the database is back every request succeeds again, without restarting Payara.
 */
final class DatabaseOutage {

    private static final Logger LOG = Logger.getLogger("org.thaw.deploy");

    static final long LIMIT_MILLIS = 5_000;
    /**
     * Pages may take longer than API calls: the failed page, then the error page, which tries once
     * more to read the practice's crisis text (Thaw's default stands in when it cannot).
     */
    static final long PAGE_LIMIT_MILLIS = 10_000;
    /** How long the database may take to serve again once it is back before that counts as a failure. */
    static final long RECOVERY_LIMIT_MILLIS = 30_000;

    private static final int CLIENTS = 6;
    private static final long PAUSE_MILLIS = 100;

    enum Phase {
        UP,
        GOING,
        AWAY,
        RETURNING,
        BACK
    }

    enum Kind {
        PORTAL_LIST("GET /portal/api/threads as alex"),
        PORTAL_WRITE("POST /portal/api/threads as blair"),
        CLINICIAN_LIST("GET /clinician/api/caseload as dr.rivera"),
        PAGE("/portal/journal.xhtml in alex's signed-in browser");

        final String label;

        Kind(String label) {
            this.label = label;
        }

        boolean api() {
            return this != PAGE;
        }
    }

    private record Result(
            Kind kind,
            Phase atStart,
            Phase atEnd,
            long startedMillis,
            long millis,
            int status,
            String contentType,
            String retryAfter,
            String body,
            String key) {}

    private final Http http;
    private final CampaignStack campaign;
    private final Tally tally;
    private final boolean hang;
    private final String name;
    private final int awaySeconds;

    private volatile Phase phase = Phase.UP;
    private volatile boolean running;
    private final List<Result> results = Collections.synchronizedList(new ArrayList<>());
    private final long origin = System.nanoTime();

    /** {@code hang} false: PostgreSQL stopped; true: all its processes paused with SIGSTOP. */
    DatabaseOutage(Http http, CampaignStack campaign, Tally tally, boolean hang) {
        this.http = http;
        this.campaign = campaign;
        this.tally = tally;
        this.hang = hang;
        this.awaySeconds = hang
                ? Integer.getInteger("security.hang.seconds", 30)
                : Integer.getInteger("security.outage.seconds", 60);
        this.name = hang ? "db hung (SIGSTOP " + awaySeconds + " s)" : "db stopped (" + awaySeconds + " s)";
    }

    void run() throws Exception {
        Stack stack = campaign.stack();
        String run = UUID.randomUUID().toString().substring(0, 8);
        BrowserSession alex = BrowserSession.signIn(http, campaign.issuer(), "alex", "/portal/");
        for (String user : List.of("alex", "blair", "dr.rivera")) {
            http.freshToken(user);
        }
        running = true;
        AtomicInteger writes = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            int first = c;
            clients.execute(() -> {
                int turn = first;
                while (running) {
                    Kind kind = Kind.values()[turn++ % Kind.values().length];
                    results.add(call(kind, alex, "out-" + run + "-" + writes.incrementAndGet()));
                    pause(PAUSE_MILLIS);
                }
            });
        }
        pause(5_000);
        long postgres = stack.databasePid();
        phase = Phase.GOING;
        if (hang) {
            Signals.send("STOP", postgres, true);
        } else {
            stack.stopDatabase();
        }
        phase = Phase.AWAY;
        LOG.info(() -> name + ": the database is away");
        pause(awaySeconds * 1000L);
        phase = Phase.RETURNING;
        if (hang) {
            Signals.send("CONT", postgres, true);
        } else {
            stack.startDatabase();
        }
        long back = now();
        LOG.info(() -> name + ": the database is back");
        long recovered = awaitRecovery(back);
        phase = Phase.BACK;
        pause(10_000);
        running = false;
        clients.shutdown();
        if (!clients.awaitTermination(2, TimeUnit.MINUTES)) {
            clients.shutdownNow();
        }
        judge(run, recovered < 0 ? -1 : recovered - back);
    }

    private Result call(Kind kind, BrowserSession browser, String key) {
        Phase atStart = phase;
        long start = now();
        int status = -1;
        String contentType = "";
        String retryAfter = null;
        String body;
        try {
            HttpResponse<String> answer =
                    switch (kind) {
                        case PORTAL_LIST -> http.send("GET", "/portal/api/threads", http.token("alex"), (String) null);
                        case PORTAL_WRITE ->
                            http.send(
                                    "POST",
                                    "/portal/api/threads",
                                    http.token("blair"),
                                    "{\"subject\":\"Outage\",\"body\":" + Http.quote("outage write " + key)
                                            + ",\"idempotencyKey\":" + Http.quote(key) + "}");
                        case CLINICIAN_LIST ->
                            http.send("GET", "/clinician/api/caseload", http.token("dr.rivera"), (String) null);
                        case PAGE -> browser.get("/portal/journal.xhtml");
                    };
            status = answer.statusCode();
            contentType = answer.headers().firstValue("Content-Type").orElse("");
            retryAfter = answer.headers().firstValue("Retry-After").orElse(null);
            body = answer.body();
        } catch (IOException | RuntimeException e) {
            body = e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            body = e.toString();
        }
        return new Result(
                kind,
                atStart,
                phase,
                start,
                now() - start,
                status,
                contentType,
                retryAfter,
                body,
                kind == Kind.PORTAL_WRITE ? key : null);
    }

    /** Waits until every kind of call has succeeded once; the time it happened, or -1 after the limit. */
    private long awaitRecovery(long back) {
        while (now() - back < RECOVERY_LIMIT_MILLIS) {
            Map<Kind, Boolean> ok = new HashMap<>();
            synchronized (results) {
                for (Result r : results) {
                    if (r.startedMillis() >= back && success(r)) {
                        ok.put(r.kind(), true);
                    }
                }
            }
            if (ok.size() == Kind.values().length) {
                return now();
            }
            pause(200);
        }
        return -1;
    }

    private void judge(String run, long recoveryMillis) throws SQLException {
        String fast = name + ": API answers within 5 s";
        String unavailable = name + ": API answers 503 problem+json with Retry-After while away";
        String pages = name + ": pages show the error page with the crisis link while away";
        String pagesFast = name + ": pages answer within 10 s";
        String whole = name + ": writes stored whole, and only when acknowledged";
        String again = name + ": requests succeed again without restarting the app";
        Map<String, Boolean> stored = stored(run);
        long worstApi = 0;
        long worstApiAway = 0;
        long worstPage = 0;
        int away = 0;
        int total;
        synchronized (results) {
            total = results.size();
            for (Result r : results) {
                String what = r.kind().label + " (" + r.atStart() + ", after " + r.millis() + " ms)";
                if (r.kind().api()) {
                    worstApi = Math.max(worstApi, r.millis());
                    tally.record(
                            fast,
                            r.millis() <= LIMIT_MILLIS
                                    ? null
                                    : what + ": " + r.status() + " " + Http.abbreviate(r.body()));
                } else {
                    worstPage = Math.max(worstPage, r.millis());
                    tally.record(
                            pagesFast,
                            r.millis() <= PAGE_LIMIT_MILLIS
                                    ? null
                                    : what + ": " + r.status() + " " + Http.abbreviate(r.body()));
                }
                boolean inOutage = r.atStart() == Phase.AWAY && r.atEnd() == Phase.AWAY;
                if (inOutage) {
                    away++;
                    if (r.kind().api()) {
                        worstApiAway = Math.max(worstApiAway, r.millis());
                        boolean ok = r.status() == 503
                                && r.contentType().startsWith("application/problem+json")
                                && r.retryAfter() != null;
                        tally.record(
                                unavailable,
                                ok
                                        ? null
                                        : what + ": " + r.status() + " [" + r.contentType() + "] Retry-After "
                                                + r.retryAfter() + " " + Http.abbreviate(r.body()));
                    } else {
                        boolean ok = r.status() >= 500
                                && r.body().contains("id=\"need-help\"")
                                && r.body().contains("id=\"crisis-text\"");
                        tally.record(pages, ok ? null : what + ": " + r.status() + " " + Http.abbreviate(r.body()));
                    }
                }
                if (r.atStart() == Phase.BACK) {
                    tally.record(again, success(r) ? null : what + ": " + r.status() + " " + Http.abbreviate(r.body()));
                }
                if (r.key() != null) {
                    Boolean entry = stored.get(r.key());
                    boolean acked = r.status() / 100 == 2;
                    String wrong = null;
                    if (entry != null && !entry) {
                        wrong = "write " + r.key() + " stored without its message";
                    } else if (acked && entry == null) {
                        wrong = "write " + r.key() + " answered " + r.status() + " but not stored";
                    } else if (r.status() > 0 && !acked && entry != null) {
                        // the commit reached the database but its answer did not come back: allowed
                        // only when the answer says so, and the client's retry must find the one row
                        wrong = r.body().contains("could not confirm that this was saved")
                                ? retryFindsIt(r.key())
                                : "write " + r.key() + " answered " + r.status() + " but stored: "
                                        + Http.abbreviate(r.body());
                    }
                    tally.record(whole, wrong);
                }
            }
        }
        tally.record(
                again,
                recoveryMillis >= 0
                        ? null
                        : "not every kind of call succeeded within " + RECOVERY_LIMIT_MILLIS / 1000
                                + " s of the database's return");
        tally.figure(String.format(
                "%s: %d calls, %d of them while the database was away; worst API answer %d ms (%d ms while"
                        + " away), worst page %d ms; every kind of call served again %s after the database was"
                        + " back",
                name,
                total,
                away,
                worstApi,
                worstApiAway,
                worstPage,
                recoveryMillis < 0 ? "NOT within " + RECOVERY_LIMIT_MILLIS / 1000 + " s" : recoveryMillis + " ms"));
    }

    /** Null when a retry of the write with its key answers 200 (already stored), else what happened. */
    private String retryFindsIt(String key) {
        try {
            HttpResponse<String> answer = http.send(
                    "POST",
                    "/portal/api/threads",
                    http.token("blair"),
                    "{\"subject\":\"Outage\",\"body\":" + Http.quote("outage write " + key) + ",\"idempotencyKey\":"
                            + Http.quote(key) + "}");
            return answer.statusCode() == 200
                    ? null
                    : "write " + key + " stored though unconfirmed; its retry answered " + answer.statusCode();
        } catch (IOException | InterruptedException e) {
            return "write " + key + ": retry failed: " + e;
        }
    }

    private static boolean success(Result r) {
        return r.kind() == Kind.PAGE ? r.status() == 200 && !r.body().contains("kc-form-login") : r.status() / 100 == 2;
    }

    /** Per key of this run: true when the thread has the patient's message, false when it has none. */
    private Map<String, Boolean> stored(String run) throws SQLException {
        Map<String, Boolean> rows = new HashMap<>();
        try (Connection c = campaign.owner();
                PreparedStatement s = c.prepareStatement("select t.idempotency_key, count(m.id) from message_thread t"
                        + " left join message m on m.thread_id = t.id and m.author_role = 'PATIENT'"
                        + " where t.idempotency_key like ? group by t.idempotency_key")) {
            s.setString(1, "out-" + run + "-%");
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.put(r.getString(1), r.getInt(2) >= 1);
                }
            }
        }
        return rows;
    }

    private long now() {
        return Duration.ofNanos(System.nanoTime() - origin).toMillis();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
