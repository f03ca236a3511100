package dev.sentence4j.corpus.index;

import java.util.Locale;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene102.Lucene102HnswBinaryQuantizedVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;

/**
 * How the HNSW graph stores vectors for traversal. The float32 vectors are always kept too:
 * quantized searches gather extra candidates on the quantized graph, then rescore them at full
 * precision.
 */
public enum IndexQuantization {
    /** float32 vectors (Lucene99HnswVectorsFormat). */
    NONE,
    /** Lucene's scalar quantization with 7 bits per dimension (Lucene99HnswScalarQuantizedVectorsFormat, bits=7; Lucene's "int8"). */
    INT8,
    /** One bit per dimension with corrective terms (Lucene102HnswBinaryQuantizedVectorsFormat, RaBitQ-style). */
    BINARY;

    public static IndexQuantization parse(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--quantization must be none, int8 or binary, found '" + name + "'");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Factor on the graph candidates, to make up for quantized scores' ranking errors before full-precision rescoring. */
    public int oversample() {
        return switch (this) {
            case NONE -> 1;
            case INT8 -> 2;
            case BINARY -> 5;
        };
    }

    KnnVectorsFormat format(int maxConn, int beamWidth) {
        return switch (this) {
            case NONE -> new Lucene99HnswVectorsFormat(maxConn, beamWidth);
            case INT8 -> new Lucene99HnswScalarQuantizedVectorsFormat(maxConn, beamWidth, 1, 7, false, null, null);
            case BINARY -> new Lucene102HnswBinaryQuantizedVectorsFormat(maxConn, beamWidth);
        };
    }
}
