package org.thaw.deploy.bench;

import java.util.Locale;
import java.util.Map;

/** The concurrent writers' part of the report: each phase, the machine meanwhile, the targets. */
final class ConcurrentReport {

    static final double WRITES_PER_SECOND_TARGET = 300;
    static final double P99_MS_TARGET = 250;
    static final double FLOOR_RATIO_TARGET = 0.5;
    static final double HEAP_MB_LIMIT = 512;

    private ConcurrentReport() {}

    static void append(StringBuilder md, ConcurrentWriters.Outcome c) {
        int cores = Runtime.getRuntime().availableProcessors();
        md.append("### Concurrent writers: ").append(c.connections()).append(" closed-loop connections\n\n");
        md.append(c.accounts())
                .append(" generated patients got Keycloak accounts through the admin REST API (")
                .append(Benchmark.seconds(c.accountsTook()))
                .append("); each connection signs in as one of them. ")
                .append(c.pool())
                .append(". Each phase: its first seconds untimed, then the timed window; a connection sends")
                .append(" its next request when the last one was answered.\n\n");
        md.append("| phase | timed requests | rate /s | p50 ms | p99 ms | max ms | errors / answered |"
                + " statuses | Payara CPU ms/req | PostgreSQL CPU ms/req | app DB connections max (active) |"
                + " audit rows / answered | database transactions per answer | Payara's log: pool waits past 2 s / statements cut at 2 s /"
                + " closed connections used |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|\n");
        for (ConcurrentWriters.Phase p : c.phases()) {
            ClosedLoop.Result r = p.load();
            boolean timed = r.latencies().count() > 0;
            md.append("| ")
                    .append(r.name())
                    .append(" | ")
                    .append(r.answeredTimed())
                    .append(" | ")
                    .append(timed ? f1(r.rate()) : "–")
                    .append(" | ")
                    .append(timed ? f1(r.latencies().median()) : "–")
                    .append(" | ")
                    .append(timed ? f1(r.latencies().percentile(99)) : "–")
                    .append(" | ")
                    .append(timed ? f1(r.latencies().max()) : "–")
                    .append(" | ")
                    .append(r.errors())
                    .append(" / ")
                    .append(r.answeredAll())
                    .append(" | ")
                    .append(statuses(r.statuses()))
                    .append(" | ")
                    .append(f2(p.server().payaraCpuSeconds() * 1000 / Math.max(1, r.answeredAll())))
                    .append(" | ")
                    .append(f2(p.server().databaseCpuSeconds() * 1000 / Math.max(1, r.answeredAll())))
                    .append(" | ")
                    .append(p.appConnectionsMax())
                    .append(" (")
                    .append(p.appConnectionsActiveMax())
                    .append(") | ")
                    .append(p.auditRows())
                    .append(" / ")
                    .append(r.answeredAll())
                    .append(" | ")
                    .append(f2((double) p.transactions() / Math.max(1, r.answeredAll())))
                    .append(" | ")
                    .append(p.poolTimeouts())
                    .append(" / ")
                    .append(p.statementTimeouts())
                    .append(" / ")
                    .append(p.closedConnections())
                    .append(" |\n");
        }
        md.append('\n');
        md.append("The machine during each phase (")
                .append(cores)
                .append(" cores; \"others\" is the CPU the machine spent beyond Payara, PostgreSQL and this client:")
                .append(" Keycloak, jstat and every other program on it; \"JIT\" is the CPU of Payara's JIT compiler")
                .append(
                        " threads, part of Payara's CPU that serves no request and shows a server still warming up):\n\n");
        md.append(
                "| phase | wall s | Payara heap used max MB (committed) | GC share | young / full GCs |"
                        + " Payara's JIT CPU s (share of Payara's CPU) | machine busy | others' CPU | load average before → after |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (ConcurrentWriters.Phase p : c.phases()) {
            ServerWatch.Figures s = p.server();
            double wall = s.wall().toNanos() / 1e9;
            md.append("| ")
                    .append(p.load().name())
                    .append(" | ")
                    .append(f1(wall))
                    .append(" | ")
                    .append(f1(s.heapMaxMb()))
                    .append(" (")
                    .append(f1(s.heapCommittedMaxMb()))
                    .append(") | ")
                    .append(pct(s.gcShare()))
                    .append(" | ")
                    .append(s.youngGcs())
                    .append(" / ")
                    .append(s.fullGcs())
                    .append(" | ")
                    .append(f1(s.jitCpuSeconds()))
                    .append(" (")
                    .append(pct(s.jitShare()))
                    .append(") | ")
                    .append(pct(s.machineBusySeconds() / wall / cores))
                    .append(" | ")
                    .append(pct(s.othersCpuSeconds() / wall / cores))
                    .append(" | ")
                    .append(s.loadBefore())
                    .append(" → ")
                    .append(s.loadAfter())
                    .append(" |\n");
        }
        md.append('\n');

        ConcurrentWriters.Phase writes = c.phase(ConcurrentWriters.WRITES);
        ConcurrentWriters.Phase floor = c.phase(ConcurrentWriters.FLOOR);
        ConcurrentWriters.Phase floorAgain = c.phase(ConcurrentWriters.FLOOR_AGAIN);
        ConcurrentWriters.Phase contention = c.phase(ConcurrentWriters.CONTENTION);
        double floorRate = (floor.load().rate() + floorAgain.load().rate()) / 2;
        double writeRate = writes.load().rate();
        double p99 = writes.load().latencies().percentile(99);
        double ratio = writeRate / floorRate;
        double heapMax = c.phases().stream()
                .mapToDouble(p -> p.server().heapMaxMb())
                .max()
                .orElse(0);
        double gcMax = c.phases().stream()
                .filter(p -> !p.load().name().startsWith(ConcurrentWriters.WARMUP))
                .mapToDouble(p -> p.server().gcShare())
                .max()
                .orElse(0);
        long contentionOther = contention.load().statuses().entrySet().stream()
                .filter(e -> e.getKey() != 200 && e.getKey() != 201)
                .mapToLong(Map.Entry::getValue)
                .sum();
        long poolTimeouts = c.phases().stream()
                .mapToLong(ConcurrentWriters.Phase::poolTimeouts)
                .sum();
        long statementTimeouts = c.phases().stream()
                .mapToLong(ConcurrentWriters.Phase::statementTimeouts)
                .sum();
        long closed = c.phases().stream()
                .mapToLong(ConcurrentWriters.Phase::closedConnections)
                .sum();

        md.append("| target | figure | |\n|---|---|---|\n");
        target(
                md,
                "≥ " + (int) WRITES_PER_SECOND_TARGET + " journal writes/s, own day, for "
                        + writes.load().timed().toSeconds() + " s",
                f1(writeRate) + " /s",
                writeRate >= WRITES_PER_SECOND_TARGET);
        target(
                md,
                "p99 ≤ " + (int) P99_MS_TARGET + " ms",
                f1(p99) + " ms (p50 " + f1(writes.load().latencies().median()) + " ms)",
                p99 <= P99_MS_TARGET);
        target(
                md,
                "0 errors (writes)",
                writes.load().errors() + " of " + writes.load().answeredAll(),
                writes.load().errors() == 0);
        target(
                md,
                "writes ≥ " + FLOOR_RATIO_TARGET + "× the floor (GET /me, same run)",
                f1(writeRate) + " ÷ " + f1(floorRate) + " = **" + f2(ratio) + "×** (floor before "
                        + f1(floor.load().rate()) + ", after "
                        + f1(floorAgain.load().rate()) + ")",
                ratio >= FLOOR_RATIO_TARGET);
        target(
                md,
                "contention: 0 errors, every answer 200 or 201, each echoing its own write",
                contention.load().errors() + " errors, " + contentionOther + " other statuses, "
                        + c.contendedEchoMismatches() + " answers not echoing their write, of "
                        + contention.load().answeredAll(),
                contention.load().errors() == 0 && contentionOther == 0 && c.contendedEchoMismatches() == 0);
        target(
                md,
                "contention: the stored entry is one of the writes, one row for the day",
                String.join(
                        "; ",
                        c.contended().entrySet().stream()
                                .map(e -> e.getKey() + ": " + e.getValue())
                                .toList()),
                c.contendedStoredOneOfWrites() && c.contendedOneRowPerDay());
        target(
                md,
                "Payara heap ≤ " + (int) HEAP_MB_LIMIT + " MB (-Xmx512m), GC share shown",
                "used at most " + f1(heapMax) + " MB; GC at most " + pct(gcMax) + " of a timed phase's wall time",
                heapMax <= HEAP_MB_LIMIT);
        target(
                md,
                "no connection-pool exhaustion (a wait over 2 s for a connection fails the call)",
                poolTimeouts + " waits past the limit in Payara's log, all phases; app connections at most "
                        + c.phases().stream()
                                .mapToInt(ConcurrentWriters.Phase::appConnectionsMax)
                                .max()
                                .orElse(0)
                        + " (both wars' pools and their replacements); besides: " + statementTimeouts
                        + " statements cut by the 2 s socket timeout, " + closed
                        + " uses of a connection the pool had closed after such a failure",
                poolTimeouts == 0);
        md.append('\n');
        for (ConcurrentWriters.Phase p : c.phases()) {
            if (!p.load().firstErrors().isEmpty()) {
                md.append("First errors of ")
                        .append(p.load().name())
                        .append(": ")
                        .append(String.join("; ", p.load().firstErrors()))
                        .append("\n\n");
            }
            if (p.load().resent() > 0 || p.load().connectionsOpened() > p.load().connections()) {
                md.append(p.load().name())
                        .append(": ")
                        .append(p.load().connectionsOpened())
                        .append(" connections opened for ")
                        .append(p.load().connections())
                        .append(" (the server ends a keep-alive connection after a number of requests); ")
                        .append(p.load().resent())
                        .append(" requests sent again on a new connection after the idle one was closed.\n\n");
            }
        }
    }

    private static void target(StringBuilder md, String target, String figure, boolean met) {
        md.append("| ")
                .append(target)
                .append(" | ")
                .append(figure)
                .append(" | ")
                .append(met ? "met" : "**missed**")
                .append(" |\n");
    }

    private static String statuses(Map<Integer, Long> statuses) {
        StringBuilder sb = new StringBuilder();
        statuses.forEach((s, n) -> sb.append(sb.length() == 0 ? "" : ", ")
                .append(s == 0 ? "failed" : s.toString())
                .append(": ")
                .append(n));
        return sb.toString();
    }

    private static String f1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String f2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String pct(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }
}
