package org.thaw.deploy.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;

/**
 * A closed-loop load: {@code connections} threads, each with one keep-alive connection, each
 * sending its next request as soon as the last one was answered. The first {@code settle} is not
 * counted (connections open, the server's pools fill); requests answered within the following
 * {@code timed} window are the measure: their count over the window is the rate, their latencies
 * (from the request's first byte written to the answer's last byte read) give p50 and p99.
 *
 * <p>Every answer is checked: a status outside the script's expected ones, or a failed exchange, is
 * an error, counted (timed or not) and the first few kept for the report.
 */
final class ClosedLoop {

    /** What each connection sends and how each answer is checked. */
    interface Script {
        /** The whole request (see {@link HttpConnection#request}) of connection {@code c}'s {@code n}-th call. */
        byte[] request(int c, long n);

        /** True when the answer is what the call should get (the status at least). */
        boolean accepts(int c, long n, HttpConnection.Answer answer);
    }

    /** One run's figures. */
    record Result(
            String name,
            int connections,
            Duration timed,
            Samples latencies,
            long answeredTimed,
            long answeredAll,
            long errors,
            Map<Integer, Long> statuses,
            List<String> firstErrors,
            int connectionsOpened,
            int resent) {

        double rate() {
            return answeredTimed / (timed.toNanos() / 1e9);
        }
    }

    private static final int KEPT_ERRORS = 5;

    private ClosedLoop() {}

    static Result run(
            String name, String host, int port, int connections, Duration settle, Duration timed, Script script)
            throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(connections);
        CountDownLatch go = new CountDownLatch(1);
        Worker[] workers = new Worker[connections];
        Thread[] threads = new Thread[connections];
        long[] window = new long[2];
        for (int c = 0; c < connections; c++) {
            Worker w = new Worker(c, new HttpConnection(host, port, 30_000), script, ready, go, window);
            workers[c] = w;
            threads[c] = new Thread(w, "load-" + name + "-" + c);
            threads[c].setDaemon(true);
            threads[c].start();
        }
        ready.await();
        long start = System.nanoTime();
        window[0] = start + settle.toNanos();
        window[1] = window[0] + timed.toNanos();
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        long[] all = new long[Arrays.stream(workers).mapToInt(w -> w.count).sum()];
        int k = 0;
        long answeredAll = 0;
        long errors = 0;
        int opened = 0;
        int resent = 0;
        Map<Integer, Long> statuses = new TreeMap<>();
        List<String> firstErrors = new ArrayList<>();
        for (Worker w : workers) {
            System.arraycopy(w.latencies, 0, all, k, w.count);
            k += w.count;
            answeredAll += w.answered;
            errors += w.errors;
            opened += w.connection.opened();
            resent += w.connection.resent();
            w.statuses.forEach((s, n) -> statuses.merge(s, n, Long::sum));
            for (String e : w.firstErrors) {
                if (firstErrors.size() < KEPT_ERRORS) {
                    firstErrors.add(e);
                }
            }
        }
        return new Result(
                name,
                connections,
                timed,
                Samples.of(name, all),
                all.length,
                answeredAll,
                errors,
                Collections.unmodifiableMap(statuses),
                List.copyOf(firstErrors),
                opened,
                resent);
    }

    private static final class Worker implements Runnable {
        private final int c;
        private final HttpConnection connection;
        private final Script script;
        private final CountDownLatch ready;
        private final CountDownLatch go;
        private final long[] window;
        private long[] latencies = new long[4096];
        private int count;
        private long answered;
        private long errors;
        private final Map<Integer, Long> statuses = new TreeMap<>();
        private final List<String> firstErrors = new ArrayList<>();

        Worker(
                int c,
                HttpConnection connection,
                Script script,
                CountDownLatch ready,
                CountDownLatch go,
                long[] window) {
            this.c = c;
            this.connection = connection;
            this.script = script;
            this.ready = ready;
            this.go = go;
            this.window = window;
        }

        @Override
        public void run() {
            ready.countDown();
            try {
                go.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            long from = window[0];
            long to = window[1];
            try {
                for (long n = 0; ; n++) {
                    byte[] request = script.request(c, n);
                    long t0 = System.nanoTime();
                    if (t0 >= to) {
                        break;
                    }
                    boolean ok;
                    String problem = null;
                    try {
                        HttpConnection.Answer answer = connection.exchange(request);
                        statuses.merge(answer.status(), 1L, Long::sum);
                        ok = script.accepts(c, n, answer);
                        if (!ok) {
                            problem = answer.status() + " " + abbreviate(answer.body());
                        }
                    } catch (IOException | RuntimeException e) {
                        ok = false;
                        problem = e.getClass().getSimpleName() + ": " + e.getMessage();
                        statuses.merge(0, 1L, Long::sum);
                    }
                    long t1 = System.nanoTime();
                    answered++;
                    if (!ok) {
                        errors++;
                        if (firstErrors.size() < KEPT_ERRORS) {
                            firstErrors.add(problem);
                        }
                    }
                    if (t1 >= from && t1 < to) {
                        if (count == latencies.length) {
                            latencies = Arrays.copyOf(latencies, count * 2);
                        }
                        latencies[count++] = t1 - t0;
                    }
                }
            } finally {
                connection.close();
            }
        }

        private static String abbreviate(String body) {
            String b = body == null ? "" : body.replaceAll("\\s+", " ");
            return b.length() <= 200 ? b : b.substring(0, 200) + "…";
        }
    }
}
