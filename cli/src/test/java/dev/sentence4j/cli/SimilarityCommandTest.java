package dev.sentence4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sentence4j.core.testing.TestModels;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    /**
     * A model whose config says dot product scores with the dot product, as search does: the
     * scores equal dot products computed here from encode's vectors, not their cosines.
     */
    @Test
    void aDotProductModelScoresByDotProduct(@TempDir Path dir) throws Exception {
        Path model = TestModels.dotProduct(dir.resolve("dot"));
        CliRun run = CliRun.of(args("similarity", "--json", "--model", model.toString()));
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode scores = new ObjectMapper().readTree(run.out()).get("scores");
        CliRun enc = CliRun.of(args("encode", "--model", model.toString()));
        assertThat(enc.exitCode()).as(enc.err()).isZero();
        List<float[]> v = enc.out().lines().map(SimilarityCommandTest::vector).toList();
        for (int i = 0; i < OTHERS.length; i++) {
            double dot = 0;
            double na = 0;
            double nb = 0;
            for (int d = 0; d < v.get(0).length; d++) {
                dot += (double) v.get(0)[d] * v.get(i + 1)[d];
                na += (double) v.get(0)[d] * v.get(0)[d];
                nb += (double) v.get(i + 1)[d] * v.get(i + 1)[d];
            }
            assertThat(scores.get(i).asDouble()).as("score %d", i).isCloseTo(dot, within(1e-3 * Math.abs(dot)));
            assertThat(Math.abs(dot / Math.sqrt(na * nb) - dot)).as("cosine and dot differ here").isGreaterThan(0.5);
        }
        CliRun table = CliRun.of(args("similarity", "--model", model.toString()));
        assertThat(table.out()).contains("Similarity (dot)");
    }

    private static float[] vector(String jsonArray) {
        try {
            JsonNode a = new ObjectMapper().readTree(jsonArray);
            float[] out = new float[a.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = (float) a.get(i).asDouble();
            }
            return out;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
