package dev.sentence4j.server;

import dev.sentence4j.server.backend.EncoderBackend;

/** The embedded all-MiniLM-L6-v2, loaded once per test JVM and shared by the test classes. */
final class SharedModel {
    private static EncoderBackend backend;

    private SharedModel() {}

    static synchronized EncoderBackend backend() {
        if (backend == null) {
            backend = EncoderBackend.load("all-MiniLM-L6-v2");
        }
        return backend;
    }

    static ServerConfig config() {
        return ServerConfig.defaults().withPort(0);
    }
}
