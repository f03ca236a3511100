package dev.sentence4j.core.sparse;

import dev.sentence4j.core.Batches;
import dev.sentence4j.core.ModelRunException;
import dev.sentence4j.core.pooling.TokenEmbeddingBatch;
import dev.sentence4j.core.runtime.OnnxEncoderSession;
import dev.sentence4j.core.runtime.TokenInputs;
import dev.sentence4j.tokenizers.Encoding;
import java.util.Arrays;
import java.util.List;

/**
 * One sparse encode call, from token ids to sparse vectors, in the shape of the dense encode:
 * each chunk of encodings is sorted by token count, longest first, cut into batches of the batch
 * size, and each batch into ONNX runs; rows land in input order.
 *
 * <p>Memory: the graph's output is logits over the vocabulary for every position, {@code rows *
 * seqLen * vocab} floats (a batch of 32 inputs of 256 tokens would be 1 GB with BERT's 30522
 * entries). So a run holds at most {@link Batches#tokenBudget(int)} padded positions, 64 MiB of
 * logits (one row when a single input is longer), written by ONNX Runtime into one reused buffer;
 * each run is pooled into sparse vectors before the next run starts, so no more than one run's
 * logits are ever held. Not thread-safe: one instance per encode call.
 */
final class SparseEncodeRun {
    private final OnnxEncoderSession session;
    private final SpladePooling pooling;
    private final int dimension;
    private final int maxSeqLength;
    private final SparseEncodeOptions options;
    private final int tokenBudget;
    private final SparseVector[] vectors;
    private final TokenInputs buffers; // borrowed from the session, given back by result()
    private final SpladePooling.Scratch scratch = new SpladePooling.Scratch();

    SparseEncodeRun(OnnxEncoderSession session, SpladePooling pooling, int dimension, int maxSeqLength, int n,
            SparseEncodeOptions options) {
        this.session = session;
        this.buffers = session.borrowInputs();
        this.pooling = pooling;
        this.dimension = dimension;
        this.maxSeqLength = maxSeqLength;
        this.options = options;
        this.tokenBudget = Batches.tokenBudget(dimension);
        this.vectors = new SparseVector[n];
    }

    /** Encodes {@code encodings}, inputs {@code [base, base + encodings.length)}. */
    void chunk(Encoding[] encodings, int base) {
        int size = encodings.length;
        int[] lengths = new int[size];
        for (int i = 0; i < size; i++) {
            lengths[i] = encodings[i].length();
            if (lengths[i] > maxSeqLength) {
                throw new IllegalArgumentException("input " + (base + i) + " has " + lengths[i]
                        + " tokens, more than max_seq_length " + maxSeqLength + "; tokenize it with inputs().encode, which truncates");
            }
        }
        int[] order = Batches.longestFirst(lengths);
        for (int b = 0; b < size; b += options.batchSize()) {
            int[] batch = Arrays.copyOfRange(order, b, Math.min(size, b + options.batchSize()));
            for (int[] run : Batches.runs(batch, lengths, tokenBudget)) {
                buffers.reset(run.length, Math.max(1, lengths[run[0]]));
                for (int r = 0; r < run.length; r++) {
                    buffers.setRow(r, encodings[run[r]]);
                }
                TokenEmbeddingBatch logits = session.run(buffers); // [rows * seqLen * vocab], valid until the next run
                if (logits.dim() != dimension) {
                    throw new ModelRunException(session.file(), "output \"" + session.tokenOutput() + "\" has width "
                            + logits.dim() + ", expected the vocabulary size " + dimension, null);
                }
                for (int r = 0; r < run.length; r++) {
                    SparseVector v = pooling.pool(logits, r, scratch);
                    vectors[base + run[r]] = options.maxActiveDims() > 0 ? v.topK(options.maxActiveDims()) : v;
                }
            }
        }
    }

    List<SparseVector> result() {
        session.giveBack(buffers); // every run is done and its results copied out
        return List.of(vectors);
    }
}
