package dev.sentence4j.cli.output;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar on stderr with rate and ETA. It draws only when stderr is a terminal
 * (or when forced), and at most every 200 ms, so that logs and pipes stay clean.
 */
public final class ProgressBar implements AutoCloseable {
    private static final long REDRAW_NANOS = 200_000_000L;
    private final PrintStream err;
    private final String unit;
    private long total;
    private final boolean enabled;
    private final long startNanos = System.nanoTime();
    // the first draw waits one interval: a rate measured over microseconds is noise
    private long lastDraw = startNanos;
    private long done;

    public ProgressBar(PrintStream err, String unit, long total, boolean enabled) {
        this.err = err;
        this.unit = unit;
        this.total = total;
        this.enabled = enabled;
    }

    /** Enabled for large jobs on an interactive terminal. */
    public static ProgressBar forTerminal(PrintStream err, String unit, long total, long threshold) {
        return new ProgressBar(err, unit, total, System.console() != null && total >= threshold);
    }

    public synchronized void update(long doneSoFar) {
        this.done = doneSoFar;
        long now = System.nanoTime();
        if (enabled && (now - lastDraw >= REDRAW_NANOS || done >= total)) {
            lastDraw = now;
            draw(now);
        }
    }

    private void draw(long now) {
        double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
        double rate = done / seconds;
        int width = 30;
        int filled = total == 0 ? width : (int) Math.min(width, width * done / total);
        String eta = rate > 0 && done < total ? formatDuration((total - done) / rate) : "0s";
        err.printf(Locale.ROOT, "\r[%s%s] %d/%d %s  %.1f %s/s  ETA %s   ",
                "#".repeat(filled), ".".repeat(width - filled), done, total, unit, rate, unit, eta);
        err.flush();
    }

    public static String formatDuration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return (s / 60) + "m" + (s % 60) + "s";
        }
        return (s / 3600) + "h" + (s % 3600 / 60) + "m";
    }

    /**
     * For jobs whose total was an estimate (EM iterations until convergence): shows the job as done
     * at the count it really took.
     */
    public synchronized void finishedAt(long finalDone) {
        this.done = finalDone;
        this.total = finalDone;
    }

    @Override
    public synchronized void close() {
        if (enabled) {
            draw(System.nanoTime());
            err.println();
        }
    }
}
