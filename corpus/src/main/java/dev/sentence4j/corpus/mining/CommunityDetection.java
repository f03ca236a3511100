package dev.sentence4j.corpus.mining;

import dev.sentence4j.core.Embeddings;
import dev.sentence4j.core.normalize.Normalize;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * ST's util.community_detection (fast clustering): embeddings are L2-normalized and compared by
 * cosine. A row whose {@code minCommunitySize}-th best cosine (itself included) is at least the
 * threshold is the centre of a candidate community: every row with cosine &gt;= threshold to
 * it, ordered by cosine, highest first. Candidates are sorted by size, largest first (stably,
 * so equal sizes keep centre order); then each candidate, minus rows already taken by an
 * earlier one, is kept if it still has at least {@code minCommunitySize} rows. The result is
 * sorted by size again. ST's exact thresholds: topk(...)[-1] &gt;= threshold, members &gt;= threshold.
 *
 * <p>Memory: one row of scores at a time plus the candidate communities (as in ST).
 */
public final class CommunityDetection {
    public static final float DEFAULT_THRESHOLD = 0.75f;
    public static final int DEFAULT_MIN_COMMUNITY_SIZE = 10;

    private CommunityDetection() {}

    /** Communities as lists of row indices; each list starts with its centre's best match (usually the centre). */
    public static List<List<Integer>> detect(Embeddings embeddings, float threshold, int minCommunitySize) {
        if (minCommunitySize < 1) {
            throw new IllegalArgumentException("min_community_size must be >= 1, found " + minCommunitySize);
        }
        int n = embeddings.rows();
        if (n == 0) {
            return List.of();
        }
        int dim = embeddings.dimension();
        float[] x = embeddings.data().clone(); // [n * dim]
        Normalize.l2InPlace(x, n, dim);
        int minSize = Math.min(minCommunitySize, n);
        float[] scores = new float[n];
        Integer[] scratch = new Integer[n];
        List<List<Integer>> candidates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int atLeast = 0;
            for (int j = 0; j < n; j++) {
                double dot = 0;
                for (int d = 0; d < dim; d++) {
                    dot += x[i * dim + d] * (double) x[j * dim + d];
                }
                scores[j] = (float) dot;
                if (scores[j] >= threshold) {
                    atLeast++;
                }
            }
            // topk(min_size)[-1] >= threshold  <=>  at least min_size scores >= threshold
            if (atLeast >= minSize) {
                int[] members = ParaphraseMining.topIndices(scores, atLeast, scratch);
                List<Integer> community = new ArrayList<>(members.length);
                for (int m : members) {
                    community.add(m);
                }
                candidates.add(community);
            }
        }
        Comparator<List<Integer>> bySizeDesc = Comparator.comparingInt((List<Integer> c) -> c.size()).reversed();
        candidates.sort(bySizeDesc); // List.sort is stable, as Python's sorted
        List<List<Integer>> unique = new ArrayList<>();
        Set<Integer> taken = new HashSet<>();
        for (List<Integer> community : candidates) {
            List<Integer> rest = new ArrayList<>();
            for (int idx : community) {
                if (!taken.contains(idx)) {
                    rest.add(idx);
                }
            }
            if (rest.size() >= minSize) {
                unique.add(rest);
                taken.addAll(rest);
            }
        }
        unique.sort(bySizeDesc);
        return unique;
    }
}
