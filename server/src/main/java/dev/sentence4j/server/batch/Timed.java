package dev.sentence4j.server.batch;

/**
 * One input's result from the batcher, with the times TEI reports per input
 * (x-queue-time, x-inference-time).
 *
 * @param row            the sentence embedding or the token embeddings
 * @param queueNanos     from submit to the start of the forward pass that ran the input
 * @param inferenceNanos the forward pass that ran the input
 */
public record Timed<T>(T row, long queueNanos, long inferenceNanos) {}
