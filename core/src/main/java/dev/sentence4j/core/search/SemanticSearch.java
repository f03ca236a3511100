package dev.sentence4j.core.search;

import dev.sentence4j.core.Embeddings;
import dev.sentence4j.core.similarity.Similarity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * Exact top-k search over an in-memory matrix (ST's util.semantic_search without its chunking).
 * Results are ordered by score, highest first; equal scores by corpus row, lowest first, so the
 * top k is always the head of a full sort under that order.
 */
public final class SemanticSearch {
    /** Best first: score descending, then corpus row ascending. */
    public static final Comparator<Hit> ORDER =
            Comparator.comparingDouble((Hit h) -> h.score()).reversed().thenComparingInt(Hit::corpusId);

    private SemanticSearch() {}

    /** The {@code topK} best corpus rows for one query. */
    public static List<Hit> search(float[] query, Embeddings corpus, int topK, Similarity similarity) {
        Objects.requireNonNull(similarity, "similarity");
        if (topK <= 0) {
            throw new IllegalArgumentException("topK must be > 0, found " + topK);
        }
        return top(similarity.scores(query, corpus), topK);
    }

    /**
     * The {@code topK} best of {@code scores} (one per corpus row) in {@link #ORDER}: the head of a
     * full sort. A NaN score is refused, naming its row.
     */
    public static List<Hit> top(float[] scores, int topK) {
        if (topK <= 0) {
            throw new IllegalArgumentException("topK must be > 0, found " + topK);
        }
        // Bounded heap whose head is the worst kept hit.
        PriorityQueue<Hit> heap = new PriorityQueue<>(Math.min(topK, Math.max(1, scores.length)) + 1, ORDER.reversed());
        for (int j = 0; j < scores.length; j++) {
            if (Float.isNaN(scores[j])) {
                throw new IllegalArgumentException("score of corpus row " + j + " is NaN");
            }
            Hit h = new Hit(j, scores[j]);
            if (heap.size() < topK) {
                heap.add(h);
            } else if (ORDER.compare(h, heap.peek()) < 0) {
                heap.poll();
                heap.add(h);
            }
        }
        List<Hit> out = new ArrayList<>(heap);
        out.sort(ORDER);
        return out;
    }

    /** One result list per query row. */
    public static List<List<Hit>> search(Embeddings queries, Embeddings corpus, int topK, Similarity similarity) {
        List<List<Hit>> out = new ArrayList<>(queries.rows());
        for (int i = 0; i < queries.rows(); i++) {
            out.add(search(queries.row(i), corpus, topK, similarity));
        }
        return out;
    }
}
