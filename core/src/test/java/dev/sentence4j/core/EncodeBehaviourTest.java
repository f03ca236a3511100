package dev.sentence4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.sentence4j.core.normalize.Normalize;
import dev.sentence4j.core.quantization.Precision;
import dev.sentence4j.core.quantization.Quantizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** encode's ST semantics on all-MiniLM-L6-v2. */
class EncodeBehaviourTest {
    static final List<String> TEXTS = List.of(
            "A man is playing a guitar.",
            "x",
            "The quick brown fox jumps over the lazy dog, and then it jumps back over it again, twice.",
            "Ein Mann spielt Gitarre.",
            "   leading and trailing spaces   ",
            "emoji 🙂 and accents: café, naïve");

    static SentenceEncoder encoder() {
        return SharedEncoders.miniLm();
    }

    static void assertSameVectors(float[] a, float[] b, String what) {
        assertThat(OracleEncoder.cosine(a, b)).as(what).isGreaterThan(0.999999);
        assertThat(a).as(what).containsExactly(b, within(2e-5f));
    }

    @Test
    void batchEqualsSingleAndOrderIsKept() {
        Embeddings batch = encoder().encode(TEXTS);
        assertThat(batch.rows()).isEqualTo(TEXTS.size());
        assertThat(batch.dimension()).isEqualTo(384);
        for (int i = 0; i < TEXTS.size(); i++) {
            assertSameVectors(batch.row(i), encoder().encode(TEXTS.get(i)), "text " + i);
        }
    }

    @Test
    void batchSizeAndPaddingNeverChangeAResult() {
        Embeddings big = encoder().encode(TEXTS, EncodeOptions.defaults().withBatchSize(32)).embeddings();
        for (int bs : new int[] {1, 2, 5}) {
            Embeddings e = encoder().encode(TEXTS, EncodeOptions.defaults().withBatchSize(bs)).embeddings();
            for (int i = 0; i < TEXTS.size(); i++) {
                assertSameVectors(e.row(i), big.row(i), "batch size " + bs + " text " + i);
            }
        }
    }

    @Test
    void vectorsAreNormalizedAsTheModelSays() {
        Embeddings e = encoder().encode(TEXTS);
        for (int i = 0; i < e.rows(); i++) {
            double norm = 0;
            for (float v : e.row(i)) {
                norm += v * v;
            }
            assertThat(Math.sqrt(norm)).isCloseTo(1.0, within(1e-5));
        }
        assertThat(encoder().info().normalize()).isTrue();
    }

    @Test
    void emptyStringIsTheEmbeddingOfClsSep() throws Exception {
        EncodeResult r = encoder().encode(List.of(""), EncodeOptions.defaults().withOutputValue(OutputValue.BOTH));
        assertThat(r.tokenEmbeddings().get(0).tokens()).containsExactly("[CLS]", "[SEP]");
        assertThat(r.tokenEmbeddings().get(0).ids()).containsExactly(101, 102);
        try (OracleEncoder oracle = new OracleEncoder(encoder().info().directory(), 256)) {
            assertThat(OracleEncoder.cosine(r.embeddings().row(0), oracle.encode(""))).isGreaterThan(0.99999);
        }
    }

    @Test
    void emptyListGivesEmptyResult() {
        Embeddings e = encoder().encode(List.of());
        assertThat(e.rows()).isZero();
        assertThat(e.data()).isEmpty();
    }

    @Test
    void nullElementNamesItsIndex() {
        List<String> texts = Arrays.asList("a", "b", null);
        assertThatThrownBy(() -> encoder().encode(texts))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("texts[2] is null");
    }

    @Test
    void tokenOutputIsUnpaddedWithTokens() {
        EncodeResult r = encoder().encode(TEXTS, EncodeOptions.defaults().withOutputValue(OutputValue.TOKEN));
        assertThat(r.embeddings()).isNull();
        assertThat(r.tokenEmbeddings()).hasSize(TEXTS.size());
        for (int i = 0; i < TEXTS.size(); i++) {
            TokenEmbeddings t = r.tokenEmbeddings().get(i);
            assertThat(t.length()).isEqualTo(encoder().tokenizer().encode(TEXTS.get(i).strip()).length());
            assertThat(t.tokens()[0]).isEqualTo("[CLS]");
            assertThat(t.tokens()[t.length() - 1]).isEqualTo("[SEP]");
            assertThat(t.data()).hasSize(t.length() * 384);
        }
        // mean of the token embeddings, normalized, is the sentence embedding
        TokenEmbeddings t = r.tokenEmbeddings().get(2);
        float[] mean = new float[384];
        for (int k = 0; k < t.length(); k++) {
            for (int d = 0; d < 384; d++) {
                mean[d] += t.data()[k * 384 + d] / t.length();
            }
        }
        assertSameVectors(Normalize.l2(mean), encoder().encode(TEXTS.get(2)), "mean of token embeddings");
    }

    @Test
    void truncateDimAndNormalizeOverride() {
        Embeddings full = encoder().encode(TEXTS);
        Embeddings cut = encoder().encode(TEXTS, EncodeOptions.defaults().withTruncateDim(64)).embeddings();
        assertThat(cut.dimension()).isEqualTo(64);
        assertThat(cut.row(0)).containsExactly(Arrays.copyOf(full.row(0), 64));
        Embeddings cutNorm = encoder().encode(TEXTS, EncodeOptions.defaults().withTruncateDim(64).withNormalize(true))
                .embeddings();
        assertThat(cutNorm.row(0)).containsExactly(Normalize.l2(cut.row(0)), within(1e-6f));
        Embeddings raw = encoder().encode(TEXTS, EncodeOptions.defaults().withNormalize(false)).embeddings();
        assertThat(Normalize.l2(raw.row(0))).containsExactly(full.row(0), within(1e-6f));
        double norm = 0;
        for (float v : raw.row(0)) {
            norm += v * v;
        }
        assertThat(Math.sqrt(norm)).isNotCloseTo(1.0, within(0.01));
        assertThatThrownBy(() -> encoder().encode(TEXTS, EncodeOptions.defaults().withTruncateDim(500)))
                .hasMessageContaining("500").hasMessageContaining("384");
    }

    @Test
    void precisionQuantizesTheBatchAsSt() {
        EncodeResult r = encoder().encode(TEXTS, EncodeOptions.defaults().withPrecision(Precision.INT8));
        assertThat(r.quantized()).isEqualTo(Quantizer.quantize(r.embeddings(), Precision.INT8, null));
        EncodeResult b = encoder().encode(TEXTS, EncodeOptions.defaults().withPrecision(Precision.UBINARY));
        assertThat(b.quantized().bytesPerRow()).isEqualTo(48);
    }

    @Test
    void progressReachesTheTotal() {
        List<int[]> calls = new ArrayList<>();
        encoder().encode(TEXTS, EncodeOptions.defaults().withBatchSize(4).withProgress((d, t) -> calls.add(new int[] {d, t})));
        assertThat(calls).hasSize(2);
        assertThat(calls.get(1)).containsExactly(TEXTS.size(), TEXTS.size());
    }

    @Test
    void concurrentCallersGetTheSameVectors() throws Exception {
        Embeddings expected = encoder().encode(TEXTS);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Embeddings>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> encoder().encode(TEXTS)));
            }
            for (Future<Embeddings> f : futures) {
                Embeddings e = f.get();
                for (int i = 0; i < TEXTS.size(); i++) {
                    assertSameVectors(e.row(i), expected.row(i), "concurrent text " + i);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void infoDescribesTheModel() {
        ModelInfo info = encoder().info();
        assertThat(info.name()).isEqualTo("all-MiniLM-L6-v2");
        assertThat(info.dimension()).isEqualTo(384);
        assertThat(info.maxSeqLength()).isEqualTo(256);
        assertThat(info.poolingModes()).extracting(Enum::name).containsExactly("MEAN");
        assertThat(info.onnxOutput()).isEqualTo("output_0");
        assertThat(info.onnxInputs()).containsExactly("input_ids", "attention_mask", "token_type_ids");
    }
}
