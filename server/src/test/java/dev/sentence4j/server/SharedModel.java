package dev.sentence4j.server;

import dev.sentence4j.core.LoadOptions;
import dev.sentence4j.core.crossencoder.CrossEncoder;
import dev.sentence4j.core.sparse.SparseEncoder;
import dev.sentence4j.core.testing.CrossEncoderTestModel;
import dev.sentence4j.core.testing.SpladeTestModel;
import dev.sentence4j.server.backend.CrossEncoderBackend;
import dev.sentence4j.server.backend.EncoderBackend;
import dev.sentence4j.server.backend.SparseEncoderBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** The embedded models, each loaded once per test JVM and shared by the test classes. */
final class SharedModel {
    private static EncoderBackend backend;
    private static final java.util.Map<String, EncoderBackend> OTHERS = new java.util.concurrent.ConcurrentHashMap<>();

    private SharedModel() {}

    static synchronized EncoderBackend backend() {
        if (backend == null) {
            backend = EncoderBackend.load("all-MiniLM-L6-v2");
        }
        return backend;
    }

    /** Another embedded model, e.g. e5-small-v2-q. */
    static EncoderBackend backend(String name) {
        return OTHERS.computeIfAbsent(name, EncoderBackend::load);
    }

    private static CrossEncoderBackend reranker;
    private static CrossEncoderBackend classifier;
    private static SparseEncoderBackend sparse;

    /** The test cross-encoder with one label (core/testing): MiniLM's encoder plus a seeded head. */
    static synchronized CrossEncoderBackend reranker() {
        if (reranker == null) {
            reranker = crossEncoder("reranker", CrossEncoderTestModel.Spec.reranker());
        }
        return reranker;
    }

    /** The test cross-encoder with three labels. */
    static synchronized CrossEncoderBackend classifier() {
        if (classifier == null) {
            classifier = crossEncoder("classifier", CrossEncoderTestModel.Spec.classifier());
        }
        return classifier;
    }

    /** The test SPLADE model (core/testing): MiniLM's encoder plus a seeded MLM head. */
    static synchronized SparseEncoderBackend sparse() {
        if (sparse == null) {
            sparse = new SparseEncoderBackend(SparseEncoder.load(SpladeTestModel.shared(),
                    LoadOptions.defaults().withName("splade-test")), true);
        }
        return sparse;
    }

    private static CrossEncoderBackend crossEncoder(String name, CrossEncoderTestModel.Spec spec) {
        try {
            var dir = CrossEncoderTestModel.write(Files.createTempDirectory("sentence4j-" + name), spec);
            return new CrossEncoderBackend(CrossEncoder.load(dir, LoadOptions.defaults().withName(name + "-test")), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ServerConfig config() {
        return ServerConfig.defaults().withPort(0);
    }
}
