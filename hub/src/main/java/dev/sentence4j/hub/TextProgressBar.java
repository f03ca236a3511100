package dev.sentence4j.hub;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Objects;

/**
 * Renders download progress as one text line per file, redrawn in place with '\r':
 * <pre>onnx/model.onnx  [=========>          ]  48%  10.6/22.0 MB</pre>
 * Redraws only when the percentage changes, and ends the line when the file is complete.
 * For the CLI (typically on System.err); not thread-safe, like the single downloading thread that calls it.
 */
public final class TextProgressBar implements ProgressListener {

    private static final int DEFAULT_WIDTH = 30;
    private static final double MB = 1024.0 * 1024.0;

    private final PrintStream out;
    private final int width;
    private String currentFile;
    private int lastPercent = -1;
    private boolean lineOpen;

    public TextProgressBar(PrintStream out) {
        this(out, DEFAULT_WIDTH);
    }

    public TextProgressBar(PrintStream out, int width) {
        this.out = Objects.requireNonNull(out, "out");
        if (width < 1 || width > 200) {
            throw new IllegalArgumentException("bar width must be in [1, 200] but was " + width);
        }
        this.width = width;
    }

    @Override
    public void onProgress(String file, long bytesDone, long totalBytes) {
        if (!file.equals(currentFile)) {
            if (lineOpen) {
                out.println();
            }
            currentFile = file;
            lastPercent = -1;
        }
        int percent = totalBytes <= 0 ? 100 : (int) Math.min(100, bytesDone * 100 / totalBytes);
        if (percent == lastPercent) {
            return;
        }
        lastPercent = percent;
        int filled = percent * width / 100;
        StringBuilder bar = new StringBuilder(width);
        for (int i = 0; i < width; i++) {
            bar.append(i < filled ? '=' : (i == filled ? '>' : ' '));
        }
        out.print(String.format(Locale.ROOT, "\r%s  [%s] %3d%%  %.1f/%.1f MB", file, bar, percent,
                bytesDone / MB, totalBytes / MB));
        lineOpen = true;
        if (bytesDone >= totalBytes) {
            out.println();
            out.flush();
            lineOpen = false;
            currentFile = null;
        } else {
            out.flush();
        }
    }
}
