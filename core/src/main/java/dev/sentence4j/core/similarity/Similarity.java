package dev.sentence4j.core.similarity;

import dev.sentence4j.core.Embeddings;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Similarity functions with sentence-transformers' conventions (SimilarityFunction): higher is
 * more similar, so the distances are returned negated (ST's euclidean_sim and manhattan_sim).
 * Cosine with a zero vector is 0 (ST normalizes with eps, which leaves a zero vector zero).
 */
public enum Similarity {
    COSINE("cosine"),
    DOT("dot"),
    EUCLIDEAN("euclidean"),
    MANHATTAN("manhattan");

    private final String configName;

    Similarity(String configName) {
        this.configName = configName;
    }

    /** The name in config_sentence_transformers.json's similarity_fn_name. */
    public String configName() {
        return configName;
    }

    /** Accepts ST's names, including its alias "dot_product". */
    public static Optional<Similarity> fromConfigName(String name) {
        if ("dot_product".equals(name)) {
            return Optional.of(DOT);
        }
        return Arrays.stream(values()).filter(s -> s.configName.equals(name)).findFirst();
    }

    public static String validNames() {
        return Arrays.stream(values()).map(Similarity::configName).collect(Collectors.joining(", "));
    }

    /** Similarity of two vectors of equal length. */
    public float score(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vector dimensions differ: " + a.length + "!=" + b.length);
        }
        return score(a, 0, b, 0, a.length);
    }

    /** Similarity of {@code a[aOff, aOff + dim)} and {@code b[bOff, bOff + dim)}. */
    public float score(float[] a, int aOff, float[] b, int bOff, int dim) {
        switch (this) {
            case COSINE: {
                double dot = 0, na = 0, nb = 0;
                for (int i = 0; i < dim; i++) {
                    float x = a[aOff + i], y = b[bOff + i];
                    dot += x * (double) y;
                    na += x * (double) x;
                    nb += y * (double) y;
                }
                if (na == 0 || nb == 0) {
                    return 0f;
                }
                return (float) (dot / (Math.sqrt(na) * Math.sqrt(nb)));
            }
            case DOT: {
                double dot = 0;
                for (int i = 0; i < dim; i++) {
                    dot += a[aOff + i] * (double) b[bOff + i];
                }
                return (float) dot;
            }
            case EUCLIDEAN: {
                double sq = 0;
                for (int i = 0; i < dim; i++) {
                    double d = a[aOff + i] - (double) b[bOff + i];
                    sq += d * d;
                }
                return (float) -Math.sqrt(sq);
            }
            case MANHATTAN: {
                double sum = 0;
                for (int i = 0; i < dim; i++) {
                    sum += Math.abs(a[aOff + i] - (double) b[bOff + i]);
                }
                return (float) -sum;
            }
            default:
                throw new AssertionError(this);
        }
    }

    /** One against many: {@code [corpus.rows()]}. */
    public float[] scores(float[] query, Embeddings corpus) {
        if (corpus.rows() > 0 && query.length != corpus.dimension()) {
            throw new IllegalArgumentException("vector dimensions differ: " + query.length + "!=" + corpus.dimension());
        }
        float[] out = new float[corpus.rows()];
        for (int j = 0; j < out.length; j++) {
            out[j] = score(query, 0, corpus.data(), j * corpus.dimension(), query.length);
        }
        return out;
    }

    /** All pairs: {@code [a.rows() * b.rows()]}, row i holds a[i] against every row of b. */
    public float[] matrix(Embeddings a, Embeddings b) {
        if (a.rows() > 0 && b.rows() > 0 && a.dimension() != b.dimension()) {
            throw new IllegalArgumentException("vector dimensions differ: " + a.dimension() + "!=" + b.dimension());
        }
        int dim = a.dimension();
        float[] out = new float[a.rows() * b.rows()];
        for (int i = 0; i < a.rows(); i++) {
            for (int j = 0; j < b.rows(); j++) {
                out[i * b.rows() + j] = score(a.data(), i * dim, b.data(), j * dim, dim);
            }
        }
        return out;
    }
}
