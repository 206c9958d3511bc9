package org.thaw.deploy.bench;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The benchmark's options, from system properties ({@code -Dbench.patients=2000} on the Maven
 * command line): the size of the practice, how many timed calls, and the ports of its own stack
 * (never the local defaults nor the end-to-end tests').
 *
 * @param patients generated patients (10,000)
 * @param clinicians clinicians, dr.rivera included (200)
 * @param days days of journal history (365)
 * @param team generated patients on dr.rivera's team (50)
 * @param iterations timed calls per measure (500)
 * @param warmup untimed rounds at least (1,000) before the timed ones; more, in blocks of {@value
 *     #WARMUP_BLOCK}, until the lead call's median stops improving (the app server's JIT takes
 *     thousands of calls to settle), at most {@code warmupMax}
 * @param warmupMax untimed rounds at most (6000)
 * @param measures the blocks to run, of {@code dashboard}, {@code writes} and {@code concurrent}
 *     (all three)
 * @param loadConnections closed-loop connections of the concurrent block (50)
 * @param loadPatients generated patients given Keycloak accounts, one per connection (50)
 * @param loadSeconds the timed window of each concurrent phase (30)
 * @param loadSettleSeconds untimed seconds at the start of each concurrent phase (5)
 * @param loadWarmupSeconds the concurrent block's warm-up at least (90); more, in blocks of {@value
 *     #LOAD_WARMUP_BLOCK} s, while Payara's JIT compiler threads take {@value #LOAD_WARMUP_JIT_SHARE}
 *     or more of its CPU, at most {@code loadWarmupMaxSeconds}
 * @param loadWarmupMaxSeconds the concurrent block's warm-up at most (300)
 * @param jfr record Payara with the JDK's flight recorder during the concurrent writes phase, into
 *     {@code writes.jfr} beside the report (off: the recording costs the server some CPU)
 */
record Options(
        int patients,
        int clinicians,
        int days,
        int team,
        int iterations,
        int warmup,
        int warmupMax,
        int httpPort,
        int keycloakPort,
        int dbPort,
        double seed,
        Set<String> measures,
        int loadConnections,
        int loadPatients,
        int loadSeconds,
        int loadSettleSeconds,
        int loadWarmupSeconds,
        int loadWarmupMaxSeconds,
        boolean jfr) {

    static final Set<String> MEASURES = Set.of("dashboard", "writes", "concurrent");

    static final int WARMUP_BLOCK = 250;
    /** Seconds of one more concurrent warm-up block. */
    static final int LOAD_WARMUP_BLOCK = 30;
    /** The share of Payara's CPU its JIT compilers may take in a warm-up block that ends the warm-up. */
    static final double LOAD_WARMUP_JIT_SHARE = 0.08;
    /** A block improves when its median is this much below the best so far. */
    static final double WARMUP_GAIN = 0.02;
    /** The warm-up ends after this many blocks in a row without improving. */
    static final int WARMUP_FLAT_BLOCKS = 3;

    static Options fromSystemProperties() {
        int patients = intProperty("bench.patients", 10_000, 1, 1_000_000);
        int warmup = intProperty("bench.warmup", 1_000, 0, 100_000);
        int loadWarmup = intProperty("bench.load.warmup", 90, 0, 3_600);
        return new Options(
                patients,
                intProperty("bench.clinicians", 200, 2, 100_000),
                intProperty("bench.days", 365, 1, 3_650),
                Math.min(patients, intProperty("bench.team", 50, 1, 100_000)),
                intProperty("bench.iterations", 500, 5, 100_000),
                warmup,
                Math.max(warmup, intProperty("bench.warmup.max", 6_000, 0, 100_000)),
                intProperty("bench.http.port", 28080, 1, 65535),
                intProperty("bench.keycloak.port", 28180, 1, 64535),
                intProperty("bench.db.port", 25433, 1, 65535),
                0.42,
                measures(System.getProperty("bench.measures")),
                intProperty("bench.load.connections", 50, 1, 1_000),
                Math.min(patients, intProperty("bench.load.patients", 50, ConcurrentWriters.CONTENDED, 10_000)),
                intProperty("bench.load.seconds", 30, 1, 3_600),
                intProperty("bench.load.settle", 5, 0, 600),
                loadWarmup,
                Math.max(loadWarmup, intProperty("bench.load.warmup.max", 300, 0, 3_600)),
                Boolean.parseBoolean(System.getProperty("bench.jfr", "false")));
    }

    boolean runs(String measure) {
        return measures.contains(measure);
    }

    private static Set<String> measures(String raw) {
        if (raw == null || raw.isBlank()) {
            return MEASURES;
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (String m : raw.split(",")) {
            String name = m.trim().toLowerCase(Locale.ROOT);
            if (!MEASURES.contains(name)) {
                throw new IllegalArgumentException(
                        "bench.measures takes dashboard, writes and concurrent, separated by commas; got '" + raw
                                + "'");
            }
            chosen.add(name);
        }
        return Set.copyOf(chosen);
    }

    private static int intProperty(String name, int fallback, int min, int max) {
        String raw = System.getProperty(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim().replace("_", "").replace(",", ""));
            if (value < min || value > max) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    name + " must be a whole number from " + min + " to " + max + ", got '" + raw + "'");
        }
    }
}
