package dev.sentence4j.corpus.mining;

import dev.sentence4j.core.Embeddings;
import dev.sentence4j.core.similarity.Similarity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * ST's util.paraphrase_mining_embeddings: for every row, its {@code topK} most similar other
 * rows (ST asks torch.topk for top_k + 1 and drops the row itself); every (score, i, j) with
 * score above the running minimum goes into a min-heap that keeps at most {@code maxPairs}
 * entries (once full, each insert evicts the lowest and raises the minimum); finally the pairs
 * are made unordered (i &lt; j), deduplicated, and sorted by score, highest first. Ties, which
 * torch orders arbitrarily, are broken here by (i, j) ascending.
 *
 * <p>This computes one row's scores at a time (memory O(n), time O(n^2 * dim)), which is ST's
 * query chunking with a chunk of one and a single corpus chunk.
 */
public final class ParaphraseMining {
    public static final int DEFAULT_TOP_K = 100;
    public static final int DEFAULT_MAX_PAIRS = 500_000;

    /** Best first: score descending, then i, then j ascending. */
    public static final Comparator<ScoredPair> ORDER = Comparator.comparingDouble((ScoredPair p) -> p.score()).reversed()
            .thenComparingInt(ScoredPair::i).thenComparingInt(ScoredPair::j);

    private ParaphraseMining() {}

    /** The best {@code k} rows for row {@code i}, best first (may include i itself). */
    @FunctionalInterface
    public interface Neighbours {
        Neighbour[] of(int i, int k);
    }

    /** A row and its score against the query row. */
    public record Neighbour(int row, float score) {}

    /** Exact mining: every row's neighbours by a full scan. */
    public static List<ScoredPair> mine(Embeddings embeddings, Similarity similarity, int topK, int maxPairs) {
        int n = embeddings.rows();
        int dim = embeddings.dimension();
        float[] data = embeddings.data();
        float[] scores = new float[n];
        Integer[] order = new Integer[n];
        Neighbours exact = (i, k) -> {
            for (int j = 0; j < n; j++) {
                scores[j] = similarity.score(data, i * dim, data, j * dim, dim);
            }
            int[] top = topIndices(scores, k, order);
            Neighbour[] out = new Neighbour[top.length];
            for (int t = 0; t < top.length; t++) {
                out[t] = new Neighbour(top[t], scores[top[t]]);
            }
            return out;
        };
        return mine(n, exact, topK, maxPairs);
    }

    /**
     * Mining over any neighbour source, e.g. an HNSW index (approximate: a pair the graph misses
     * is missed here, which is what makes millions of rows feasible).
     */
    public static List<ScoredPair> mine(int n, Neighbours neighbours, int topK, int maxPairs) {
        if (topK < 1) {
            throw new IllegalArgumentException("top_k must be >= 1, found " + topK);
        }
        if (maxPairs < 1) {
            throw new IllegalArgumentException("max_pairs must be >= 1, found " + maxPairs);
        }
        int k = Math.min(topK + 1, n);
        // ST's heap of (score, i, j) tuples: Python compares score, then i, then j.
        Comparator<Directed> heapOrder = Comparator.comparingDouble((Directed d) -> d.score)
                .thenComparingInt(d -> d.i).thenComparingInt(d -> d.j);
        PriorityQueue<Directed> pairs = new PriorityQueue<>(heapOrder);
        double minScore = -1;
        long added = 0;
        for (int i = 0; i < n; i++) {
            for (Neighbour nb : neighbours.of(i, k)) {
                int t = nb.row();
                if (t != i && nb.score() > minScore) {
                    pairs.add(new Directed(nb.score(), i, t));
                    added++;
                    if (added >= maxPairs) {
                        minScore = pairs.poll().score;
                    }
                }
            }
        }
        Set<Long> seen = new HashSet<>();
        List<ScoredPair> out = new ArrayList<>();
        while (!pairs.isEmpty()) {
            Directed d = pairs.poll();
            int a = Math.min(d.i, d.j);
            int b = Math.max(d.i, d.j);
            if (a != b && seen.add((long) a * n + b)) {
                out.add(new ScoredPair(d.score, a, b));
            }
        }
        out.sort(ORDER);
        return out;
    }

    /** Indices of the k largest scores, best first, ties by index ascending. */
    static int[] topIndices(float[] scores, int k, Integer[] scratch) {
        PriorityQueue<Integer> heap = new PriorityQueue<>(k + 1,
                (a, b) -> scores[a] != scores[b] ? Float.compare(scores[a], scores[b]) : Integer.compare(b, a));
        for (int j = 0; j < scores.length; j++) {
            if (heap.size() < k) {
                heap.add(j);
            } else {
                int worst = heap.peek();
                if (scores[j] > scores[worst]) {
                    heap.poll();
                    heap.add(j);
                }
            }
        }
        int[] out = new int[heap.size()];
        for (int p = out.length - 1; p >= 0; p--) {
            out[p] = heap.poll();
        }
        return out;
    }

    private record Directed(float score, int i, int j) {}
}
