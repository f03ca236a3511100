package dev.sentence4j.viz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.sentence4j.core.EncodeOptions;
import dev.sentence4j.core.OutputValue;
import dev.sentence4j.core.TokenEmbeddings;
import dev.sentence4j.viz.embedding.WordEmbeddingMatrix;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenHeatmapTest {
    static final String A = "vector search optimization";
    static final String B = "we learn to apply vector search optimization";

    /** Cosine in double precision, written out here rather than taken from core's Similarity. */
    static double cosine(float[] x, int xo, float[] y, int yo, int d) {
        double dot = 0, nx = 0, ny = 0;
        for (int i = 0; i < d; i++) {
            dot += (double) x[xo + i] * y[yo + i];
            nx += (double) x[xo + i] * x[xo + i];
            ny += (double) y[yo + i] * y[yo + i];
        }
        return dot / Math.sqrt(nx * ny);
    }

    @Test
    void inputLayerMatchesCosinesOfWordEmbeddingRowsAndPeaksOnIdenticalTokens() {
        TokenHeatmap h = ModelViews.tokenHeatmap(SharedModel.encoder(), Layer.INPUT, A, B);
        assertThat(h.rowTokens()).containsExactly("[CLS]", "vector", "search", "optimization", "[SEP]");
        assertThat(h.colTokens()).containsExactly("[CLS]", "we", "learn", "to", "apply", "vector", "search",
                "optimization", "[SEP]");
        WordEmbeddingMatrix m = SharedModel.matrix();
        var vocab = SharedModel.encoder().tokenizer();
        for (int r = 0; r < h.rowTokens().length; r++) {
            int ra = vocab.tokenToId(h.rowTokens()[r]).orElseThrow();
            for (int c = 0; c < h.colTokens().length; c++) {
                int cb = vocab.tokenToId(h.colTokens()[c]).orElseThrow();
                double expected = cosine(m.data(), ra * m.dimension(), m.data(), cb * m.dimension(), m.dimension());
                assertThat((double) h.value(r, c)).as("%s x %s", h.rowTokens()[r], h.colTokens()[c])
                        .isCloseTo(expected, within(1e-5));
            }
        }
        // The reference example: every word of A has its row maximum on the same word in B, at 1.
        for (String word : List.of("vector", "search", "optimization", "[CLS]", "[SEP]")) {
            int r = List.of(h.rowTokens()).indexOf(word);
            int c = h.argmaxInRow(r);
            assertThat(h.colTokens()[c]).as("row maximum of %s", word).isEqualTo(word);
            assertThat(h.value(r, c)).isCloseTo(1f, within(1e-5f));
        }
    }

    @Test
    void outputLayerMatchesCosinesOfTheModelsTokenEmbeddings() {
        TokenHeatmap h = ModelViews.tokenHeatmap(SharedModel.encoder(), Layer.OUTPUT, A, B);
        // A separate encode, one sentence at a time (padding must not matter either).
        TokenEmbeddings a = SharedModel.encoder().encode(List.of(A),
                EncodeOptions.defaults().withOutputValue(OutputValue.TOKEN)).tokenEmbeddings().get(0);
        TokenEmbeddings b = SharedModel.encoder().encode(List.of(B),
                EncodeOptions.defaults().withOutputValue(OutputValue.TOKEN)).tokenEmbeddings().get(0);
        int d = a.dimension();
        for (int r = 0; r < a.length(); r++) {
            for (int c = 0; c < b.length(); c++) {
                assertThat((double) h.value(r, c)).isCloseTo(cosine(a.data(), r * d, b.data(), c * d, d), within(1e-4));
            }
        }
        // Context changes the vectors: "vector" still matches itself best, but no longer at exactly 1.
        int vector = List.of(h.rowTokens()).indexOf("vector");
        assertThat(h.colTokens()[h.argmaxInRow(vector)]).isEqualTo("vector");
        assertThat(h.value(vector, h.argmaxInRow(vector))).isLessThan(0.999f);
    }

    @Test
    void rejectsMismatchedShapesAndUnknownLayers() {
        TokenEmbeddings a = new TokenEmbeddings(new String[] {"x"}, new int[] {1}, 2, new float[] {1, 0});
        TokenEmbeddings b = new TokenEmbeddings(new String[] {"y"}, new int[] {2}, 3, new float[] {1, 0, 0});
        assertThatThrownBy(() -> TokenHeatmap.of(Layer.INPUT, "m", "a", "b", a, b))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dimensions differ: 2!=3");
        assertThatThrownBy(() -> Layer.fromCliName("hidden"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("input, output");
        assertThatThrownBy(() -> TokenHeatmap.inputEmbeddings(SharedModel.matrix(), new String[] {"?"}, new int[] {40000}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("40000")
                .hasMessageContaining("30522");
    }
}
