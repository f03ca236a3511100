package dev.sentence4j.quantize;

import java.util.Arrays;
import java.util.Locale;

/**
 * How the encoder's linear layers (MatMul with a weight initializer) are rewritten. Each keeps every
 * row of the batch independent of the others; embeddings, LayerNorm, softmax and the attention
 * products between activations stay fp32 in all.
 */
public enum QuantizationScheme {
    /**
     * Weights int8 per output column (symmetric), activations uint8 with one scale and zero point
     * per layer, fixed by running the fp32 graph on calibration texts ({@link Calibration}):
     * QuantizeLinear and ORT's MatMulIntegerToFloat, nothing computed per row at run time.
     */
    STATIC("static"),
    /**
     * Weights int8 per output column (symmetric), activations uint8 with one scale per row (per
     * token) computed in the graph from standard ops: Abs, ReduceMax, Div, QuantizeLinear,
     * MatMulInteger, Cast, Mul. The integer GEMM keeps ORT's int8 speed.
     */
    PER_ROW_SYMMETRIC("per-row-symmetric"),
    /**
     * As {@link #PER_ROW_SYMMETRIC}, with a zero point per row too: each row's activations span the full
     * uint8 range from their own minimum to their maximum (finer steps for skewed rows such as GELU
     * outputs), the zero point taken out of the integer result exactly.
     */
    PER_ROW_ASYMMETRIC("per-row-asymmetric"),
    /**
     * {@code com.microsoft::MatMulNBits} with bits=8, block_size=32, accuracy_level=4: weights
     * uint8 per block of 32 along K (symmetric, zero point 128), activations quantized per block of
     * each row inside the kernel.
     */
    MATMUL_NBITS_8("matmul-nbits-8");

    private final String cliName;

    QuantizationScheme(String cliName) {
        this.cliName = cliName;
    }

    /** Whether the scheme needs activation ranges measured on calibration texts. */
    public boolean calibrated() {
        return this == STATIC;
    }

    /** The name used by the CLI and in messages. */
    public String cliName() {
        return cliName;
    }

    public static QuantizationScheme fromCliName(String name) {
        for (QuantizationScheme s : values()) {
            if (s.cliName.equals(name.toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown quantization scheme \"" + name + "\"; expected one of "
                + Arrays.stream(values()).map(QuantizationScheme::cliName).toList());
    }
}
