package dev.sentence4j.server.backend;

import dev.sentence4j.core.LoadOptions;
import dev.sentence4j.core.ModelLocator;
import dev.sentence4j.core.SentenceEncoder;
import dev.sentence4j.core.config.ModelKind;
import dev.sentence4j.core.crossencoder.CrossEncoder;
import dev.sentence4j.core.sparse.SparseEncoder;
import java.nio.file.Path;

/** Opens the backend that serves a model, chosen by the model's kind as its directory declares it. */
public final class Backends {
    private Backends() {}

    /**
     * An embedded model name, a model directory or a Hub id, served by the backend of its kind
     * ({@link ModelKind#of}): an embedding model, a sparse (SPLADE) model or a cross-encoder.
     */
    public static ModelBackend load(String nameOrPath, LoadOptions options) {
        Path dir = ModelLocator.resolve(nameOrPath, options.hubOptions());
        LoadOptions named = options.withDefaultName(nameOrPath);
        return switch (ModelKind.of(dir)) {
            case EMBEDDING -> new EncoderBackend(SentenceEncoder.load(dir, named), true);
            case SPARSE -> new SparseEncoderBackend(SparseEncoder.load(dir, named), true);
            case CROSS_ENCODER -> new CrossEncoderBackend(CrossEncoder.load(dir, named), true);
        };
    }
}
