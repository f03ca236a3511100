package dev.sentence4j.core.sparse;

import dev.sentence4j.core.similarity.Similarity;
import java.util.Objects;

/**
 * The similarity functions of {@link Similarity} on sparse vectors, with the same conventions
 * (higher is more similar, distances negated, cosine with a zero vector is 0), computed over the
 * active dimensions only: a dimension inactive in both vectors adds nothing to any of them.
 * A SparseEncoder's default is the dot product.
 */
public final class SparseSimilarity {
    private SparseSimilarity() {}

    public static float score(Similarity fn, SparseVector a, SparseVector b) {
        Objects.requireNonNull(fn, "fn");
        a.requireSameDimension(b);
        return switch (fn) {
            case DOT -> a.dot(b);
            case COSINE -> {
                double na = a.norm();
                double nb = b.norm();
                yield na == 0 || nb == 0 ? 0f : (float) (a.dot(b) / (na * nb));
            }
            case EUCLIDEAN -> (float) -Math.sqrt(differences(a, b, true));
            case MANHATTAN -> (float) -differences(a, b, false);
        };
    }

    /** Sum over the union of active dimensions of (a - b)^2, or of |a - b|, in double. */
    private static double differences(SparseVector a, SparseVector b, boolean squared) {
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            int ia = i < a.size() ? a.indexAt(i) : Integer.MAX_VALUE;
            int ib = j < b.size() ? b.indexAt(j) : Integer.MAX_VALUE;
            double d;
            if (ia == ib) {
                d = a.valueAt(i++) - (double) b.valueAt(j++);
            } else if (ia < ib) {
                d = a.valueAt(i++);
            } else {
                d = b.valueAt(j++);
            }
            sum += squared ? d * d : Math.abs(d);
        }
        return sum;
    }
}
