package dev.sentence4j.bench.pipeline;

import dev.sentence4j.core.Embeddings;
import dev.sentence4j.core.LoadOptions;
import dev.sentence4j.core.SentenceEncoder;
import java.util.List;

/** Ours, through the public API with default encode options (batches of 32). */
public record Sentence4jPipeline(SentenceEncoder encoder) implements EmbeddingPipeline {
    public static Sentence4jPipeline open(String model, int threads) {
        return new Sentence4jPipeline(SentenceEncoder.load(model, LoadOptions.defaults().withThreads(threads)));
    }

    @Override
    public double encodeAll(List<String> texts) {
        Embeddings e = encoder.encode(texts);
        return EmbeddingPipeline.checksum(e.data());
    }

    @Override
    public double encodeOne(String text) {
        return EmbeddingPipeline.checksum(encoder.encode(text));
    }

    @Override
    public void close() {
        encoder.close();
    }
}
