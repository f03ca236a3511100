package dev.sentence4j.core;

import dev.sentence4j.core.config.ModelDirectory;
import dev.sentence4j.core.dense.Dense;
import dev.sentence4j.core.input.ModelInputs;
import dev.sentence4j.core.normalize.Normalize;
import dev.sentence4j.core.pooling.TokenEmbeddingBatch;
import dev.sentence4j.core.quantization.Precision;
import dev.sentence4j.core.quantization.QuantizedEmbeddings;
import dev.sentence4j.core.quantization.Quantizer;
import dev.sentence4j.core.runtime.OnnxEncoderSession;
import dev.sentence4j.core.runtime.TokenInputs;
import dev.sentence4j.tokenizers.Encoding;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The second half of encode, from token ids to vectors: one call's state as chunks of encodings
 * arrive (from {@link ModelInputs}). Each chunk is sorted by token count, longest first, cut into
 * batches of the batch size and runs of at most {@link Batches#TOKEN_BUDGET} padded positions,
 * run on ONNX Runtime, then through Pooling, Dense and Normalize; rows land in input order.
 * Not thread-safe: one instance per encode call.
 */
final class EncodeRun {
    private final ModelDirectory model;
    private final OnnxEncoderSession session;
    private final int n;
    private final EncodeOptions options;
    private final int promptTokens;
    private final int dim;
    private final boolean wantSentence;
    private final boolean wantTokens;
    private final boolean modelNormalize;
    private final float[] sentences; // [n * dim]
    private final TokenEmbeddings[] tokenEmbeddings;
    private final TokenInputs buffers; // borrowed from the session, given back by result()
    private int done;
    private final BitSet truncated = new BitSet();

    EncodeRun(ModelDirectory model, OnnxEncoderSession session, int n, EncodeOptions options, int promptTokens) {
        this.model = model;
        this.session = session;
        this.buffers = session.borrowInputs();
        this.n = n;
        this.options = options;
        this.promptTokens = promptTokens;
        this.dim = outputDimension(options);
        this.wantSentence = options.outputValue() != OutputValue.TOKEN;
        this.wantTokens = options.outputValue() != OutputValue.SENTENCE;
        this.modelNormalize = model.normalize() && !Boolean.FALSE.equals(options.normalize());
        this.sentences = new float[n * dim];
        this.tokenEmbeddings = wantTokens ? new TokenEmbeddings[n] : null;
    }

    /** Encodes {@code encodings}, inputs {@code [base, base + encodings.length)}: batches follow token counts, longest first. */
    void chunk(Encoding[] encodings, int base) {
        int chunkSize = encodings.length;
        int[] lengths = new int[chunkSize];
        for (int i = 0; i < chunkSize; i++) {
            lengths[i] = encodings[i].length();
            if (lengths[i] > model.transformer().maxSeqLength()) {
                throw new IllegalArgumentException("input " + (base + i) + " has " + lengths[i]
                        + " tokens, more than max_seq_length " + model.transformer().maxSeqLength()
                        + "; tokenize it with inputs().encode, which truncates");
            }
            if (ModelInputs.truncated(encodings[i])) {
                truncated.set(base + i);
            }
        }
        int modelDim = model.dimension();
        int[] order = Batches.longestFirst(lengths);
        int batchSize = options.batchSize();
        for (int b = 0; b < chunkSize; b += batchSize) {
            int[] batch = Arrays.copyOfRange(order, b, Math.min(chunkSize, b + batchSize));
            for (int[] run : Batches.runs(batch, lengths, Batches.TOKEN_BUDGET)) {
                int seqLen = Math.max(1, lengths[run[0]]);
                buffers.reset(run.length, seqLen);
                for (int r = 0; r < run.length; r++) {
                    buffers.setRow(r, encodings[run[r]]);
                }
                TokenEmbeddingBatch tokens = session.run(buffers);
                if (wantTokens) {
                    for (int r = 0; r < run.length; r++) {
                        tokenEmbeddings[base + run[r]] = unpadded(tokens, r, encodings[run[r]]);
                    }
                }
                if (wantSentence) {
                    float[] pooled = sentenceEmbeddings(tokens, promptTokens, modelNormalize); // [rows * modelDim]
                    for (int r = 0; r < run.length; r++) {
                        System.arraycopy(pooled, r * modelDim, sentences, (base + run[r]) * dim, dim);
                    }
                }
            }
            done += batch.length;
            options.progress().onProgress(done, n);
        }
    }

    EncodeResult result() {
        session.giveBack(buffers); // every run is done and its results copied out
        Embeddings embeddings = null;
        QuantizedEmbeddings quantized = null;
        if (wantSentence) {
            if (Boolean.TRUE.equals(options.normalize()) && n > 0) {
                Normalize.l2InPlace(sentences, n, dim); // ST's normalize_embeddings: after truncate_dim
            }
            embeddings = new Embeddings(n, dim, sentences);
            if (options.precision() != Precision.FLOAT32) {
                quantized = Quantizer.quantize(embeddings, options.precision(), options.calibrationRanges());
            }
        }
        return new EncodeResult(embeddings, quantized,
                tokenEmbeddings == null ? List.of() : Arrays.asList(tokenEmbeddings), truncated);
    }

    /** The model's width, or truncateDim when set (ST's truncate_dim). */
    private int outputDimension(EncodeOptions options) {
        Integer cut = options.truncateDim();
        if (cut != null && cut > model.dimension()) {
            throw new IllegalArgumentException("truncateDim " + cut + " exceeds the model's dimension " + model.dimension());
        }
        return cut == null ? model.dimension() : cut;
    }

    /** The modules after the Transformer: Pooling, Dense layers, Normalize. Returns {@code [batch * dimension]}. */
    private float[] sentenceEmbeddings(TokenEmbeddingBatch tokens, int promptTokens, boolean normalize) {
        TokenEmbeddingBatch t = promptTokens > 0 ? withoutPrompt(tokens, promptTokens) : tokens;
        float[] pooled = model.pooling().pool(t); // [batch * poolingDim]
        for (Dense d : model.dense()) {
            pooled = d.apply(pooled, t.batch());
        }
        if (normalize) {
            Normalize.l2InPlace(pooled, t.batch(), model.dimension());
        }
        return pooled;
    }

    /** ST's include_prompt=false: the first promptTokens positions do not count in pooling. */
    private static TokenEmbeddingBatch withoutPrompt(TokenEmbeddingBatch t, int promptTokens) {
        int[] mask = t.mask().clone();
        for (int r = 0; r < t.batch(); r++) {
            Arrays.fill(mask, r * t.seqLen(), r * t.seqLen() + Math.min(promptTokens, t.seqLen()), 0);
        }
        return new TokenEmbeddingBatch(t.hidden(), mask, t.batch(), t.seqLen(), t.dim());
    }

    /** Row {@code r}'s token embeddings up to its last attended token, as ST's token_embeddings output. */
    private static TokenEmbeddings unpadded(TokenEmbeddingBatch t, int r, Encoding encoding) {
        int len = 0;
        for (int i = t.seqLen() - 1; i >= 0; i--) {
            if (t.attended(r, i)) {
                len = i + 1;
                break;
            }
        }
        float[] data = new float[len * t.dim()]; // [len * dim]
        t.hidden().get(t.offset(r, 0), data);
        String[] tokens = new String[len];
        int[] ids = new int[len];
        for (int i = 0; i < len; i++) {
            tokens[i] = encoding.tokenAt(i);
            ids[i] = encoding.idAt(i);
        }
        return new TokenEmbeddings(tokens, ids, t.dim(), data);
    }
}
