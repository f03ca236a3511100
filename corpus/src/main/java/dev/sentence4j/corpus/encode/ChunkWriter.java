package dev.sentence4j.corpus.encode;

import dev.sentence4j.core.Embeddings;
import dev.sentence4j.core.quantization.QuantizedEmbeddings;
import dev.sentence4j.common.io.NpyHeader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Writes one chunk's rows. npy: a [rows, dim] float32 matrix, or [rows, bytesPerRow] int8/uint8
 * for quantized precisions (binary rows are packed bits, as ST's quantize_embeddings returns
 * them). jsonl: {"line": N, "embedding": [...]} per row.
 */
final class ChunkWriter {
    private ChunkWriter() {}

    static void write(OutputStream out, ChunkFormat format, Embeddings floats, QuantizedEmbeddings quantized,
            long[] lines) throws IOException {
        switch (format) {
            case NPY -> writeNpy(out, floats, quantized);
            case JSONL -> writeJsonl(out, floats, quantized, lines);
        }
    }

    /** The npy header of a chunk of {@code rows} rows. */
    static NpyHeader header(Embeddings floats, QuantizedEmbeddings quantized) {
        if (quantized != null) {
            return new NpyHeader(quantized.precision().unsigned() ? "|u1" : "|i1", quantized.rows(), quantized.bytesPerRow());
        }
        return new NpyHeader("<f4", floats.rows(), floats.dimension());
    }

    private static void writeNpy(OutputStream out, Embeddings floats, QuantizedEmbeddings quantized) throws IOException {
        header(floats, quantized).write(out);
        if (quantized != null) {
            out.write(quantized.data());
            return;
        }
        float[] data = floats.data();
        ByteBuffer buf = ByteBuffer.allocate(4 * 4096).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < data.length; i++) {
            if (!buf.hasRemaining()) {
                out.write(buf.array(), 0, buf.position());
                buf.clear();
            }
            buf.putFloat(data[i]);
        }
        out.write(buf.array(), 0, buf.position());
    }

    private static void writeJsonl(OutputStream out, Embeddings floats, QuantizedEmbeddings quantized, long[] lines)
            throws IOException {
        StringBuilder sb = new StringBuilder();
        int rows = quantized != null ? quantized.rows() : floats.rows();
        for (int r = 0; r < rows; r++) {
            sb.setLength(0);
            sb.append("{\"line\":").append(lines[r]).append(",\"embedding\":[");
            if (quantized != null) {
                for (int c = 0; c < quantized.bytesPerRow(); c++) {
                    sb.append(c == 0 ? "" : ",").append(quantized.value(r, c));
                }
            } else {
                int off = r * floats.dimension();
                for (int c = 0; c < floats.dimension(); c++) {
                    sb.append(c == 0 ? "" : ",").append(floats.data()[off + c]);
                }
            }
            sb.append("]}\n");
            out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        }
    }
}
