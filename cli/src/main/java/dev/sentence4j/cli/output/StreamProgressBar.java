package dev.sentence4j.cli.output;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress bar for streaming jobs whose row count is unknown in advance: the bar and the ETA
 * follow the bytes read, the rate is in rows per second. Draws on a terminal only (or when
 * forced), at most every 200 ms.
 */
public final class StreamProgressBar implements AutoCloseable {
    private static final long REDRAW_NANOS = 200_000_000L;
    private final PrintStream err;
    private final boolean enabled;
    private final long startNanos = System.nanoTime();
    private long lastDraw;
    private long bytesDone;
    private long bytesTotal;
    private long rowsDone;
    private long rowsThisRun;
    private long bytesAtStart = -1;

    public StreamProgressBar(PrintStream err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    public static StreamProgressBar forTerminal(PrintStream err) {
        return new StreamProgressBar(err, System.console() != null || "1".equals(System.getenv("SENTENCE4J_PROGRESS")));
    }

    public synchronized void update(long bytesDone, long bytesTotal, long rowsDone, long rowsThisRun) {
        if (bytesAtStart < 0) {
            bytesAtStart = Math.max(0, bytesDone - 1);
        }
        this.bytesDone = bytesDone;
        this.bytesTotal = bytesTotal;
        this.rowsDone = rowsDone;
        this.rowsThisRun = rowsThisRun;
        long now = System.nanoTime();
        if (enabled && (now - lastDraw >= REDRAW_NANOS || bytesDone >= bytesTotal)) {
            lastDraw = now;
            draw(now);
        }
    }

    private void draw(long now) {
        double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
        double rate = rowsThisRun / seconds;
        double byteRate = (bytesDone - Math.max(0, bytesAtStart)) / seconds;
        int width = 30;
        double fraction = bytesTotal == 0 ? 1 : Math.min(1.0, bytesDone / (double) bytesTotal);
        int filled = (int) (width * fraction);
        String eta = byteRate > 0 && bytesDone < bytesTotal ? ProgressBar.formatDuration((bytesTotal - bytesDone) / byteRate) : "0s";
        err.printf(Locale.ROOT, "\r[%s%s] %3.0f%%  %d rows  %.1f rows/s  ETA %s   ",
                "#".repeat(filled), ".".repeat(width - filled), fraction * 100, rowsDone, rate, eta);
        err.flush();
    }

    @Override
    public synchronized void close() {
        if (enabled && bytesAtStart >= 0) {
            draw(System.nanoTime());
            err.println();
        }
    }
}
