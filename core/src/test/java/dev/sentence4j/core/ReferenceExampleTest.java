package dev.sentence4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sentence4j.core.search.Hit;
import dev.sentence4j.core.search.SemanticSearch;
import dev.sentence4j.core.similarity.Similarity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reference material's coffin / person box example (tutorials 001 and 002). */
class ReferenceExampleTest {
    static final String QUERY = "Three years later, the coffin was still full of Jello.";
    static final List<String> CANDIDATES = List.of(
            "The fish dreamed of escaping the fishbowl and into the toilet where he saw his friend go.",
            "The person box was packed with jelly many dozens of months later.",
            "Standing on one's head at job interviews forms a lasting impression.",
            "It took him a month to finish the meal.",
            "He found a leprechaun in his walnut shell.");

    @Test
    void thePersonBoxIsClosestToTheCoffin() {
        SentenceEncoder encoder = SharedEncoders.miniLm();
        float[] query = encoder.encode(QUERY);
        Embeddings candidates = encoder.encode(CANDIDATES);
        float[] scores = Similarity.COSINE.scores(query, candidates);
        int best = 0;
        for (int i = 1; i < scores.length; i++) {
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
        assertThat(CANDIDATES.get(best)).startsWith("The person box");
        float[] viaModel = encoder.similarity(Embeddings.of(List.of(query)), candidates);
        assertThat(viaModel).containsExactly(scores);
        List<Hit> top = SemanticSearch.search(query, candidates, 1, Similarity.COSINE);
        assertThat(top.get(0).corpusId()).isEqualTo(1);
    }
}
