package dev.sentence4j.quantize;

/**
 * Symmetric int8 quantization of a weight matrix {@code w[K * N]} (row-major, K inputs by N
 * outputs, the layout of MatMul's B): q = round(w / scale), scale = max|w| / 127 over the group,
 * so q lies in [-127, 127] and dequantizes as q * scale. A group of zeros gets scale 1 (any scale
 * represents it exactly).
 */
final class WeightQuantization {
    static final int QMAX = 127;

    private WeightQuantization() {}

    /** One scale per output column n. */
    record PerColumn(byte[] q, float[] scales) {} // q[K * N], scales[N]

    static PerColumn perColumn(float[] w, int k, int n) {
        float[] scales = new float[n];
        for (int r = 0; r < k; r++) {
            for (int c = 0; c < n; c++) {
                scales[c] = Math.max(scales[c], Math.abs(w[r * n + c]));
            }
        }
        for (int c = 0; c < n; c++) {
            scales[c] = scales[c] == 0f ? 1f : scales[c] / QMAX;
        }
        byte[] q = new byte[k * n];
        for (int r = 0; r < k; r++) {
            for (int c = 0; c < n; c++) {
                q[r * n + c] = (byte) clamp(Math.round(w[r * n + c] / scales[c]));
            }
        }
        return new PerColumn(q, scales);
    }

    /**
     * Blocks of {@code block} consecutive inputs (along K) per output column, in MatMulNBits' layout
     * (com.microsoft contrib op docs): {@code b[N][K / block][block]} uint8 holding q + 128 (its
     * default zero point for 8 bits is 2^(bits-1) = 128), {@code scales[N * K / block]}.
     */
    record Blocked(byte[] b, float[] scales) {}

    static Blocked blocked(float[] w, int k, int n, int block) {
        if (k % block != 0) {
            throw new IllegalArgumentException("K=" + k + " is not a multiple of the block size " + block);
        }
        int blocks = k / block;
        byte[] b = new byte[n * k];
        float[] scales = new float[n * blocks];
        for (int c = 0; c < n; c++) {
            for (int j = 0; j < blocks; j++) {
                float max = 0f;
                for (int i = 0; i < block; i++) {
                    max = Math.max(max, Math.abs(w[(j * block + i) * n + c]));
                }
                float scale = max == 0f ? 1f : max / QMAX;
                scales[c * blocks + j] = scale;
                for (int i = 0; i < block; i++) {
                    int q = clamp(Math.round(w[(j * block + i) * n + c] / scale));
                    b[(c * blocks + j) * block + i] = (byte) (q + 128);
                }
            }
        }
        return new Blocked(b, scales);
    }

    private static int clamp(int q) {
        return Math.max(-QMAX, Math.min(QMAX, q));
    }
}
