package dev.sentence4j.server.batch;

/**
 * One input's result from the batcher, with the times TEI reports per input
 * (x-queue-time, x-inference-time).
 *
 * @param row            a {@code float[]} sentence embedding or a TokenMatrix
 * @param queueNanos     from submit to the start of the forward pass that ran the input
 * @param inferenceNanos the forward pass that ran the input
 */
public record TimedRow(Object row, long queueNanos, long inferenceNanos) {}
