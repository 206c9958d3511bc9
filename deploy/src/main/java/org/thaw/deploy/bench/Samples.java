package org.thaw.deploy.bench;

import java.util.Arrays;
import java.util.Random;

/** Timings of one measurement, in nanoseconds, summarised as min / median / p95 / max in ms. */
final class Samples {

    private final String name;
    private final long[] nanos;
    private int count;

    Samples(String name, int capacity) {
        this.name = name;
        this.nanos = new long[capacity];
    }

    /** Samples already taken, e.g. gathered by several threads. */
    static Samples of(String name, long[] elapsedNanos) {
        Samples s = new Samples(name, elapsedNanos.length);
        System.arraycopy(elapsedNanos, 0, s.nanos, 0, elapsedNanos.length);
        s.count = elapsedNanos.length;
        return s;
    }

    String name() {
        return name;
    }

    void add(long elapsedNanos) {
        nanos[count++] = elapsedNanos;
    }

    int count() {
        return count;
    }

    /**
     * A 95 % bootstrap interval of {@code this.median() / other.median()}: both sets resampled with
     * replacement, fixed seed, so a ratio near a target is read with its noise.
     */
    double[] medianRatioInterval(Samples other) {
        Random random = new Random(42);
        int rounds = 2000;
        double[] ratios = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            ratios[r] = resampledMedian(random) / other.resampledMedian(random);
        }
        Arrays.sort(ratios);
        return new double[] {ratios[(int) (rounds * 0.025)], ratios[(int) (rounds * 0.975) - 1]};
    }

    private double resampledMedian(Random random) {
        long[] s = new long[count];
        for (int i = 0; i < count; i++) {
            s[i] = nanos[random.nextInt(count)];
        }
        Arrays.sort(s);
        return ms(s[(int) Math.ceil(0.5 * count) - 1]);
    }

    double min() {
        return ms(sorted()[0]);
    }

    /** The lower median (a sample that was really observed), by nearest rank. */
    double median() {
        return percentile(50);
    }

    double p95() {
        return percentile(95);
    }

    double max() {
        return ms(sorted()[count - 1]);
    }

    /** Nearest-rank percentile: the smallest sample with at least p % of samples at or below it. */
    double percentile(int p) {
        long[] s = sorted();
        int rank = (int) Math.ceil(p / 100.0 * count);
        return ms(s[Math.max(0, rank - 1)]);
    }

    private long[] sorted() {
        if (count == 0) {
            throw new IllegalStateException(name + ": no samples");
        }
        long[] s = Arrays.copyOf(nanos, count);
        Arrays.sort(s);
        return s;
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
