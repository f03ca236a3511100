package dev.sentence4j.spark;

import dev.sentence4j.core.LoadOptions;
import dev.sentence4j.core.SentenceEncoder;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link SentenceEncoder} per model per executor JVM, opened on first use and shared by all
 * tasks of that JVM (SentenceEncoder is thread-safe). Keyed by the model reference: an embedded
 * model name (the sentence4j-models jar on the executor classpath) or a model directory every
 * executor can read (a shared filesystem, or shipped with --archives).
 *
 * <p>Encoders live as long as the JVM; a shutdown hook closes them (ONNX sessions hold native memory).
 */
public final class ExecutorEncoders {
    private static final ConcurrentHashMap<String, SentenceEncoder> ENCODERS = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> ENCODERS.values().forEach(SentenceEncoder::close),
                "sentence4j-close-encoders"));
    }

    private ExecutorEncoders() {}

    public static SentenceEncoder get(String model) {
        return get(model, 0);
    }

    /**
     * @param threads ONNX Runtime intra-op threads, 0 for all cores. With several task slots per
     *                executor, all-cores sessions oversubscribe the CPU: give cores / slots.
     */
    public static SentenceEncoder get(String model, int threads) {
        return ENCODERS.computeIfAbsent(model + "#threads=" + threads,
                key -> SentenceEncoder.load(model, LoadOptions.defaults().withThreads(threads)));
    }

    /** How many encoders of {@code model} this JVM has opened (tests check that a model loads once). */
    static long loaded(String model) {
        return ENCODERS.keySet().stream().filter(k -> k.startsWith(model + "#")).count();
    }
}
