package dev.sentence4j.viz;

import dev.sentence4j.core.SentenceEncoder;
import dev.sentence4j.viz.embedding.WordEmbeddingMatrix;
import java.nio.file.Files;
import java.nio.file.Path;

/** One all-MiniLM-L6-v2 encoder and its word-embedding matrix for the whole test run (loading costs seconds). */
public final class SharedModel {
    public static final String NAME = "all-MiniLM-L6-v2";
    private static SentenceEncoder encoder;
    private static WordEmbeddingMatrix matrix;

    private SharedModel() {}

    public static synchronized SentenceEncoder encoder() {
        if (encoder == null) {
            encoder = SentenceEncoder.load(NAME);
        }
        return encoder;
    }

    public static synchronized WordEmbeddingMatrix matrix() {
        if (matrix == null) {
            matrix = ModelViews.wordEmbeddings(encoder());
        }
        return matrix;
    }

    /** Where tests put the pictures they draw, for a person to look at. */
    public static Path renders() throws java.io.IOException {
        return Files.createDirectories(Path.of("target", "viz-renders"));
    }
}
