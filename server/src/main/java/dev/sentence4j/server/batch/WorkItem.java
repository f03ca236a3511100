package dev.sentence4j.server.batch;

import dev.sentence4j.core.TokenEmbeddings;
import dev.sentence4j.core.sparse.SparseVector;
import dev.sentence4j.server.backend.EncodeSpec;
import dev.sentence4j.tokenizers.Encoding;
import java.util.concurrent.CompletableFuture;

/**
 * One input waiting in the queue: its tokens (tokenized once, by the request thread), how to
 * encode it, when it was queued ({@link System#nanoTime()}), and the future its row completes,
 * typed by what it asks for.
 */
sealed interface WorkItem {
    Encoding encoding();

    EncodeSpec spec();

    long queuedAt();

    /** Tokens the model will run: the item's share of the batch's token budget. */
    default int tokens() {
        return Math.max(1, encoding().length());
    }

    void fail(Throwable error);

    /**
     * Completes the future with its row of a forward pass that started at {@code start} and took
     * {@code inferenceNanos}; the row's type is the one the item's spec asks for.
     */
    void complete(Object row, long start, long inferenceNanos);

    record Sentence(Encoding encoding, EncodeSpec.Sentences spec, long queuedAt, CompletableFuture<Timed<float[]>> result)
            implements WorkItem {
        @Override
        public void complete(Object row, long start, long inferenceNanos) {
            result.complete(new Timed<>((float[]) row, start - queuedAt, inferenceNanos));
        }

        @Override
        public void fail(Throwable error) {
            result.completeExceptionally(error);
        }
    }

    record Tokens(Encoding encoding, EncodeSpec.Tokens spec, long queuedAt, CompletableFuture<Timed<TokenEmbeddings>> result)
            implements WorkItem {
        @Override
        public void complete(Object row, long start, long inferenceNanos) {
            result.complete(new Timed<>((TokenEmbeddings) row, start - queuedAt, inferenceNanos));
        }

        @Override
        public void fail(Throwable error) {
            result.completeExceptionally(error);
        }
    }

    record Sparse(Encoding encoding, EncodeSpec.Sparse spec, long queuedAt, CompletableFuture<Timed<SparseVector>> result)
            implements WorkItem {
        @Override
        public void complete(Object row, long start, long inferenceNanos) {
            result.complete(new Timed<>((SparseVector) row, start - queuedAt, inferenceNanos));
        }

        @Override
        public void fail(Throwable error) {
            result.completeExceptionally(error);
        }
    }

    record Score(Encoding encoding, EncodeSpec.Scores spec, long queuedAt, CompletableFuture<Timed<float[]>> result)
            implements WorkItem {
        @Override
        public void complete(Object row, long start, long inferenceNanos) {
            result.complete(new Timed<>((float[]) row, start - queuedAt, inferenceNanos));
        }

        @Override
        public void fail(Throwable error) {
            result.completeExceptionally(error);
        }
    }
}
