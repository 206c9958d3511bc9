package org.thaw.deploy.security;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.thaw.deploy.Stack;

/**
 * A crash right after "saved" (test plan row 13): {@value #DEFAULT_WRITES} patients' new message
 * threads, each with its own idempotency key and a unique marker in its text, sent
 * {@value #DEFAULT_IN_FLIGHT} at a time; once {@value #KILL_AT_PERCENT} % are acknowledged, Payara
 * Micro is killed with SIGKILL and PostgreSQL is stopped the hardest way it can be stopped (SIGQUIT
 * to the postmaster: an immediate shutdown, no checkpoint, recovery from the WAL at the next start).
 * Both start again on the same data. Then:
 *
 * <ul>
 *   <li>every write answered 2xx before the crash is in the database, with its message;
 *   <li>no thread is stored without its message;
 *   <li>every write is sent again with its key (the client's retry): 200 for one already stored,
 *       201 for one that was not, and afterwards each write is exactly one thread and one message.
 * </ul>
 */
final class Durability {

    private static final Logger LOG = Logger.getLogger("org.thaw.deploy");

    static final String ANSWERED = "durability: answers before the crash are 201";
    static final String ACKED = "durability: acknowledged writes present after kill -9 and restart";
    static final String WHOLE = "durability: no thread stored without its message";
    static final String RETRIED = "durability: retries after the restart (200 if stored, else 201)";
    static final String ONCE = "durability: each write stored exactly once";

    static final int DEFAULT_WRITES = 1200;
    static final int DEFAULT_IN_FLIGHT = 32;
    static final int KILL_AT_PERCENT = 40;
    private static final int WRITES = Integer.getInteger("security.durability.writes", DEFAULT_WRITES);
    private static final int IN_FLIGHT = Integer.getInteger("security.durability.concurrency", DEFAULT_IN_FLIGHT);

    private record Write(int index, String user, String key, String marker) {}

    /** An HTTP status, or -1 when no answer came (the connection was reset or refused). */
    private record Outcome(int status, String error) {}

    private final Http http;
    private final CampaignStack campaign;
    private final Tally tally;

    Durability(Http http, CampaignStack campaign, Tally tally) {
        this.http = http;
        this.campaign = campaign;
        this.tally = tally;
    }

    void run() throws Exception {
        Stack stack = campaign.stack();
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> patients = Stream.concat(Fixtures.TEAM_A_PATIENTS.stream(), Fixtures.TEAM_B_PATIENTS.stream())
                .toList();
        for (String p : patients) {
            http.freshToken(p);
        }
        List<Write> writes = new ArrayList<>();
        for (int i = 0; i < WRITES; i++) {
            writes.add(new Write(
                    i,
                    patients.get(i % patients.size()),
                    "dur-" + run + "-" + i,
                    "durability " + run + " write " + i + " " + UUID.randomUUID()));
        }

        Outcome[] outcomes = new Outcome[WRITES];
        AtomicInteger acked = new AtomicInteger();
        int killAt = WRITES * KILL_AT_PERCENT / 100;
        CountDownLatch killNow = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(IN_FLIGHT);
        Instant firstSent = Instant.now();
        for (Write w : writes) {
            pool.execute(() -> {
                Outcome o = send(w);
                outcomes[w.index()] = o;
                if (o.status() / 100 == 2 && acked.incrementAndGet() >= killAt) {
                    killNow.countDown();
                }
            });
        }
        if (!killNow.await(5, TimeUnit.MINUTES)) {
            throw new IllegalStateException("only " + acked.get() + " writes acknowledged in 5 minutes");
        }
        long payaraPid = stack.payaraPid();
        long databasePid = stack.databasePid();
        stack.killPayara();
        int ackedAtKill = acked.get();
        Signals.send("QUIT", databasePid, false);
        boolean databaseGone = Signals.awaitExit(databasePid, 30);
        LOG.info(() -> "Killed Payara Micro (pid " + payaraPid + ", SIGKILL) after " + ackedAtKill
                + " acknowledged writes; PostgreSQL (pid " + databasePid + ") stopped with SIGQUIT");
        pool.shutdown();
        if (!pool.awaitTermination(5, TimeUnit.MINUTES)) {
            throw new IllegalStateException("writes still running 5 minutes after the kill");
        }
        Duration sending = Duration.between(firstSent, Instant.now());

        Instant restart = Instant.now();
        stack.stopDatabase(); // the server is gone already; this releases its lock on the data folder
        stack.startDatabase();
        stack.startPayara();
        Duration restarted = Duration.between(restart, Instant.now());
        LOG.info(() -> "PostgreSQL and Payara Micro restarted in " + restarted.toSeconds() + " s");

        // what the crash left: every acknowledged write, nothing half-stored
        Map<String, int[]> stored = stored(run);
        int answered = 0;
        int acknowledged = 0;
        int found = 0;
        int storedUnanswered = 0;
        for (Write w : writes) {
            Outcome o = outcomes[w.index()];
            int[] rows = stored.get(w.key());
            boolean present = rows != null && rows[0] >= 1 && rows[1] >= 1;
            if (o.status() > 0) {
                answered++;
                tally.record(
                        ANSWERED,
                        o.status() == 201 ? null : "write " + w.key() + " answered " + o.status() + " " + o.error());
            }
            if (o.status() / 100 == 2) {
                acknowledged++;
                if (present) {
                    found++;
                }
                tally.record(
                        ACKED,
                        present
                                ? null
                                : "write " + w.key() + " (" + w.user() + ") answered " + o.status()
                                        + " before the crash is not in the database");
            } else if (rows != null) {
                storedUnanswered++;
            }
        }
        for (Map.Entry<String, int[]> e : stored.entrySet()) {
            tally.record(
                    WHOLE,
                    e.getValue()[1] >= 1 ? null : "thread of write " + e.getKey() + " has no message of the patient");
        }

        // the client's retry of every write, with its own key
        int[] retryAnswers = new int[2];
        ExecutorService retries = Executors.newFixedThreadPool(8);
        List<String> retryFailures = new ArrayList<>();
        for (Write w : writes) {
            boolean before = stored.containsKey(w.key());
            retries.execute(() -> {
                Outcome o = send(w);
                int expected = before ? 200 : 201;
                synchronized (retryAnswers) {
                    retryAnswers[o.status() == 201 ? 1 : 0]++;
                }
                tally.record(
                        RETRIED,
                        o.status() == expected
                                ? null
                                : "retry of " + w.key() + " (" + (before ? "stored" : "not stored") + " before): "
                                        + o.status() + " " + o.error());
            });
        }
        retries.shutdown();
        if (!retries.awaitTermination(10, TimeUnit.MINUTES)) {
            retryFailures.add("retries still running after 10 minutes");
        }
        retryFailures.forEach(f -> tally.record(RETRIED, f));

        Map<String, int[]> after = stored(run);
        int duplicates = 0;
        for (Write w : writes) {
            int[] rows = after.get(w.key());
            int threads = rows == null ? 0 : rows[0];
            int messages = rows == null ? 0 : rows[1];
            duplicates += Math.max(0, threads - 1) + Math.max(0, messages - 1);
            tally.record(
                    ONCE,
                    threads == 1 && messages == 1
                            ? null
                            : "write " + w.key() + ": " + threads + " threads, " + messages + " messages");
        }
        int sameText = sameTextTwice(run);
        duplicates += sameText;
        if (sameText > 0) {
            tally.record(ONCE, sameText + " messages repeat another write's unique text");
        }

        tally.figure(String.format(
                "durability: %d writes sent (%d at a time) in %.1f s; %d answered, %d acknowledged (2xx); Payara"
                        + " killed (SIGKILL) at %d acknowledged, PostgreSQL stopped (SIGQUIT)%s; %d acknowledged"
                        + " writes found of %d; %d unanswered writes had been stored; restart of both took %d s;"
                        + " retries: %d answered 200 (already stored), %d answered 201; %d duplicates",
                WRITES,
                IN_FLIGHT,
                sending.toMillis() / 1000.0,
                answered,
                acknowledged,
                ackedAtKill,
                databaseGone ? "" : " (still running 30 s later)",
                found,
                acknowledged,
                storedUnanswered,
                restarted.toSeconds(),
                retryAnswers[0],
                retryAnswers[1],
                duplicates));
    }

    private Outcome send(Write w) {
        String body = "{\"subject\":" + Http.quote("Durability " + w.index()) + ",\"body\":" + Http.quote(w.marker())
                + ",\"idempotencyKey\":" + Http.quote(w.key()) + "}";
        try {
            HttpResponse<String> answer = http.send("POST", "/portal/api/threads", http.token(w.user()), body);
            return new Outcome(answer.statusCode(), Http.abbreviate(answer.body()));
        } catch (IOException e) {
            return new Outcome(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(-1, e.toString());
        } catch (RuntimeException e) {
            return new Outcome(-1, e.toString());
        }
    }

    /** Per idempotency key of this run: {threads, the patient's messages in them}. */
    private Map<String, int[]> stored(String run) throws SQLException {
        Map<String, int[]> rows = new HashMap<>();
        try (Connection c = campaign.owner();
                PreparedStatement s = c.prepareStatement("select t.idempotency_key, count(distinct t.id),"
                        + " count(m.id) from message_thread t left join message m on m.thread_id = t.id"
                        + " and m.author_role = 'PATIENT' where t.idempotency_key like ? group by t.idempotency_key")) {
            s.setString(1, "dur-" + run + "-%");
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.put(r.getString(1), new int[] {r.getInt(2), r.getInt(3)});
                }
            }
        }
        return rows;
    }

    /** Messages of this run whose unique text is stored more than once (whatever their keys). */
    private int sameTextTwice(String run) throws SQLException {
        try (Connection c = campaign.owner();
                PreparedStatement s =
                        c.prepareStatement("select count(*) - count(distinct body) from message where body like ?")) {
            s.setString(1, "durability " + run + " %");
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
