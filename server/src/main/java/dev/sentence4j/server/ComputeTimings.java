package dev.sentence4j.server;

import io.javalin.http.Context;
import java.util.concurrent.TimeUnit;

/**
 * What one inference request cost, sent as TEI's response headers (router/src/http/server.rs,
 * ResponseMetadata): {@code x-compute-characters} (Unicode scalar values of the inputs, Rust's
 * {@code chars().count()}), {@code x-compute-tokens} (tokens the model saw, after truncation,
 * special tokens included), {@code x-compute-time} and {@code x-total-time} (since the request's
 * inputs were read), and per input, averaged over the request's inputs as TEI averages them:
 * {@code x-tokenization-time}, {@code x-queue-time}, {@code x-inference-time}. All times in whole
 * milliseconds, as TEI's {@code as_millis()}.
 *
 * <p>Filled by the one request thread that prepares the inputs and joins their rows.
 */
public final class ComputeTimings {
    private final long start;
    private long characters;
    private long tokens;
    private long tokenizationNanos;
    private long queueNanos;
    private long inferenceNanos;
    private int inputs;

    ComputeTimings(long startNanos) {
        this.start = startNanos;
    }

    void addInput(String text, int modelTokens) {
        characters += text.codePointCount(0, text.length());
        tokens += modelTokens;
        inputs++;
    }

    void tokenization(long nanos) {
        tokenizationNanos += nanos;
    }

    void addRow(long queue, long inference) {
        queueNanos += queue;
        inferenceNanos += inference;
    }

    public long characters() {
        return characters;
    }

    public long tokens() {
        return tokens;
    }

    /** Writes TEI's headers onto the response. */
    public void writeTo(Context ctx) {
        long total = millis(System.nanoTime() - start);
        int n = Math.max(1, inputs);
        ctx.header("x-compute-time", Long.toString(total));
        ctx.header("x-compute-characters", Long.toString(characters));
        ctx.header("x-compute-tokens", Long.toString(tokens));
        ctx.header("x-total-time", Long.toString(total));
        ctx.header("x-tokenization-time", Long.toString(millis(tokenizationNanos / n)));
        ctx.header("x-queue-time", Long.toString(millis(queueNanos / n)));
        ctx.header("x-inference-time", Long.toString(millis(inferenceNanos / n)));
    }

    private static long millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(Math.max(0, nanos));
    }
}
