package dev.sentence4j.core.sparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sentence4j.core.EmbeddedModels;
import dev.sentence4j.core.ModelLoadException;
import dev.sentence4j.core.SentenceEncoder;
import dev.sentence4j.core.input.TokenizedInputs;
import dev.sentence4j.core.testing.SpladeTestModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SparseEncoder on the SPLADE test model (all-MiniLM-L6-v2's encoder + a seeded MLM head),
 * against {@link SpladeReference}: HF tokenizers' ids, a separate ONNX Runtime run of the
 * unmodified encoder, and the head, relu, log1p and max in plain Java double arithmetic.
 * Measured: the largest difference over these texts is 2.4e-6 (max), 4.8e-6 (sum), 2.3e-6
 * (log1p_relu), with identical active sets; the bound asserted is 1e-4.
 */
class SparseEncoderTest {
    static final List<String> TEXTS = List.of(
            "A man is eating food.",
            "The sky is blue today, and the birds sing in the trees of the old park.",
            "hello",
            "Ein Mann isst. Café crème, naïve résumé — 東京 🚀",
            "   padded with spaces   ",
            "SPLADE expands a query into weighted vocabulary terms; BM25 cannot do that.",
            "");

    static SparseEncoder encoder;
    static SpladeReference reference;

    @BeforeAll
    static void open() throws Exception {
        encoder = SparseEncoder.load(SpladeTestModel.shared());
        reference = new SpladeReference(SpladeTestModel.Settings.defaults());
    }

    @AfterAll
    static void close() throws Exception {
        encoder.close();
        reference.close();
    }

    /** Every entry within {@code tolerance}; the same active set except where the reference is within 1e-5 of 0. */
    static double assertMatches(SparseVector v, double[] expected, double tolerance, String what) {
        assertThat(v.dimension()).isEqualTo(expected.length);
        float[] got = v.toDense();
        double worst = 0;
        for (int i = 0; i < expected.length; i++) {
            double diff = Math.abs(got[i] - expected[i]);
            worst = Math.max(worst, diff);
            assertThat(diff).as("%s: dimension %d, expected %s, found %s", what, i, expected[i], got[i])
                    .isLessThanOrEqualTo(tolerance);
            if (expected[i] > 1e-5) {
                assertThat(got[i]).as("%s: dimension %d is active in the reference", what, i).isPositive();
            }
            if (got[i] > 1e-5) {
                assertThat(expected[i]).as("%s: dimension %d is active here only", what, i).isPositive();
            }
        }
        return worst;
    }

    @Test
    void valuesEqualTheIndependentComputation() throws Exception {
        List<SparseVector> vectors = encoder.encode(TEXTS);
        double worst = 0;
        for (int i = 0; i < TEXTS.size(); i++) {
            String text = TEXTS.get(i);
            // the one input path gives HF tokenizers' ids (ST strips the text; HF's BERT pre-tokenizer drops the spaces too)
            assertThat(encoder.inputs().encode(text, null).ids()).as(text)
                    .containsExactly(toInts(reference.ids(text)));
            worst = Math.max(worst, assertMatches(vectors.get(i), reference.vector(text), 1e-4, text));
            // tens to hundreds of active dimensions, as a SPLADE model has
            assertThat(vectors.get(i).size()).as(text).isBetween(20, 2000);
        }
        assertThat(worst).isLessThan(1e-4);
    }

    private static int[] toInts(long[] ids) {
        int[] out = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            out[i] = (int) ids[i];
        }
        return out;
    }

    /**
     * "" still has [CLS] and [SEP], real tokens that ST's SpladePooling pools (its mask is 1 there),
     * so ST gives a non-empty vector for it; so does sentence4j, the same as the reference's.
     */
    @Test
    void emptyTextPoolsClsAndSep() throws Exception {
        assertThat(reference.ids("")).hasSize(2);
        SparseVector v = encoder.encode(List.of("")).get(0);
        assertThat(v.size()).isPositive();
        assertMatches(v, reference.vector(""), 1e-4, "\"\"");
    }

    @Test
    void indicesAreValidAndStrictlyAscending() {
        for (SparseVector v : encoder.encode(TEXTS)) {
            int[] idx = v.indices();
            float[] val = v.values();
            for (int i = 0; i < idx.length; i++) {
                assertThat(idx[i]).isBetween(0, SpladeTestModel.VOCAB - 1);
                assertThat(val[i]).isPositive();
                if (i > 0) {
                    assertThat(idx[i]).isGreaterThan(idx[i - 1]);
                }
            }
        }
    }

    @Test
    void maxActiveDimsKeepsTheTopValuesOfTheFullVector() throws Exception {
        List<SparseVector> full = encoder.encode(TEXTS);
        for (int k : new int[] {1, 10, 64}) {
            List<SparseVector> cut = encoder.encode(TEXTS, SparseEncodeOptions.defaults().withMaxActiveDims(k));
            for (int i = 0; i < TEXTS.size(); i++) {
                SparseVector c = cut.get(i);
                assertThat(c.size()).isEqualTo(Math.min(k, full.get(i).size()));
                assertThat(c).isEqualTo(full.get(i).topK(k));
                // against the reference: the k kept dimensions are the k largest of the independent vector
                double[] ref = reference.vector(TEXTS.get(i));
                double smallestKept = Double.MAX_VALUE;
                for (int j = 0; j < c.size(); j++) {
                    smallestKept = Math.min(smallestKept, ref[c.indexAt(j)]);
                }
                for (int d = 0; d < ref.length; d++) {
                    if (c.get(d) == 0f) {
                        assertThat(ref[d]).as("text %d, k %d, dropped dimension %d", i, k, d)
                                .isLessThanOrEqualTo(smallestKept + 1e-4);
                    }
                }
            }
        }
    }

    /**
     * A text's vector does not depend on its batch: alone, or batched with others of other lengths
     * (so padded), with batch sizes 1, 3 and 32, and with 40 inputs, more than one ONNX run's
     * logits budget (549 positions) holds. Measured bit-identical; asserted within 1e-6.
     */
    @Test
    void batchEqualsSingle() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.add(TEXTS.get(i % TEXTS.size()) + (i % 3 == 0 ? " and some more words to make it longer " + i : ""));
        }
        Map<String, SparseVector> single = new HashMap<>();
        for (String t : many) {
            single.computeIfAbsent(t, x -> encoder.encode(List.of(x)).get(0));
        }
        for (int batchSize : new int[] {1, 3, 32}) {
            List<SparseVector> batched = encoder.encode(many, SparseEncodeOptions.defaults().withBatchSize(batchSize));
            assertThat(batched).hasSize(many.size());
            for (int i = 0; i < many.size(); i++) {
                SparseVector alone = single.get(many.get(i));
                SparseVector b = batched.get(i);
                assertThat(b.indices()).as("batch size %d, input %d", batchSize, i).containsExactly(alone.indices());
                float[] bv = b.values();
                float[] av = alone.values();
                for (int j = 0; j < av.length; j++) {
                    assertThat(bv[j]).isCloseTo(av[j], within(1e-6f));
                }
            }
        }
    }

    @Test
    void tokenizedInputsGiveTheSameVectors() {
        TokenizedInputs tokenized = encoder.inputs().tokenize(TEXTS, null);
        assertThat(encoder.encode(tokenized, SparseEncodeOptions.defaults())).isEqualTo(encoder.encode(TEXTS));
        assertThatThrownBy(() -> encoder.encode(tokenized, SparseEncodeOptions.defaults().withPromptName("query")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("prompt");
    }

    @Test
    void aPromptIsPrependedAndPooledWithTheText() throws Exception {
        SparseVector v = encoder.encode(List.of("how do vaccines work"),
                SparseEncodeOptions.defaults().withPrompt("query: ")).get(0);
        assertMatches(v, reference.vector("query: how do vaccines work"), 1e-4, "with prompt");
        // the model's prompts are empty, as naver/splade-v3's: encode_query changes nothing
        assertThat(encoder.encodeQuery(TEXTS, SparseEncodeOptions.defaults())).isEqualTo(encoder.encode(TEXTS));
        assertThatThrownBy(() -> encoder.encode(TEXTS, SparseEncodeOptions.defaults().withPromptName("nope")))
                .hasMessageContaining("nope").hasMessageContaining("query");
    }

    @Test
    void decodeNamesTokensByTheVocabularyHighestFirst() throws Exception {
        Map<Integer, String> vocab = new HashMap<>();
        JsonNode model = new ObjectMapper().readTree(SpladeTestModel.shared().resolve("tokenizer.json").toFile()).get("model");
        model.get("vocab").properties().forEach(e -> vocab.put(e.getValue().asInt(), e.getKey()));
        SparseVector v = encoder.encode(List.of(TEXTS.get(1))).get(0);
        List<WeightedToken> all = encoder.decode(v, 0);
        assertThat(all).hasSize(v.size());
        for (int i = 0; i < all.size(); i++) {
            WeightedToken t = all.get(i);
            assertThat(t.token()).isEqualTo(vocab.get(t.index()));
            assertThat(t.value()).isEqualTo(v.get(t.index()));
            if (i > 0) {
                assertThat(t.value()).isLessThanOrEqualTo(all.get(i - 1).value());
            }
        }
        assertThat(encoder.decode(v, 5)).containsExactlyElementsOf(all.subList(0, 5));
        assertThat(encoder.decode(v, 100_000)).isEqualTo(all);
    }

    @Test
    void similarityIsTheDotProductOfTheReferenceVectors() throws Exception {
        List<SparseVector> v = encoder.encode(TEXTS.subList(0, 3));
        for (int i = 0; i < 3; i++) {
            double[] a = reference.vector(TEXTS.get(i));
            for (int j = 0; j < 3; j++) {
                double[] b = reference.vector(TEXTS.get(j));
                double dot = 0;
                for (int d = 0; d < a.length; d++) {
                    dot += a[d] * b[d];
                }
                assertThat((double) encoder.similarity(v.get(i), v.get(j))).isCloseTo(dot, within(1e-3 * Math.max(1, dot)));
            }
        }
        assertThat(encoder.similarityFunction().configName()).isEqualTo("dot");
    }

    @Test
    void infoDescribesTheModel() {
        SparseInfo info = encoder.info();
        assertThat(info.dimension()).isEqualTo(SpladeTestModel.VOCAB);
        assertThat(info.pooling()).isEqualTo("max");
        assertThat(info.activation()).isEqualTo("relu");
        assertThat(info.dtype()).isEqualTo("float32");
        assertThat(info.maxSeqLength()).isEqualTo(256);
        assertThat(info.prompts()).containsOnlyKeys("query", "document");
        assertThat(info.defaultPromptName()).isNull();
        assertThat(info.onnxInputs()).containsExactly("input_ids", "attention_mask", "token_type_ids");
        assertThat(info.onnxFile()).isEqualTo(SpladeTestModel.shared().resolve("onnx/model.onnx"));
    }

    @Test
    void loadsByPathStringAndIsRefusedBySentenceEncoder() {
        Path dir = SpladeTestModel.shared();
        try (SparseEncoder byName = SparseEncoder.load(dir.toString())) {
            assertThat(byName.info().name()).isEqualTo(dir.toString());
            assertThat(byName.encode(List.of("hello"))).isEqualTo(encoder.encode(List.of("hello")));
        }
        assertThatThrownBy(() -> SentenceEncoder.load(dir)).isInstanceOf(ModelLoadException.class)
                .hasMessageContaining(dir.toString())
                .hasMessageContaining("holds a sparse model, not an embedding model: open it with SparseEncoder");
    }

    @Test
    void anEmbeddingModelIsRefusedBySparseEncoder() {
        Path miniLm = EmbeddedModels.materialize(EmbeddedModels.DEFAULT_MODEL);
        assertThatThrownBy(() -> SparseEncoder.load(miniLm)).isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("holds an embedding model, not a sparse model: open it with SentenceEncoder")
                .hasMessageContaining("SentenceEncoder");
    }

    @Test
    void sumPoolingAndLog1pReluFollowTheConfig(@TempDir Path tmp) throws Exception {
        for (String[] variant : new String[][] {{"sum", "relu"}, {"max", "log1p_relu"}}) {
            Path dir = SpladeTestModel.linkedCopy(SpladeTestModel.shared(), tmp.resolve(variant[0] + "-" + variant[1]));
            Files.writeString(dir.resolve("1_SpladePooling/config.json"), "{\"pooling_strategy\": \"" + variant[0]
                    + "\", \"activation_function\": \"" + variant[1] + "\", \"word_embedding_dimension\": 30522}");
            try (SparseEncoder e = SparseEncoder.load(dir)) {
                assertThat(e.info().pooling()).isEqualTo(variant[0]);
                assertThat(e.info().activation()).isEqualTo(variant[1]);
                List<SparseVector> v = e.encode(TEXTS.subList(0, 3));
                for (int i = 0; i < 3; i++) {
                    double[] ref = reference.vector(TEXTS.get(i), variant[0].equals("sum"), variant[1].equals("log1p_relu"));
                    // a sum of about 20 logits carries 20 times the rounding of one
                    assertMatches(v.get(i), ref, 1e-4, String.join("/", variant) + " " + i);
                }
            }
        }
    }

    /** A head whose decoder biases are all about -1000: every logit is negative, every vector empty. */
    @Test
    void allNegativeLogitsGiveEmptyVectors(@TempDir Path tmp) {
        Path dir = SpladeTestModel.create(tmp.resolve("negative"), SpladeTestModel.Settings.defaults().withDecoderBiasShift(-1000f));
        try (SparseEncoder e = SparseEncoder.load(dir)) {
            for (SparseVector v : e.encode(TEXTS)) {
                assertThat(v.size()).isZero();
                assertThat(v.dimension()).isEqualTo(SpladeTestModel.VOCAB);
            }
            assertThat(e.decode(e.encode(List.of("x")).get(0), 10)).isEmpty();
        }
    }
}
