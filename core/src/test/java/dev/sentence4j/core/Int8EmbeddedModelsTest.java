package dev.sentence4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sentence4j.core.evaluation.StsEvaluator;
import dev.sentence4j.core.evaluation.StsPair;
import dev.sentence4j.core.evaluation.StsResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The embedded int8 models, made by our quantizer from the fp32 graphs: a text's vector does not
 * depend on the other texts of its batch, and STS Benchmark quality stays within 0.003 Spearman of
 * the fp32 model, whose own figure must match the one MTEB records for it.
 */
class Int8EmbeddedModelsTest {
    private static final Map<String, StsResult> STS = new ConcurrentHashMap<>();

    /**
     * 300 texts of mixed lengths: 250 fortunes lines (a few words to a paragraph) and 50 joins of 4
     * to 12 lines, long enough to reach the models' truncation (256 or 512 tokens).
     */
    static List<String> texts() {
        List<String> lines = TestResources.lines("corpus/fortunes-1k.txt");
        List<String> texts = new ArrayList<>(lines.subList(0, 250));
        for (int i = 0; i < 50; i++) {
            int n = 4 + i % 9;
            texts.add(String.join(" ", lines.subList(300 + i * 12, 300 + i * 12 + n)));
        }
        return texts;
    }

    @ParameterizedTest
    @CsvSource({"all-MiniLM-L6-v2-q", "bge-small-en-v1.5-q", "e5-small-v2-q"})
    void eachTextAloneEqualsTheSameTextInABatchOf256(String model) {
        SentenceEncoder encoder = SharedEncoders.get(model);
        List<String> texts = texts();
        EncodeOptions batch256 = EncodeOptions.defaults().withBatchSize(256);
        // Two calls of exactly 256 texts each: texts 0..255, then 256..299 with 212 others around them.
        Embeddings first = encoder.encode(texts.subList(0, 256), batch256).embeddings();
        List<String> second = new ArrayList<>(texts.subList(256, 300));
        second.addAll(texts.subList(0, 212));
        Embeddings rest = encoder.encode(second, batch256).embeddings();
        double worst = 1;
        for (int i = 0; i < texts.size(); i++) {
            float[] inBatch = i < 256 ? first.row(i) : rest.row(i - 256);
            float[] alone = encoder.encode(texts.get(i));
            double c = cosine(alone, inBatch);
            worst = Math.min(worst, c);
            assertThat(c).as("%s, text %d (%d chars): cosine alone vs in a batch of 256", model, i,
                    texts.get(i).length()).isGreaterThanOrEqualTo(0.99999);
        }
        assertThat(worst).isGreaterThanOrEqualTo(0.99999);
    }

    /** MTEB's STSBenchmark (test) cosine Spearman of each fp32 model (the figure the issue quotes). */
    @ParameterizedTest
    @CsvSource({"all-MiniLM-L6-v2, 0.8203", "bge-small-en-v1.5, 0.8586", "e5-small-v2, 0.8492"})
    void float32ReproducesMteb(String model, double mteb) throws Exception {
        assertThat(sts(model).spearman()).as("%s fp32 STS-B Spearman", model).isCloseTo(mteb, within(0.002));
    }

    @ParameterizedTest
    @CsvSource({"all-MiniLM-L6-v2-q, all-MiniLM-L6-v2", "bge-small-en-v1.5-q, bge-small-en-v1.5",
            "e5-small-v2-q, e5-small-v2"})
    void int8SpearmanIsWithin0003OfFloat32(String int8, String fp32) throws Exception {
        assertThat(sts(int8).spearman()).as("%s vs %s STS-B Spearman", int8, fp32)
                .isCloseTo(sts(fp32).spearman(), within(0.003));
    }

    private static StsResult sts(String model) throws Exception {
        StsResult r = STS.get(model);
        if (r == null) {
            List<StsPair> pairs = StsEvaluator.readTsv(TestResources.path("sts/stsb-test.tsv"));
            r = StsEvaluator.evaluate(SharedEncoders.get(model), pairs);
            STS.put(model, r);
        }
        return r;
    }

    static double cosine(float[] x, float[] y) {
        double dot = 0, a = 0, b = 0;
        for (int i = 0; i < x.length; i++) {
            dot += x[i] * (double) y[i];
            a += x[i] * (double) x[i];
            b += y[i] * (double) y[i];
        }
        return dot / Math.sqrt(a * b);
    }
}
