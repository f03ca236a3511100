package dev.sentence4j.cli.output;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with aligned columns, like the similarity tables in the reference material.
 * Columns marked numeric are right-aligned; the last column may be clipped to keep lines readable
 * on a terminal (with "..." so the reader knows text was cut).
 */
public final class TextTable {
    private final List<String> headers;
    private final boolean[] rightAligned;
    private final List<List<String>> rows = new ArrayList<>();
    private int maxLastColumnWidth = Integer.MAX_VALUE;

    public TextTable(List<String> headers, boolean... rightAligned) {
        if (rightAligned.length != headers.size()) {
            throw new IllegalArgumentException("alignment flags " + rightAligned.length + " != columns " + headers.size());
        }
        this.headers = List.copyOf(headers);
        this.rightAligned = rightAligned.clone();
    }

    public TextTable clipLastColumn(int width) {
        this.maxLastColumnWidth = Math.max(8, width);
        return this;
    }

    public void add(String... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, table has " + headers.size() + " columns");
        }
        rows.add(List.of(cells));
    }

    public void print(PrintStream out) {
        int n = headers.size();
        int[] width = new int[n];
        List<List<String>> all = new ArrayList<>();
        all.add(headers);
        for (List<String> row : rows) {
            List<String> r = new ArrayList<>(row);
            r.set(n - 1, clip(r.get(n - 1)));
            all.add(r);
        }
        for (List<String> row : all) {
            for (int i = 0; i < n; i++) {
                width[i] = Math.max(width[i], displayWidth(row.get(i)));
            }
        }
        for (int r = 0; r < all.size(); r++) {
            out.println(line(all.get(r), width));
            if (r == 0) {
                StringBuilder rule = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    if (i > 0) {
                        rule.append("  ");
                    }
                    rule.append("-".repeat(width[i]));
                }
                out.println(rule);
            }
        }
    }

    private String line(List<String> cells, int[] width) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            int pad = width[i] - displayWidth(cell);
            if (i > 0) {
                sb.append("  ");
            }
            boolean last = i == cells.size() - 1;
            if (rightAligned[i]) {
                sb.append(" ".repeat(pad)).append(cell);
            } else {
                sb.append(cell);
                if (!last) {
                    sb.append(" ".repeat(pad));
                }
            }
        }
        return sb.toString();
    }

    private String clip(String s) {
        if (s.codePointCount(0, s.length()) <= maxLastColumnWidth) {
            return s;
        }
        int end = s.offsetByCodePoints(0, maxLastColumnWidth - 3);
        return s.substring(0, end) + "...";
    }

    /** Width in code points: good enough for alignment; wide CJK glyphs may still stagger. */
    private static int displayWidth(String s) {
        return s.codePointCount(0, s.length());
    }
}
