package dev.sentence4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SimilarityCommandTest {
    // The reference material's example (001/002): the "person box" sentence says the same as the
    // query with other words; the rest are unrelated.
    static final String QUERY = "Three years later, the coffin was still full of Jello.";
    static final String[] OTHERS = {
        "The fish dreamed of escaping the fishbowl and into the toilet where he saw his friend go.",
        "The person box was packed with jelly many dozens of months later.",
        "Standing on one's head at job interviews forms a lasting impression.",
        "It took him a month to finish the meal.",
        "He found a leprechaun in his walnut shell.",
    };

    private static String[] args(String... prefix) {
        String[] a = new String[prefix.length + 1 + OTHERS.length];
        System.arraycopy(prefix, 0, a, 0, prefix.length);
        a[prefix.length] = QUERY;
        System.arraycopy(OTHERS, 0, a, prefix.length + 1, OTHERS.length);
        return a;
    }

    @Test
    void jsonScoresRankThePersonBoxFirst() throws Exception {
        CliRun run = CliRun.of(args("similarity", "--json"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode scores = new ObjectMapper().readTree(run.out()).get("scores");
        assertThat(scores).hasSize(5);
        int best = 0;
        for (int i = 0; i < scores.size(); i++) {
            assertThat(scores.get(i).asDouble()).isBetween(-1.0, 1.0);
            if (scores.get(i).asDouble() > scores.get(best).asDouble()) {
                best = i;
            }
        }
        assertThat(OTHERS[best]).startsWith("The person box");
    }

    @Test
    void tableShowsIndexScoreAndSentence() {
        CliRun run = CliRun.of(args("similarity"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Index", "Similarity", "Sentence", "Query: " + QUERY);
        assertThat(run.out().lines().filter(l -> l.contains("most similar")).findFirst().orElseThrow())
            .contains("The person box");
    }

    @Test
    void matrixIsSymmetricWithOnesOnTheDiagonal() throws Exception {
        CliRun run = CliRun.of("similarity", "--matrix", "--json", "A man is eating food.", "A man eats a meal.", "The sky is blue.");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode m = new ObjectMapper().readTree(run.out()).get("matrix");
        assertThat(m).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(m.get(i).get(i).asDouble()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
            for (int j = 0; j < 3; j++) {
                assertThat(m.get(i).get(j).asDouble()).isCloseTo(m.get(j).get(i).asDouble(), org.assertj.core.data.Offset.offset(1e-6));
            }
        }
        // Paraphrases beat an unrelated sentence.
        assertThat(m.get(0).get(1).asDouble()).isGreaterThan(m.get(0).get(2).asDouble() + 0.3);
    }

    @Test
    void oneSentenceIsAUsageErrorNotAStackTrace() {
        CliRun run = CliRun.of("similarity", "only one");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("SENTENCE").doesNotContain("Exception");
    }

    @Test
    void unknownModelListsTheEmbeddedOnes() {
        CliRun run = CliRun.of("similarity", "--model", "no-such-model", "a", "b");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no-such-model", "all-MiniLM-L6-v2", "bge-small-en-v1.5-q", "e5-small-v2-q")
            .doesNotContain("\tat ");
    }
}
