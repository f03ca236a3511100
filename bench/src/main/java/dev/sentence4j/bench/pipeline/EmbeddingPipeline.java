package dev.sentence4j.bench.pipeline;

import java.util.List;

/**
 * One way of turning text into sentence embeddings, as its users call it. Each method returns a
 * checksum of what it computed so that no work can be optimized away.
 */
public sealed interface EmbeddingPipeline extends AutoCloseable permits Sentence4jPipeline, LangChain4jPipeline {
    /** Embeds every text the way a user embeds a list: one call. */
    double encodeAll(List<String> texts);

    /** Embeds one text: the single-sentence (latency) path. */
    double encodeOne(String text);

    @Override
    void close();

    /** Sum of {@code v}, a cheap fold that depends on every value. */
    static double checksum(float[] v) {
        double s = 0;
        for (float x : v) {
            s += x;
        }
        return s;
    }
}
