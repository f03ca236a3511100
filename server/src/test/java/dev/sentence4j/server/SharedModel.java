package dev.sentence4j.server;

import dev.sentence4j.server.backend.EncoderBackend;

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

    static ServerConfig config() {
        return ServerConfig.defaults().withPort(0);
    }
}
