package dev.sentence4j.tokenizers.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sentence4j.tokenizers.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Unigram pipeline on a tiny corpus: whole frequent words become pieces, every character
 * stays a piece (so nothing seen is unknown), the scores are log-probabilities, and training is
 * deterministic.
 */
class UnigramPipelineTest {

    /** Each line 200 times: counts are large, so ψ(count) - ψ(total) is within 1/(2 count) of log(count/total). */
    private static final List<String> LINES = List.of("the cat sat on the mat", "the dog sat on the log",
            "a cat and a dog", "the mat and the log");

    private static Map<String, Long> counts() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            lines.addAll(LINES);
        }
        return TokenizerTrainer.wordCounter(TrainingModel.UNIGRAM, 1).countLines(lines);
    }

    private static ObjectNode train() {
        return TokenizerTrainer.train(new TrainerSpec(TrainingModel.UNIGRAM, 40, 0, List.of("<unk>", "<s>", "</s>"), null),
                counts(), null);
    }

    @Test
    void frequentWordsAndEveryCharacterArePieces() {
        Map<String, Double> scores = scores(train());
        assertThat(scores).containsKeys("\u2581the", "\u2581cat", "\u2581sat", "\u2581dog");
        for (String word : counts().keySet()) {
            word.codePoints().forEach(c -> assertThat(scores).containsKey(Character.toString(c)));
        }
        assertThat(scores).hasSizeLessThanOrEqualTo(40);
    }

    @Test
    void specialTokensComeFirstAndTheFirstIsUnknown() {
        JsonNode model = train().get("model");
        assertThat(model.get("unk_id").asInt()).isZero();
        assertThat(model.get("vocab").get(0).get(0).asText()).isEqualTo("<unk>");
        assertThat(model.get("vocab").get(2).get(0).asText()).isEqualTo("</s>");
    }

    @Test
    void scoresAreLogProbabilities() {
        Map<String, Double> scores = scores(train());
        double sum = 0;
        for (Map.Entry<String, Double> e : scores.entrySet()) {
            if (!List.of("<unk>", "<s>", "</s>").contains(e.getKey())) {
                assertThat(e.getValue()).isNegative();
                sum += Math.exp(e.getValue());
            }
        }
        // exp ψ(x) ≈ x - 1/2: with every count in the hundreds the sum is within 1% of 1
        assertThat(sum).isBetween(0.99, 1.01);
    }

    @Test
    void deterministicAndEncodesTheCorpusWithoutUnknowns() {
        String a = TokenizerTrainer.toJson(train());
        assertThat(TokenizerTrainer.toJson(train())).isEqualTo(a);
        Tokenizer t = Tokenizer.fromJson(a, "trained");
        assertThat(t.encode("the cat sat on the mat").tokens())
                .containsExactly("\u2581the", "\u2581cat", "\u2581sat", "\u2581on", "\u2581the", "\u2581mat");
        assertThat(t.encode("the dogs").ids()).doesNotContain(0);
        // z, b, r were never seen: unknown (id 0; a Unigram token keeps its text, "b" "r" fused)
        assertThat(t.encode("the zebra").ids()).containsExactly(t.tokenToId("\u2581the").getAsInt(),
                t.tokenToId("\u2581").getAsInt(), 0, t.tokenToId("e").getAsInt(), 0, t.tokenToId("a").getAsInt());
    }

    private static Map<String, Double> scores(ObjectNode json) {
        Map<String, Double> out = new HashMap<>();
        for (JsonNode entry : json.get("model").get("vocab")) {
            out.put(entry.get(0).asText(), entry.get(1).asDouble());
        }
        return out;
    }
}
