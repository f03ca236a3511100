package dev.sentence4j.spark;

import dev.sentence4j.core.LoadOptions;
import dev.sentence4j.core.SentenceEncoder;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
    // SLF4J, which Spark provides and routes into each executor's log (JUL records are not shown there).
    private static final Logger LOG = LoggerFactory.getLogger(ExecutorEncoders.class);
    /** The log message's fixed words, which tests count in executor logs. */
    static final String OPENED = "sentence4j opened";

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
        return ENCODERS.computeIfAbsent(model + "#threads=" + threads, key -> open(model, threads));
    }

    private static SentenceEncoder open(String model, int threads) {
        long start = System.nanoTime();
        SentenceEncoder encoder = SentenceEncoder.load(model, LoadOptions.defaults().withThreads(threads));
        // One line per open, in the executor's log: how an operator (and the cluster test) sees
        // that a JVM opened a model once, not once per task, and what the open cost.
        LOG.info("{} model {} with {} thread(s) in JVM pid {} in {} ms", OPENED, model, threads,
                ProcessHandle.current().pid(), (System.nanoTime() - start) / 1_000_000);
        return encoder;
    }

    /** How many encoders of {@code model} this JVM has opened (tests check that a model loads once). */
    static long loaded(String model) {
        return ENCODERS.keySet().stream().filter(k -> k.startsWith(model + "#")).count();
    }
}
