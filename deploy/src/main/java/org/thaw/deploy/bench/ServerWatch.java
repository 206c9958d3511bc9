package org.thaw.deploy.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the machine and the servers did during one load phase: Payara's heap (sampled twice a
 * second with the JDK's {@code jstat}) and its garbage collectors' time, the CPU time of Payara (and
 * of its JIT compiler threads among it) and of PostgreSQL (the postmaster and its backends), the
 * CPU the whole machine spent (from {@code /proc/stat}) and so what other programs on it took, and
 * the load average before and after.
 */
final class ServerWatch implements AutoCloseable {

    /** The figures of one phase. */
    record Figures(
            Duration wall,
            double payaraCpuSeconds,
            double jitCpuSeconds,
            double databaseCpuSeconds,
            double benchCpuSeconds,
            double machineBusySeconds,
            double heapMaxMb,
            double heapCommittedMaxMb,
            double gcSeconds,
            long youngGcs,
            long fullGcs,
            String loadBefore,
            String loadAfter) {

        double gcShare() {
            return gcSeconds / (wall.toNanos() / 1e9);
        }

        /** The share of Payara's CPU its JIT compiler threads took. */
        double jitShare() {
            return payaraCpuSeconds > 0 ? jitCpuSeconds / payaraCpuSeconds : 0;
        }

        /** CPU seconds the machine spent beyond Payara, PostgreSQL and this client: other programs, Keycloak. */
        double othersCpuSeconds() {
            return Math.max(0, machineBusySeconds - payaraCpuSeconds - databaseCpuSeconds - benchCpuSeconds);
        }
    }

    private final long payaraPid;
    private final long databasePid;
    private final long t0;
    private final double payaraCpu0;
    private final Map<Long, Double> jitCpu0;
    private final Map<Long, Double> databaseCpu0;
    private final double benchCpu0;
    private final long[] machine0;
    private final String loadBefore;
    private final Process jstat;
    private final Thread reader;
    private final List<double[]> heap = new ArrayList<>();

    private ServerWatch(long payaraPid, long databasePid) throws IOException {
        this.payaraPid = payaraPid;
        this.databasePid = databasePid;
        this.loadBefore = loadAverage();
        this.payaraCpu0 = cpuSeconds(payaraPid);
        this.jitCpu0 = compilerThreadsCpu(payaraPid);
        this.databaseCpu0 = treeCpu(databasePid);
        this.benchCpu0 = cpuSeconds(ProcessHandle.current().pid());
        this.machine0 = machine();
        Path jstatCommand = Path.of(System.getProperty("java.home"), "bin", "jstat");
        this.jstat = new ProcessBuilder(jstatCommand.toString(), "-gc", Long.toString(payaraPid), "500")
                .redirectErrorStream(true)
                .start();
        this.reader = new Thread(this::readJstat, "jstat-reader");
        this.reader.setDaemon(true);
        this.reader.start();
        this.t0 = System.nanoTime();
    }

    static ServerWatch start(long payaraPid, long databasePid) throws IOException {
        return new ServerWatch(payaraPid, databasePid);
    }

    /** Ends the watch and gives its figures. */
    Figures stop() throws InterruptedException {
        long wall = System.nanoTime() - t0;
        double payara = cpuSeconds(payaraPid) - payaraCpu0;
        double jit = 0;
        for (Map.Entry<Long, Double> e : compilerThreadsCpu(payaraPid).entrySet()) {
            jit += e.getValue() - jitCpu0.getOrDefault(e.getKey(), 0.0);
        }
        double database = 0;
        for (Map.Entry<Long, Double> e : treeCpu(databasePid).entrySet()) {
            database += e.getValue() - databaseCpu0.getOrDefault(e.getKey(), 0.0);
        }
        double bench = cpuSeconds(ProcessHandle.current().pid()) - benchCpu0;
        long[] machine1 = machine();
        double busy = (machine1[0] - machine0[0]) / (double) clockTicks();
        // one more sample after the phase, then stop jstat
        Thread.sleep(600);
        jstat.destroy();
        reader.join(2000);
        double heapMax = 0;
        double committedMax = 0;
        double gcFirst = Double.NaN;
        double gcLast = Double.NaN;
        long yFirst = 0;
        long yLast = 0;
        long fFirst = 0;
        long fLast = 0;
        synchronized (heap) {
            for (double[] h : heap) {
                heapMax = Math.max(heapMax, h[0]);
                committedMax = Math.max(committedMax, h[1]);
            }
            if (!heap.isEmpty()) {
                double[] first = heap.get(0);
                double[] last = heap.get(heap.size() - 1);
                gcFirst = first[2];
                gcLast = last[2];
                yFirst = (long) first[3];
                yLast = (long) last[3];
                fFirst = (long) first[4];
                fLast = (long) last[4];
            }
        }
        return new Figures(
                Duration.ofNanos(wall),
                payara,
                jit,
                database,
                bench,
                busy,
                heapMax / 1024,
                committedMax / 1024,
                Double.isNaN(gcFirst) ? 0 : gcLast - gcFirst,
                yLast - yFirst,
                fLast - fFirst,
                loadBefore,
                loadAverage());
    }

    @Override
    public void close() {
        jstat.destroy();
    }

    /** Reads jstat's lines: used KB (survivors, eden, old), committed KB, total GC seconds, young and full counts. */
    private void readJstat() {
        try (BufferedReader r =
                new BufferedReader(new InputStreamReader(jstat.getInputStream(), StandardCharsets.UTF_8))) {
            String[] header = null;
            String line;
            while ((line = r.readLine()) != null) {
                String[] cells = line.trim().split("\\s+");
                if (cells.length > 0 && cells[0].equals("S0C")) {
                    header = cells;
                    continue;
                }
                if (header == null || cells.length != header.length) {
                    continue;
                }
                List<String> names = Arrays.asList(header);
                try {
                    double used = value(names, cells, "S0U")
                            + value(names, cells, "S1U")
                            + value(names, cells, "EU")
                            + value(names, cells, "OU");
                    double committed = value(names, cells, "S0C")
                            + value(names, cells, "S1C")
                            + value(names, cells, "EC")
                            + value(names, cells, "OC");
                    double[] sample = {
                        used,
                        committed,
                        value(names, cells, "GCT"),
                        value(names, cells, "YGC"),
                        value(names, cells, "FGC")
                    };
                    synchronized (heap) {
                        heap.add(sample);
                    }
                } catch (NumberFormatException notANumber) {
                    // a column jstat left empty ("-"): skip the line
                }
            }
        } catch (IOException ended) {
            // jstat was stopped
        }
    }

    private static double value(List<String> names, String[] cells, String name) {
        int i = names.indexOf(name);
        return i < 0 ? 0 : Double.parseDouble(cells[i]);
    }

    /** CPU seconds of a process. */
    private static double cpuSeconds(long pid) {
        return pid <= 0 ? 0 : ProcessHandle.of(pid).map(ServerWatch::cpu).orElse(0.0);
    }

    /**
     * CPU seconds of a process and each of its descendants (PostgreSQL's backends), by process id:
     * a backend that ends during the phase takes its time with it (the figure is then low, never
     * negative).
     */
    private static Map<Long, Double> treeCpu(long pid) {
        Map<Long, Double> cpu = new HashMap<>();
        if (pid <= 0) {
            return cpu;
        }
        ProcessHandle.of(pid).ifPresent(p -> {
            cpu.put(p.pid(), cpu(p));
            p.descendants().forEach(d -> cpu.put(d.pid(), cpu(d)));
        });
        return cpu;
    }

    /**
     * CPU seconds of each of the JVM's JIT compiler threads (C1, C2), by thread id, from
     * /proc/{pid}/task: part of Payara's CPU that serves no request, high while the server is still
     * compiling its hot paths. A compiler thread the JVM ends during the phase takes its time with
     * it (the figure is then low, never negative).
     */
    static Map<Long, Double> compilerThreadsCpu(long pid) {
        Map<Long, Double> cpu = new HashMap<>();
        if (pid <= 0) {
            return cpu;
        }
        try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            tasks.forEach(task -> {
                try {
                    String comm = Files.readString(task.resolve("comm")).trim();
                    if (!comm.startsWith("C1 Compiler") && !comm.startsWith("C2 Compiler")) {
                        return;
                    }
                    String stat = Files.readString(task.resolve("stat"));
                    // the fields after the name in parentheses: state is the 3rd, utime the 14th, stime the 15th
                    String[] f =
                            stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
                    long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    cpu.put(Long.parseLong(task.getFileName().toString()), ticks / (double) clockTicks());
                } catch (IOException | RuntimeException gone) {
                    // the thread ended while being read
                }
            });
        } catch (IOException | RuntimeException notLinux) {
            // no /proc: the figure stays 0
        }
        return cpu;
    }

    private static double cpu(ProcessHandle p) {
        return p.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
    }

    /** Busy and total jiffies of the whole machine, from the first line of /proc/stat. */
    private static long[] machine() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < Math.min(f.length, 9); i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException notLinux) {
            return new long[] {0, 0};
        }
    }

    private static long clockTicks() {
        return 100;
    }

    /** The 1-, 5- and 15-minute load averages, as {@code uptime} shows them. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + ", " + f[1] + ", " + f[2];
        } catch (IOException | RuntimeException notLinux) {
            return "unknown";
        }
    }
}
