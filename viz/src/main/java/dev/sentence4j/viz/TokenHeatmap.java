package dev.sentence4j.viz;

import dev.sentence4j.core.TokenEmbeddings;
import dev.sentence4j.core.similarity.Similarity;
import dev.sentence4j.viz.embedding.WordEmbeddingMatrix;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Token-by-token cosine similarities between two sentences, as in the reference material's
 * pictures: rows are sentence A's tokens, columns sentence B's, [CLS], [SEP] and ## pieces included.
 *
 * @param values {@code [rowTokens.length * colTokens.length]}, cosine of A's token r and B's token c
 */
public record TokenHeatmap(Layer layer, String modelName, String sentenceA, String sentenceB, String[] rowTokens,
        String[] colTokens, float[] values) {
    public TokenHeatmap {
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(modelName, "modelName");
        Objects.requireNonNull(rowTokens, "rowTokens");
        Objects.requireNonNull(colTokens, "colTokens");
        Objects.requireNonNull(values, "values");
        if ((long) rowTokens.length * colTokens.length != values.length) {
            throw new IllegalArgumentException("values length differs from rows * cols: " + values.length + " != "
                    + rowTokens.length + " * " + colTokens.length);
        }
    }

    /** Cosines between the rows of two token-embedding matrices of equal width. */
    public static TokenHeatmap of(Layer layer, String modelName, String sentenceA, String sentenceB, TokenEmbeddings a,
            TokenEmbeddings b) {
        if (a.dimension() != b.dimension()) {
            throw new IllegalArgumentException("token embedding dimensions differ: " + a.dimension() + "!=" + b.dimension());
        }
        int d = a.dimension();
        float[] values = new float[a.length() * b.length()];
        for (int r = 0; r < a.length(); r++) {
            for (int c = 0; c < b.length(); c++) {
                values[r * b.length() + c] = Similarity.COSINE.score(a.data(), r * d, b.data(), c * d, d);
            }
        }
        return new TokenHeatmap(layer, modelName, sentenceA, sentenceB, a.tokens(), b.tokens(), values);
    }

    /**
     * The INPUT layer: each token's row of the word-embedding matrix, looked up by id (so the
     * tokens and ids come from the model's tokenizer, e.g. an OUTPUT encode).
     */
    public static TokenEmbeddings inputEmbeddings(WordEmbeddingMatrix matrix, String[] tokens, int[] ids) {
        int d = matrix.dimension();
        float[] data = new float[ids.length * d]; // [tokens * d]
        for (int t = 0; t < ids.length; t++) {
            System.arraycopy(matrix.data(), matrix.offset(ids[t]), data, t * d, d);
        }
        return new TokenEmbeddings(tokens, ids, d, data);
    }

    public float value(int row, int col) {
        return values[row * colTokens.length + col];
    }

    /** Column of the largest value in {@code row} (the first on ties). */
    public int argmaxInRow(int row) {
        int best = 0;
        for (int c = 1; c < colTokens.length; c++) {
            if (value(row, c) > value(row, best)) {
                best = c;
            }
        }
        return best;
    }

    public LabelledMatrix toLabelledMatrix() {
        float lowest = 0;
        for (float v : values) {
            lowest = Math.min(lowest, v);
        }
        // Cosines: 1 at the top; start at 0 unless something is negative (round down to a tenth).
        double min = Math.floor(lowest * 10) / 10;
        String what = layer == Layer.INPUT ? "input token embeddings (context-free word-embedding rows)"
                : "output token embeddings (contextual)";
        List<String> rows = Arrays.asList(rowTokens);
        List<String> cols = Arrays.asList(colTokens);
        return new LabelledMatrix("Cosine similarity of " + what + ", " + modelName,
                "B: " + abbreviate(sentenceB, 90), "A: " + abbreviate(sentenceA, 60), rows, cols, rows, cols,
                values, min, 1.0, List.of());
    }

    static String abbreviate(String s, int max) {
        if (s.codePointCount(0, s.length()) <= max) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, max - 1)).stripTrailing() + "\u2026";
    }

    @Override
    public String toString() {
        return "TokenHeatmap[" + layer + ", " + rowTokens.length + " x " + colTokens.length + "]";
    }
}
