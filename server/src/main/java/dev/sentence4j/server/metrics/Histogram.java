package dev.sentence4j.server.metrics;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.DoubleAdder;

/** A Prometheus histogram with fixed upper bounds; lock-free. */
final class Histogram {
    private final double[] bounds;
    private final AtomicLongArray counts; // [bounds.length + 1], the last is +Inf
    private final DoubleAdder sum = new DoubleAdder();

    Histogram(double... bounds) {
        for (int i = 1; i < bounds.length; i++) {
            if (bounds[i] <= bounds[i - 1]) {
                throw new IllegalArgumentException("bucket bounds must increase: " + bounds[i - 1] + " then " + bounds[i]);
            }
        }
        this.bounds = bounds.clone();
        this.counts = new AtomicLongArray(bounds.length + 1);
    }

    void observe(double v) {
        int i = 0;
        while (i < bounds.length && v > bounds[i]) {
            i++;
        }
        counts.incrementAndGet(i);
        sum.add(v);
    }

    /** Appends the _bucket, _sum and _count lines; {@code labels} is "" or {@code key="v",}. */
    void write(StringBuilder out, String name, String labels) {
        long cumulative = 0;
        for (int i = 0; i < bounds.length; i++) {
            cumulative += counts.get(i);
            out.append(name).append("_bucket{").append(labels).append("le=\"").append(format(bounds[i])).append("\"} ")
                    .append(cumulative).append('\n');
        }
        cumulative += counts.get(bounds.length);
        out.append(name).append("_bucket{").append(labels).append("le=\"+Inf\"} ").append(cumulative).append('\n');
        String plain = labels.isEmpty() ? "" : "{" + labels.substring(0, labels.length() - 1) + "}";
        out.append(name).append("_sum").append(plain).append(' ').append(format(sum.sum())).append('\n');
        out.append(name).append("_count").append(plain).append(' ').append(cumulative).append('\n');
    }

    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%s", v);
    }
}
