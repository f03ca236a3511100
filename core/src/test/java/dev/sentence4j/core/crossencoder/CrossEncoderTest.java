package dev.sentence4j.core.crossencoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sentence4j.core.config.ModelKind;
import dev.sentence4j.core.testing.CrossEncoderTestModel;
import dev.sentence4j.core.testing.CrossEncoderTestModel.Head;
import dev.sentence4j.core.testing.CrossEncoderTestModel.Spec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CrossEncoder's scores against an independent computation ({@link CrossEncoderOracle}: HF
 * tokenizers, a plain ORT run of the unmodified encoder, the head in plain Java), and its batching
 * and ranking against its own one-by-one scores and a full sort.
 */
class CrossEncoderTest {
    static final double TOLERANCE = 1e-5;

    static final String QUERY = "How many people live in Berlin?";
    static final List<String> DOCUMENTS = List.of(
            "Berlin had a population of 3,520,031 registered inhabitants in an area of 891.82 square kilometers.",
            "Berlin is well known for its museums.",
            "New York City is famous for the Metropolitan Museum of Art.",
            "The capital of Germany is Berlin, and about 3.7 million people live there today.",
            "Paris",
            "Berlin Berlin Berlin Berlin Berlin Berlin Berlin Berlin Berlin Berlin Berlin Berlin Berlin Berlin.");
    static final List<TextPair> PAIRS = List.of(
            TextPair.of("A man is eating food.", "A man eats a meal."),
            TextPair.of("A man is eating food.", "A plane is taking off."),
            TextPair.of("The cat sits outside", "The dog plays in the garden, it is sunny and the grass is green."),
            TextPair.of("Hello", "world"),
            TextPair.of("A single text, as a classifier's /predict takes it."),
            TextPair.of("", "An empty first text."));

    @TempDir
    static Path tmp;
    static CrossEncoder reranker;
    static CrossEncoder classifier;
    static CrossEncoder softmax;
    static CrossEncoderOracle oracle;

    @BeforeAll
    static void load() throws Exception {
        reranker = CrossEncoder.load(CrossEncoderTestModel.write(tmp.resolve("reranker"), Spec.reranker()));
        classifier = CrossEncoder.load(CrossEncoderTestModel.write(tmp.resolve("classifier"), Spec.classifier()));
        softmax = CrossEncoder.load(CrossEncoderTestModel.write(tmp.resolve("softmax"),
                Spec.classifier().withActivationFn(CrossEncoderTestModel.SOFTMAX)));
        oracle = new CrossEncoderOracle(512);
    }

    @AfterAll
    static void close() throws Exception {
        reranker.close();
        classifier.close();
        softmax.close();
        oracle.close();
    }

    @Test
    void infoSaysWhatTheConfigSays() {
        CrossEncoderInfo r = reranker.info();
        assertThat(r.numLabels()).isEqualTo(1);
        assertThat(r.labels()).containsExactly("LABEL_0");
        assertThat(r.activation()).isEqualTo("Sigmoid");
        assertThat(r.maxLength()).isEqualTo(512);
        assertThat(r.dtype()).isEqualTo("float32");
        assertThat(r.onnxInputs()).containsExactly("input_ids", "attention_mask", "token_type_ids");
        assertThat(r.name()).isEqualTo("reranker");
        assertThat(classifier.info().labels()).containsExactly("contradiction", "entailment", "neutral");
        assertThat(classifier.info().activation()).isEqualTo("Identity"); // ST's default for 3 labels
        assertThat(softmax.info().activation()).isEqualTo("Softmax");
        assertThat(ModelKind.of(r.directory())).isEqualTo(ModelKind.CROSS_ENCODER);
    }

    @Test
    void oneLabelScoresEqualTheIndependentComputation() throws Exception {
        Head head = Head.of(1, Spec.reranker().seed());
        Scores withActivation = reranker.predict(PAIRS);
        Scores raw = reranker.predict(PAIRS, PredictOptions.defaults().withApplyActivation(false));
        assertThat(withActivation.labels()).isEqualTo(1);
        for (int i = 0; i < PAIRS.size(); i++) {
            double[] logits = oracle.logits(PAIRS.get(i).first(), PAIRS.get(i).second(), head);
            assertThat((double) raw.get(i, 0)).as("logit of pair %d", i).isCloseTo(logits[0], within(TOLERANCE));
            assertThat((double) withActivation.get(i, 0)).as("sigmoid of pair %d", i)
                    .isCloseTo(CrossEncoderOracle.sigmoid(logits)[0], within(TOLERANCE));
        }
    }

    @Test
    void threeLabelScoresEqualTheIndependentComputation() throws Exception {
        Head head = Head.of(3, Spec.classifier().seed());
        Scores identity = classifier.predict(PAIRS);
        Scores raw = classifier.predict(PAIRS, PredictOptions.defaults().withApplyActivation(false));
        Scores soft = softmax.predict(PAIRS);
        Scores softRaw = softmax.predict(PAIRS, PredictOptions.defaults().withApplyActivation(false));
        for (int i = 0; i < PAIRS.size(); i++) {
            double[] logits = oracle.logits(PAIRS.get(i).first(), PAIRS.get(i).second(), head);
            double[] probabilities = CrossEncoderOracle.softmax(logits);
            for (int l = 0; l < 3; l++) {
                assertThat((double) identity.get(i, l)).as("pair %d label %d", i, l).isCloseTo(logits[l], within(TOLERANCE));
                assertThat(raw.get(i, l)).isEqualTo(identity.get(i, l)); // Identity changes nothing
                assertThat((double) softRaw.get(i, l)).isCloseTo(logits[l], within(TOLERANCE));
                assertThat((double) soft.get(i, l)).as("softmax pair %d label %d", i, l)
                        .isCloseTo(probabilities[l], within(TOLERANCE));
            }
            assertThat(soft.row(i)[0] + soft.row(i)[1] + soft.row(i)[2]).isCloseTo(1f, within(1e-6f));
        }
    }

    @Test
    void batchesOfAnySizeEqualOneByOne() {
        List<TextPair> pairs = new ArrayList<>(PAIRS);
        for (String doc : DOCUMENTS) {
            pairs.add(TextPair.of(QUERY, doc));
        }
        float[] single = new float[pairs.size() * 3];
        for (int i = 0; i < pairs.size(); i++) {
            System.arraycopy(classifier.predict(List.of(pairs.get(i))).values(), 0, single, i * 3, 3);
        }
        for (int batchSize : new int[] {1, 2, 3, 32}) {
            Scores batched = classifier.predict(pairs, PredictOptions.defaults().withBatchSize(batchSize));
            assertThat(batched.rows()).isEqualTo(pairs.size());
            assertThat(batched.values()).as("batch size %d", batchSize).containsExactly(single, within((float) TOLERANCE));
        }
    }

    @Test
    void predictEncodedEqualsPredict() {
        List<dev.sentence4j.tokenizers.Encoding> encodings = PAIRS.stream().map(p -> reranker.tokenize(p, true)).toList();
        PredictOptions options = PredictOptions.defaults().withBatchSize(2);
        assertThat(reranker.predictEncoded(encodings, options).values())
                .containsExactly(reranker.predict(PAIRS, options).values());
    }

    @Test
    void rankIsAFullSortOfPredictsScores() {
        List<TextPair> pairs = DOCUMENTS.stream().map(d -> TextPair.of(QUERY, d)).toList();
        Scores scores = reranker.predict(pairs);
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS.size(); i++) {
            expected.add(i);
        }
        expected.sort(Comparator.comparing((Integer i) -> scores.get(i, 0)).reversed());

        List<RankedDocument> all = reranker.rank(QUERY, DOCUMENTS, 0, false);
        assertThat(all).extracting(RankedDocument::corpusId).containsExactlyElementsOf(expected);
        for (RankedDocument d : all) {
            assertThat(d.score()).isEqualTo(scores.get(d.corpusId(), 0));
            assertThat(d.text()).isNull();
        }
        assertThat(reranker.rank(QUERY, DOCUMENTS, 100, false)).isEqualTo(all);
        assertThat(reranker.rank(QUERY, DOCUMENTS, -1, false)).isEqualTo(all);

        List<RankedDocument> top2 = reranker.rank(QUERY, DOCUMENTS, 2, true);
        assertThat(top2).extracting(RankedDocument::corpusId).containsExactlyElementsOf(expected.subList(0, 2));
        for (RankedDocument d : top2) {
            assertThat(d.text()).isEqualTo(DOCUMENTS.get(d.corpusId()));
        }
        assertThat(reranker.rank(QUERY, List.of(), 3, true)).isEmpty();
    }

    @Test
    void equalScoresKeepCorpusOrder() {
        Scores scores = new Scores(4, 1, new float[] {0.5f, 0.9f, 0.5f, 0.1f});
        assertThat(Ranking.of(scores, List.of("a", "b", "c", "d"), 0, true))
                .containsExactly(new RankedDocument(1, 0.9f, "b"), new RankedDocument(0, 0.5f, "a"),
                        new RankedDocument(2, 0.5f, "c"), new RankedDocument(3, 0.1f, "d"));
    }

    @Test
    void emptyInputGivesNoRows() {
        Scores s = classifier.predict(List.of());
        assertThat(s.rows()).isZero();
        assertThat(s.labels()).isEqualTo(3);
    }
}
