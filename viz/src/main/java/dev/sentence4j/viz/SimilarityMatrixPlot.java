package dev.sentence4j.viz;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A sentence similarity matrix with its sentences. Axis labels are numbered and abbreviated
 * ("3 the quick brown…"); the full sentences go to the legend (PNG, SVG) and the hover (HTML).
 *
 * @param matrix {@code [n * n]}, row-major, n = sentences.size()
 */
public record SimilarityMatrixPlot(List<String> sentences, float[] matrix, String title) {
    public static final int LABEL_CHARS = 28;

    public SimilarityMatrixPlot {
        sentences = List.copyOf(sentences);
        Objects.requireNonNull(matrix, "matrix");
        Objects.requireNonNull(title, "title");
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("a similarity plot needs at least one sentence, found none");
        }
        if ((long) sentences.size() * sentences.size() != matrix.length) {
            throw new IllegalArgumentException("matrix length differs from n * n for n = " + sentences.size()
                    + " sentences: " + matrix.length + " != " + ((long) sentences.size() * sentences.size()));
        }
    }

    public LabelledMatrix toLabelledMatrix() {
        List<String> labels = new ArrayList<>();
        List<String> legend = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            labels.add((i + 1) + " " + TokenHeatmap.abbreviate(sentences.get(i).strip(), LABEL_CHARS));
            legend.add((i + 1) + ". " + sentences.get(i).strip());
        }
        float lo = 0, hi = 1;
        for (float v : matrix) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return new LabelledMatrix(title, "sentence", "sentence", labels, labels, legend, legend, matrix,
                Math.floor(lo * 10) / 10, Math.ceil(hi * 10) / 10, legend);
    }
}
