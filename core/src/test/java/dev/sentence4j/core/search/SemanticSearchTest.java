package dev.sentence4j.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sentence4j.core.Embeddings;
import dev.sentence4j.core.similarity.Similarity;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SemanticSearchTest {
    @Test
    void topKIsTheHeadOfAFullSort() {
        Random rnd = new Random(3);
        for (int trial = 0; trial < 50; trial++) {
            int rows = 1 + rnd.nextInt(60), dim = 1 + rnd.nextInt(8);
            float[] data = new float[rows * dim];
            for (int i = 0; i < data.length; i++) {
                data[i] = rnd.nextInt(3) - 1; // few distinct values: many ties
            }
            Embeddings corpus = new Embeddings(rows, dim, data);
            float[] q = new float[dim];
            q[0] = 1;
            for (Similarity s : Similarity.values()) {
                float[] scores = s.scores(q, corpus);
                List<Hit> full = new ArrayList<>();
                for (int j = 0; j < rows; j++) {
                    full.add(new Hit(j, scores[j]));
                }
                full.sort(SemanticSearch.ORDER);
                int k = 1 + rnd.nextInt(rows + 3);
                assertThat(SemanticSearch.search(q, corpus, k, s)).isEqualTo(full.subList(0, Math.min(k, rows)));
            }
        }
    }

    @Test
    void tiesGoToTheLowerCorpusRow() {
        Embeddings corpus = new Embeddings(4, 2, new float[] {0, 1, 1, 0, 1, 0, 1, 0});
        List<Hit> hits = SemanticSearch.search(new float[] {1, 0}, corpus, 2, Similarity.COSINE);
        assertThat(hits).extracting(Hit::corpusId).containsExactly(1, 2);
    }

    @Test
    void manyQueries() {
        Embeddings corpus = new Embeddings(3, 2, new float[] {1, 0, 0, 1, -1, 0});
        Embeddings queries = new Embeddings(2, 2, new float[] {0, 1, -1, 0});
        List<List<Hit>> hits = SemanticSearch.search(queries, corpus, 1, Similarity.COSINE);
        assertThat(hits.get(0).get(0).corpusId()).isEqualTo(1);
        assertThat(hits.get(1).get(0).corpusId()).isEqualTo(2);
    }

    @Test
    void rejectsNonPositiveK() {
        assertThatThrownBy(() -> SemanticSearch.search(new float[] {1}, Embeddings.empty(1), 0, Similarity.DOT))
                .hasMessageContaining("topK must be > 0, found 0");
    }
}
