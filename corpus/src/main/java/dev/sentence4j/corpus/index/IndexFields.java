package dev.sentence4j.corpus.index;

import dev.sentence4j.core.similarity.Similarity;
import org.apache.lucene.index.VectorSimilarityFunction;

/** Field names of a sentence4j index and the model-to-Lucene similarity mapping. */
final class IndexFields {
    static final String VECTOR = "vector";
    static final String ID = "id";
    static final String LINE = "line";
    static final String TEXT = "text";

    private IndexFields() {}

    /**
     * Lucene's function for the model's similarity. Normalized vectors use DOT_PRODUCT (cosine
     * without the norms, Lucene's recommendation for unit vectors); else COSINE; ST's "dot" is
     * Lucene's MAXIMUM_INNER_PRODUCT (unbounded dot products).
     */
    static VectorSimilarityFunction luceneFunction(Similarity similarity, boolean normalized) {
        return switch (similarity) {
            case COSINE -> normalized ? VectorSimilarityFunction.DOT_PRODUCT : VectorSimilarityFunction.COSINE;
            case DOT -> normalized ? VectorSimilarityFunction.DOT_PRODUCT : VectorSimilarityFunction.MAXIMUM_INNER_PRODUCT;
            case EUCLIDEAN -> VectorSimilarityFunction.EUCLIDEAN;
            case MANHATTAN -> throw new IllegalArgumentException(
                    "a Lucene vector index cannot use the model's manhattan similarity; Lucene supports cosine, dot and euclidean");
        };
    }
}
