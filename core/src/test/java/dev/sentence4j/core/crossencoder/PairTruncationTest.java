package dev.sentence4j.core.crossencoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.huggingface.tokenizers.Encoding;
import dev.sentence4j.core.testing.CrossEncoderTestModel;
import dev.sentence4j.core.testing.CrossEncoderTestModel.Head;
import dev.sentence4j.core.testing.CrossEncoderTestModel.Spec;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pairs longer than max_length are cut as HF's tokenizer cuts them in ST's CrossEncoder.predict
 * (truncation=True: longest_first): ids, type ids and mask equal HF tokenizers' (through DJL) for a
 * long first text, a long second text and both long, at the model's max length (tokenizer_config.json's
 * model_max_length, 24 here) and at 512; and the scores of the cut pairs equal the independent
 * computation on HF's cut.
 */
class PairTruncationTest {
    static final int MAX_LENGTH = 24;
    static final String SHORT = "Where do polar bears live?";
    static final String LONG = "Polar bears live in the Arctic, on the sea ice of the Arctic Ocean and the coasts"
            + " around it, in Canada, Alaska, Russia, Greenland and Norway; they hunt seals from the ice and fast"
            + " on land in summer when the ice melts, walking long distances between feeding grounds.";
    static final String LONGER = LONG + " " + LONG.toUpperCase(java.util.Locale.ROOT);
    static final List<TextPair> PAIRS = List.of(
            TextPair.of(LONG, SHORT),      // first long
            TextPair.of(SHORT, LONG),      // second long
            TextPair.of(LONG, LONGER),     // both long, second longer
            TextPair.of(LONGER, LONG),     // both long, first longer
            TextPair.of(LONG, LONG),       // both long, equal
            TextPair.of("a b c d e f g h i j k", "l m n o p q r s t u v w x"), // 11 + 13 words, just over
            TextPair.of(LONGER));          // a single long text

    @TempDir
    static Path tmp;
    static CrossEncoder model;
    static CrossEncoderOracle oracle;
    static CrossEncoderOracle oracle512;

    @BeforeAll
    static void load() throws Exception {
        model = CrossEncoder.load(CrossEncoderTestModel.write(tmp.resolve("short"), Spec.reranker().withMaxLength(MAX_LENGTH)));
        oracle = new CrossEncoderOracle(MAX_LENGTH);
        oracle512 = new CrossEncoderOracle(512);
    }

    @AfterAll
    static void close() throws Exception {
        model.close();
        oracle.close();
        oracle512.close();
    }

    @Test
    void maxLengthIsTheTokenizersModelMaxLength() {
        assertThat(model.info().maxLength()).isEqualTo(MAX_LENGTH);
    }

    @Test
    void longPairsAreCutAsHfCutsThem() {
        for (TextPair pair : PAIRS) {
            Encoding hf = oracle.encode(pair.first(), pair.second());
            dev.sentence4j.tokenizers.Encoding ours = model.tokenize(pair, true);
            assertThat(ours.length()).as("%s", pair).isEqualTo(MAX_LENGTH);
            assertThat(Arrays.stream(ours.ids()).asLongStream().toArray()).as("ids of %s", pair).containsExactly(hf.getIds());
            assertThat(Arrays.stream(ours.typeIds()).asLongStream().toArray()).as("type ids of %s", pair)
                    .containsExactly(hf.getTypeIds());
            assertThat(Arrays.stream(ours.attentionMask()).asLongStream().toArray()).containsExactly(hf.getAttentionMask());
        }
    }

    @Test
    void pairsOverFiveHundredTwelveTokensAreCutAsHfCutsThem() {
        String huge = (LONG + " ").repeat(12); // about 690 tokens
        List<TextPair> pairs = List.of(TextPair.of(huge, SHORT), TextPair.of(SHORT, huge), TextPair.of(huge, huge + huge));
        try (CrossEncoder at512 = CrossEncoder.load(CrossEncoderTestModel.write(tmp.resolve("512"), Spec.reranker()))) {
            assertThat(at512.info().maxLength()).isEqualTo(512);
            for (TextPair pair : pairs) {
                Encoding hf = oracle512.encode(pair.first(), pair.second());
                dev.sentence4j.tokenizers.Encoding ours = at512.tokenize(pair, true);
                assertThat(ours.length()).isEqualTo(512);
                assertThat(Arrays.stream(ours.ids()).asLongStream().toArray()).containsExactly(hf.getIds());
                assertThat(Arrays.stream(ours.typeIds()).asLongStream().toArray()).containsExactly(hf.getTypeIds());
            }
        }
    }

    @Test
    void untruncatedTokensAreWhole() {
        for (TextPair pair : PAIRS) {
            Encoding hf = oracle512.encode(pair.first(), pair.second()); // all of these fit in 512
            dev.sentence4j.tokenizers.Encoding whole = model.tokenize(pair, false);
            assertThat(whole.length()).isGreaterThan(MAX_LENGTH);
            assertThat(Arrays.stream(whole.ids()).asLongStream().toArray()).as("ids of %s", pair).containsExactly(hf.getIds());
        }
    }

    @Test
    void scoresOfCutPairsEqualTheIndependentComputation() throws Exception {
        Head head = Head.of(1, Spec.reranker().seed());
        Scores scores = model.predict(PAIRS);
        for (int i = 0; i < PAIRS.size(); i++) {
            double[] logits = oracle.logits(PAIRS.get(i).first(), PAIRS.get(i).second(), head);
            assertThat((double) scores.get(i, 0)).as("pair %d", i)
                    .isCloseTo(CrossEncoderOracle.sigmoid(logits)[0], within(CrossEncoderTest.TOLERANCE));
        }
    }

    @Test
    void anUntruncatedPairOverMaxLengthIsRefusedByPredictEncoded() {
        dev.sentence4j.tokenizers.Encoding whole = model.tokenize(PAIRS.get(0), false);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> model.predictEncoded(List.of(whole), PredictOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("input 0 has " + whole.length() + " tokens, more than max_length " + MAX_LENGTH);
    }
}
