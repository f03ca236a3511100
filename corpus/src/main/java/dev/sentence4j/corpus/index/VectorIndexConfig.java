package dev.sentence4j.corpus.index;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to build a vector index.
 *
 * @param directory    the Lucene index directory (created; must not hold an index already)
 * @param quantization graph vectors: none, int8 or binary
 * @param maxConn      HNSW M: neighbours per node (Lucene's default 16)
 * @param beamWidth    HNSW efConstruction (Lucene's default 100)
 * @param batchRows    rows encoded per window
 */
public record VectorIndexConfig(Path directory, IndexQuantization quantization, int maxConn, int beamWidth, int batchRows) {
    public VectorIndexConfig {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(quantization, "quantization");
        if (maxConn < 2 || maxConn > 512) {
            throw new IllegalArgumentException("maxConn must be in [2, 512], found " + maxConn);
        }
        if (beamWidth < 1 || beamWidth > 3200) {
            throw new IllegalArgumentException("beamWidth must be in [1, 3200], found " + beamWidth);
        }
        if (batchRows < 1) {
            throw new IllegalArgumentException("batchRows must be >= 1, found " + batchRows);
        }
    }

    public static VectorIndexConfig of(Path directory) {
        return new VectorIndexConfig(directory, IndexQuantization.NONE, 16, 100, 4096);
    }

    public VectorIndexConfig withQuantization(IndexQuantization v) {
        return new VectorIndexConfig(directory, v, maxConn, beamWidth, batchRows);
    }

    public VectorIndexConfig withGraph(int m, int beam) {
        return new VectorIndexConfig(directory, quantization, m, beam, batchRows);
    }
}
