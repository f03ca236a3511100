package dev.sentence4j.bench;

import java.util.Arrays;

/** Order statistics of timings. */
public final class Stats {
    private Stats() {}

    /**
     * The {@code p}-th percentile (0 to 100) by linear interpolation between closest ranks, as
     * numpy.percentile's default does.
     */
    public static double percentile(double[] values, double p) {
        if (values.length == 0) {
            throw new IllegalArgumentException("percentile of no values");
        }
        if (p < 0 || p > 100) {
            throw new IllegalArgumentException("percentile must be within [0, 100], found " + p);
        }
        double[] s = values.clone();
        Arrays.sort(s);
        double rank = p / 100.0 * (s.length - 1);
        int lo = (int) Math.floor(rank);
        int hi = Math.min(lo + 1, s.length - 1);
        return s[lo] + (rank - lo) * (s[hi] - s[lo]);
    }

    public static double median(double[] values) {
        return percentile(values, 50);
    }

    public static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return values.length == 0 ? Double.NaN : sum / values.length;
    }

    /** {@code a / b}, or NaN when b is not positive (a peer that was not measured). */
    public static double ratio(double a, double b) {
        return b > 0 ? a / b : Double.NaN;
    }
}
