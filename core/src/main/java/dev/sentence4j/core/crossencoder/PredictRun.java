package dev.sentence4j.core.crossencoder;

import dev.sentence4j.core.Batches;
import dev.sentence4j.core.runtime.OnnxEncoderSession;
import dev.sentence4j.core.runtime.TokenInputs;
import dev.sentence4j.tokenizers.Encoding;
import java.util.Arrays;

/**
 * One predict call's ONNX runs, as encode does them: each chunk of encodings sorted by token
 * count (longest first), cut into batches of the batch size and runs of at most
 * {@link Batches#TOKEN_BUDGET} padded positions, each padded to its own longest input; the
 * logits land in input order. Neither the order nor the padding changes a score: padding is
 * masked and rows are independent. Not thread-safe: one instance per call.
 */
final class PredictRun {
    private final OnnxEncoderSession session;
    private final int labels;
    private final int maxLength;
    private final PredictOptions options;
    private final float[] logits; // [n * labels]
    private final TokenInputs buffers; // borrowed from the session, given back by result()

    PredictRun(OnnxEncoderSession session, int n, int labels, int maxLength, PredictOptions options) {
        this.session = session;
        this.buffers = session.borrowInputs();
        this.labels = labels;
        this.maxLength = maxLength;
        this.options = options;
        this.logits = new float[Math.multiplyExact(n, labels)];
    }

    /** Runs {@code encodings}, inputs {@code [base, base + encodings.length)}. */
    void chunk(Encoding[] encodings, int base) {
        int[] lengths = new int[encodings.length];
        for (int i = 0; i < encodings.length; i++) {
            lengths[i] = encodings[i].length();
            if (lengths[i] > maxLength) {
                throw new IllegalArgumentException("input " + (base + i) + " has " + lengths[i]
                        + " tokens, more than max_length " + maxLength
                        + "; tokenize it with tokenize(pair, true), which truncates");
            }
        }
        int[] order = Batches.longestFirst(lengths);
        for (int b = 0; b < order.length; b += options.batchSize()) {
            int[] batch = Arrays.copyOfRange(order, b, Math.min(order.length, b + options.batchSize()));
            for (int[] run : Batches.runs(batch, lengths, Batches.TOKEN_BUDGET)) {
                buffers.reset(run.length, Math.max(1, lengths[run[0]]));
                for (int r = 0; r < run.length; r++) {
                    buffers.setRow(r, encodings[run[r]]);
                }
                float[] out = session.runLogits(buffers); // [run.length * width]
                if (out.length != run.length * labels) {
                    throw new IllegalStateException(session.file() + ": output \"" + session.tokenOutput()
                            + "\" has " + out.length / run.length + " values per input, the model's config "
                            + labels + " labels");
                }
                for (int r = 0; r < run.length; r++) {
                    System.arraycopy(out, r * labels, logits, (base + run[r]) * labels, labels);
                }
            }
        }
    }

    /** The scores: the logits, through {@code activation} when the options ask for it. */
    Scores result(ScoreActivation activation) {
        session.giveBack(buffers); // every run is done and its results copied out
        int rows = logits.length / labels;
        if (options.applyActivation()) {
            activation.applyInPlace(logits, rows, labels);
        }
        return new Scores(rows, labels, logits);
    }
}
