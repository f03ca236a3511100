package dev.sentence4j.server.batch;

import dev.sentence4j.server.backend.EncodeSpec;
import java.util.concurrent.CompletableFuture;

/**
 * One input waiting in the queue.
 *
 * @param tokens tokens the model will see (after truncation): the item's share of the budget
 * @param result completed by the batcher with a {@code float[]} (sentence) or a TokenMatrix, and its times
 * @param queuedAt {@link System#nanoTime()} when it was queued
 */
record WorkItem(String text, int tokens, EncodeSpec spec, CompletableFuture<TimedRow> result, long queuedAt) {}
