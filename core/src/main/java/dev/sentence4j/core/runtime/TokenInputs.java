package dev.sentence4j.core.runtime;

import dev.sentence4j.tokenizers.Encoding;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;

/**
 * The buffers of one padded batch: its int64 inputs, in direct native-order buffers that ONNX
 * Runtime reads without copying, and room for its token embeddings output, which ONNX Runtime
 * writes in place. Reusable: buffers grow only when a batch is larger than any before. Not
 * thread-safe: one caller at a time ({@link TokenInputsPool} lends them between calls).
 */
public final class TokenInputs {
    private LongBuffer inputIds;      // [batch * seqLen]
    private LongBuffer attentionMask; // [batch * seqLen]
    private LongBuffer tokenTypeIds;  // [batch * seqLen]
    private LongBuffer positionIds;   // [batch * seqLen]
    private int[] mask = new int[0];  // [batch * seqLen], the mask again for pooling
    private FloatBuffer output = FloatBuffer.allocate(0); // [batch * seqLen * dim], direct once used
    private int batch;
    private int seqLen;

    public TokenInputs() {
        allocate(0);
    }

    /** Prepares for a batch of {@code batch} rows padded to {@code seqLen}; all values start at 0. */
    public void reset(int batch, int seqLen) {
        if (batch <= 0 || seqLen <= 0) {
            throw new IllegalArgumentException("batch and seqLen must be > 0, found " + batch + ", " + seqLen);
        }
        int n = Math.multiplyExact(batch, seqLen);
        if (inputIds.capacity() < n) {
            allocate(n);
        }
        this.batch = batch;
        this.seqLen = seqLen;
        for (LongBuffer b : new LongBuffer[] {inputIds, attentionMask, tokenTypeIds, positionIds}) {
            b.clear();
            for (int i = 0; i < n; i++) {
                b.put(i, 0L);
            }
        }
        java.util.Arrays.fill(mask, 0, n, 0);
        for (int r = 0; r < batch; r++) {
            for (int t = 0; t < seqLen; t++) {
                positionIds.put(r * seqLen + t, t);
            }
        }
    }

    /** Writes one row; positions past the encoding's length stay padding (id 0, mask 0). */
    public void setRow(int row, Encoding encoding) {
        int n = encoding.length();
        if (n > seqLen) {
            throw new IllegalArgumentException("row " + row + " has " + n + " tokens, more than seqLen " + seqLen);
        }
        int base = row * seqLen;
        for (int t = 0; t < n; t++) {
            int attention = encoding.attentionMaskAt(t);
            inputIds.put(base + t, encoding.idAt(t));
            tokenTypeIds.put(base + t, encoding.typeIdAt(t));
            attentionMask.put(base + t, attention);
            mask[base + t] = attention;
        }
    }

    public int batch() {
        return batch;
    }

    public int seqLen() {
        return seqLen;
    }

    /** A copy of the attention mask, {@code [batch * seqLen]}. */
    public int[] maskCopy() {
        return java.util.Arrays.copyOf(mask, batch * seqLen);
    }

    /**
     * Room for this batch's output of width {@code dim}: a direct buffer of exactly
     * {@code batch * seqLen * dim} floats, reused (its contents are overwritten) by the next batch.
     */
    FloatBuffer output(int dim) {
        int n = Math.multiplyExact(Math.multiplyExact(batch, seqLen), dim);
        if (output.capacity() < n) {
            output = ByteBuffer.allocateDirect(Math.multiplyExact(n, Float.BYTES)).order(ByteOrder.nativeOrder()).asFloatBuffer();
        }
        FloatBuffer v = output.duplicate();
        v.clear();
        v.limit(n);
        return v.slice();
    }

    /** Native bytes held by the direct buffers (inputs and output). */
    public long directBytes() {
        return 4L * inputIds.capacity() * Long.BYTES + (output.isDirect() ? (long) output.capacity() * Float.BYTES : 0);
    }

    /** A view of the given input covering exactly this batch. */
    LongBuffer view(ModelInput input) {
        LongBuffer b = switch (input) {
            case INPUT_IDS -> inputIds;
            case ATTENTION_MASK -> attentionMask;
            case TOKEN_TYPE_IDS -> tokenTypeIds;
            case POSITION_IDS -> positionIds;
        };
        LongBuffer v = b.duplicate();
        v.clear();
        v.limit(batch * seqLen);
        return v.slice();
    }

    private void allocate(int n) {
        int cap = Math.max(n, 1);
        inputIds = direct(cap);
        attentionMask = direct(cap);
        tokenTypeIds = direct(cap);
        positionIds = direct(cap);
        mask = new int[cap];
    }

    private static LongBuffer direct(int n) {
        return ByteBuffer.allocateDirect(n * Long.BYTES).order(ByteOrder.nativeOrder()).asLongBuffer();
    }
}
