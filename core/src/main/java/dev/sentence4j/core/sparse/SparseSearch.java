package dev.sentence4j.core.sparse;

import dev.sentence4j.core.search.Hit;
import dev.sentence4j.core.search.SemanticSearch;
import dev.sentence4j.core.similarity.Similarity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Exact top-k search over sparse vectors in memory: every corpus vector scored against the query
 * with the model's similarity (a SparseEncoder's is the dot product), in {@link SemanticSearch}'s
 * order (score descending, then corpus row ascending), so the top k is the head of a full sort.
 */
public final class SparseSearch {
    private SparseSearch() {}

    public static List<Hit> search(SparseVector query, List<SparseVector> corpus, int topK, Similarity similarity) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(similarity, "similarity");
        float[] scores = new float[corpus.size()]; // [corpus.size()]
        for (int j = 0; j < scores.length; j++) {
            scores[j] = SparseSimilarity.score(similarity, query, corpus.get(j));
        }
        return SemanticSearch.top(scores, topK);
    }

    /** One result list per query. */
    public static List<List<Hit>> search(List<SparseVector> queries, List<SparseVector> corpus, int topK,
            Similarity similarity) {
        List<List<Hit>> out = new ArrayList<>(queries.size());
        for (SparseVector q : queries) {
            out.add(search(q, corpus, topK, similarity));
        }
        return out;
    }
}
