package dev.sentence4j.core;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Embedded-model encoders shared by the test classes of one JVM (loading one takes a second). */
public final class SharedEncoders {
    private static final Map<String, SentenceEncoder> ENCODERS = new ConcurrentHashMap<>();

    private SharedEncoders() {}

    public static SentenceEncoder get(String name) {
        return ENCODERS.computeIfAbsent(name, SentenceEncoder::load);
    }

    public static SentenceEncoder miniLm() {
        return get("all-MiniLM-L6-v2");
    }
}
