package org.thaw.deploy.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.thaw.deploy.Settings;

/** The figures of one run as Markdown: the machine, the data, each measure, the ratios and targets. */
final class Report {

    static final double DASHBOARD_RATIO_TARGET = 1.5;
    static final double DASHBOARD_MS_TARGET = 50;
    static final double EVALUATION_RATIO_TARGET = 1.2;

    private final Options o;
    private final Settings settings;
    Duration startup;
    Duration total;
    Map<String, String> database;
    DataGenerator.Generated generated;
    boolean pageAgrees;
    long caseloadTotal;
    int pageBytes;
    List<Samples> dashboard;
    /** Per kind of call: Payara CPU ms per call, wall ms per call. */
    Map<String, double[]> serverCpu;

    int serverCpuCalls;
    List<Samples> writes;
    Map<String, Integer> factsRows;
    int evidenceRows;
    List<Samples> evidenceGrowth;
    ConcurrentWriters.Outcome concurrent;
    Map<String, Long> before;
    Map<String, Long> after;
    List<String> hourlyCheckOverlaps;
    Map<String, Integer> warmups;
    String checkpoints;
    final List<String> firstCallRefusals = new ArrayList<>();
    String plans;

    Report(Options o, Settings settings) {
        this.o = o;
        this.settings = settings;
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("## Benchmark run, ").append(LocalDate.now(ZoneOffset.UTC)).append("\n\n");
        md.append("`./mvnw -Pbench package -DskipTests")
                .append(o.patients() == 10_000 ? "" : " -Dbench.patients=" + o.patients())
                .append(o.clinicians() == 200 ? "" : " -Dbench.clinicians=" + o.clinicians())
                .append(o.days() == 365 ? "" : " -Dbench.days=" + o.days())
                .append(o.iterations() == 500 ? "" : " -Dbench.iterations=" + o.iterations())
                .append(
                        o.measures().equals(Options.MEASURES)
                                ? ""
                                : " -Dbench.measures=" + String.join(",", o.measures()))
                .append("`: N = ")
                .append(o.patients())
                .append(" patients, M = ")
                .append(o.clinicians())
                .append(" clinicians, D = ")
                .append(o.days())
                .append(" days.");
        if (!warmups.isEmpty()) {
            md.append(" Each block of timed rounds: warm-up rounds until the")
                    .append(" first measure's median stopped improving (")
                    .append(warmups)
                    .append("), then ")
                    .append(o.iterations())
                    .append(" timed rounds, each measure once per round.");
        }
        if (o.runs("concurrent")) {
            md.append(" Concurrent writers: ")
                    .append(o.loadConnections())
                    .append(" connections, ")
                    .append(o.loadWarmupSeconds())
                    .append(" s warm-up at least, then ")
                    .append(Options.LOAD_WARMUP_BLOCK)
                    .append(" s more at a time while Payara's JIT compilers take ")
                    .append(Math.round(Options.LOAD_WARMUP_JIT_SHARE * 100))
                    .append(" % or more of its CPU, ")
                    .append(o.loadWarmupMaxSeconds())
                    .append(" s at most; each phase ")
                    .append(o.loadSettleSeconds())
                    .append(" s untimed + ")
                    .append(o.loadSeconds())
                    .append(" s timed.");
        }
        md.append(" Load average when the report was written: ")
                .append(ServerWatch.loadAverage())
                .append(".\n\n");

        md.append("### Machine\n\n| | |\n|---|---|\n");
        row(
                md,
                "CPU cores (seen by the JVM)",
                Integer.toString(Runtime.getRuntime().availableProcessors()));
        row(md, "CPU", cpuModel());
        row(
                md,
                "OS",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                        + System.getProperty("os.arch") + ")");
        row(md, "Java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        row(
                md,
                "Heaps",
                "Payara Micro -Xmx" + settings.payaraHeap() + " (serial GC), Keycloak -Xmx512m, benchmark client "
                        + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB (the build's JVM)");
        row(
                md,
                "PostgreSQL",
                "embedded, " + database.get("server_version") + "; shared_buffers " + database.get("shared_buffers")
                        + ", work_mem " + database.get("work_mem") + ", effective_cache_size "
                        + database.get("effective_cache_size")
                        + ", random_page_cost " + database.get("random_page_cost") + ", synchronous_commit "
                        + database.get("synchronous_commit") + ", fsync " + database.get("fsync"));
        row(
                md,
                "Everything on one machine",
                "client, Payara, Keycloak and PostgreSQL share the cores; calls over loopback");
        md.append('\n');

        md.append("### Data\n\n| | |\n|---|---|\n");
        generated.counts().forEach((k, v) -> row(md, k, String.format(Locale.ROOT, "%,d", v)));
        md.append('\n');
        md.append("Numbness of all entries: ").append(generated.numbness()).append(".\n\n");
        md.append("Stack start: ")
                .append(Benchmark.seconds(startup))
                .append("; data generation: ")
                .append(Benchmark.seconds(generated.total()))
                .append(" (");
        StringBuilder phases = new StringBuilder();
        generated.phases().forEach((k, v) -> {
            if (!k.startsWith("journal, days")) {
                phases.append(phases.length() == 0 ? "" : ", ")
                        .append(k)
                        .append(' ')
                        .append(Benchmark.seconds(v));
            }
        });
        Duration journal = generated.phases().entrySet().stream()
                .filter(e -> e.getKey().startsWith("journal, days"))
                .map(Map.Entry::getValue)
                .reduce(Duration.ZERO, Duration::plus);
        md.append("journal ")
                .append(Benchmark.seconds(journal))
                .append(", ")
                .append(phases)
                .append(").\n\n");

        if (dashboard != null) {
            dashboard(md);
        }
        if (writes != null) {
            writes(md);
        }
        if (concurrent != null) {
            ConcurrentReport.append(md, concurrent);
        }
        md.append("PostgreSQL checkpoints while measuring: ")
                .append(checkpoints)
                .append(".\n\n");
        if (!firstCallRefusals.isEmpty()) {
            md.append("Note: the first caseload call was refused before it succeeded (retried every 2 s): ")
                    .append(String.join("; ", firstCallRefusals))
                    .append(".\n\n");
        }
        if (!hourlyCheckOverlaps.isEmpty()) {
            md.append("Note: the clinician app's hourly flag check (minute 7) ran during: ")
                    .append(String.join(", ", hourlyCheckOverlaps))
                    .append(" (a few samples may include it).\n\n");
        }
        md.append("Whole run: ")
                .append(Benchmark.seconds(total))
                .append(" (stack start, generation, measurements; the stop follows).\n");
        return md.toString();
    }

    private void dashboard(StringBuilder md) {
        md.append("### Dashboard: first page of dr.rivera's caseload (")
                .append(caseloadTotal)
                .append(" patients, ")
                .append(Benchmark.PAGE_SIZE)
                .append(" a page, triage order)\n\n");
        table(md, dashboard);
        Samples rest = dashboard.get(0);
        Samples page = dashboard.get(1);
        Samples both = dashboard.get(2);
        Samples query = dashboard.get(6);
        double ratio = query.median() / both.median();
        md.append("- The dashboard's query through the application (Hibernate) ÷ the same count + page as raw SQL: **")
                .append(x(ratio))
                .append("**")
                .append(interval(query, both))
                .append(" (target ≤ ")
                .append(DASHBOARD_RATIO_TARGET)
                .append("×): ")
                .append(met(ratio <= DASHBOARD_RATIO_TARGET))
                .append('\n');
        md.append("- The same ÷ the page statement alone: ")
                .append(x(query.median() / page.median()))
                .append(interval(query, page))
                .append('\n');
        md.append("- The whole REST call ÷ the page statement: ")
                .append(x(rest.median() / page.median()))
                .append(interval(rest, page))
                .append("; ÷ count + page: ")
                .append(x(rest.median() / both.median()))
                .append(" (the fixed cost of an audited REST call is in it, see below)\n");
        md.append("- REST median: **")
                .append(ms(rest.median()))
                .append(" ms** (target < ")
                .append((int) DASHBOARD_MS_TARGET)
                .append(" ms): ")
                .append(met(rest.median() < DASHBOARD_MS_TARGET))
                .append('\n');
        md.append("- The SQL copy returns the same patients in the same order and the same total as the REST call: ")
                .append(pageAgrees ? "yes" : "**no** (the copy no longer matches Caseload)")
                .append("; the JSON page is ")
                .append(pageBytes)
                .append(" bytes.\n\n");

        md.append("Where a REST call's time goes: the application server's own CPU per call, measured over ")
                .append(serverCpuCalls)
                .append(" calls of each kind in a row (Payara's process CPU time ÷ calls; wall time ÷ calls):\n\n")
                .append("| call | Payara CPU ms per call | wall ms per call |\n|---|---:|---:|\n");
        serverCpu.forEach((k, v) -> md.append("| ")
                .append(k)
                .append(" | ")
                .append(ms(v[0]))
                .append(" | ")
                .append(ms(v[1]))
                .append(" |\n"));
        md.append('\n');
    }

    private void writes(StringBuilder md) {
        md.append("### Journal write and flag evaluation (PUT /portal/api/journal/{today}, same numb check-in)\n\n");
        table(md, writes);
        Samples alexPut = writes.get(0);
        Samples erinPut = writes.get(1);
        Samples blairPut = writes.get(2);
        double evaluation = alexPut.median() / erinPut.median();
        md.append("- alex (")
                .append(o.days())
                .append(" days) ÷ erin (1 day), REST medians: **")
                .append(x(evaluation))
                .append("**")
                .append(interval(alexPut, erinPut))
                .append(" (target ≤ ")
                .append(EVALUATION_RATIO_TARGET)
                .append("×): ")
                .append(met(evaluation <= EVALUATION_RATIO_TARGET))
                .append('\n');
        md.append("- blair (")
                .append(o.days())
                .append(" days, no rule fires) ÷ erin (1 day), REST medians: ")
                .append(x(blairPut.median() / erinPut.median()))
                .append(interval(blairPut, erinPut))
                .append('\n');
        md.append("- engine reads over JDBC, alex ÷ erin: ")
                .append(x(writes.get(3).median() / writes.get(4).median()))
                .append(interval(writes.get(3), writes.get(4)))
                .append("; blair ÷ erin: ")
                .append(x(writes.get(5).median() / writes.get(4).median()))
                .append(interval(writes.get(5), writes.get(4)))
                .append('\n');
        md.append("- journal rows the engine's facts query reads per write (widest window, 14 days): alex ")
                .append(factsRows.get("alex"))
                .append(", blair ")
                .append(factsRows.get("blair"))
                .append(", erin ")
                .append(factsRows.get("erin"))
                .append('\n');
        md.append("- entries before the writes: ")
                .append(before)
                .append("; after: ")
                .append(after)
                .append("\n\n");

        md.append("### What could grow: an open flag's evidence\n\n");
        md.append(
                        "alex's PERSISTENT_NUMBNESS flag given one evidence row per day of the year (as if acknowledged but left open), ")
                .append(evidenceRows)
                .append(" rows; same rounds with erin:\n\n");
        table(md, evidenceGrowth);
        md.append("- alex with ")
                .append(evidenceRows)
                .append(" evidence rows ÷ erin, REST medians: ")
                .append(x(evidenceGrowth.get(0).median() / evidenceGrowth.get(1).median()))
                .append(interval(evidenceGrowth.get(0), evidenceGrowth.get(1)))
                .append("\n\n");
    }

    private static void table(StringBuilder md, List<Samples> samples) {
        md.append("| measure | n | min ms | median ms | p95 ms | max ms |\n|---|---:|---:|---:|---:|---:|\n");
        for (Samples s : samples) {
            md.append("| ")
                    .append(s.name())
                    .append(" | ")
                    .append(s.count())
                    .append(" | ")
                    .append(ms(s.min()))
                    .append(" | ")
                    .append(ms(s.median()))
                    .append(" | ")
                    .append(ms(s.p95()))
                    .append(" | ")
                    .append(ms(s.max()))
                    .append(" |\n");
        }
        md.append('\n');
    }

    private static void row(StringBuilder md, String key, String value) {
        md.append("| ").append(key).append(" | ").append(value).append(" |\n");
    }

    private static String ms(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String x(double ratio) {
        return String.format(Locale.ROOT, "%.2f×", ratio);
    }

    private static String interval(Samples a, Samples b) {
        double[] ci = a.medianRatioInterval(b);
        return String.format(Locale.ROOT, " (95 %% bootstrap interval %.2f–%.2f)", ci[0], ci[1]);
    }

    private static String met(boolean met) {
        return met ? "met" : "**missed**";
    }

    private static String cpuModel() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        try {
            if (Files.isReadable(cpuinfo)) {
                return Files.readAllLines(cpuinfo).stream()
                        .filter(l -> l.startsWith("model name"))
                        .map(l -> l.substring(l.indexOf(':') + 1).trim())
                        .findFirst()
                        .orElse("unknown");
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or not readable: the core count says enough
        }
        return "unknown";
    }
}
