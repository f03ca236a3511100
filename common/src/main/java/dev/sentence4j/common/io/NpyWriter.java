package dev.sentence4j.common.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Writes a 2-D matrix as a NumPy .npy file ({@link NpyHeader} then the data), so that
 * {@code numpy.load} gives a [rows, dim] array.
 */
public final class NpyWriter {
    private NpyWriter() {}

    /** float32 data, little-endian ('<f4'). */
    public static void writeFloat32(OutputStream out, float[] data, int rows, int dim) throws IOException {
        checkShape(data.length, rows, dim);
        new NpyHeader("<f4", rows, dim).write(out);
        ByteBuffer buf = ByteBuffer.allocate(4 * 4096).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : data) {
            if (!buf.hasRemaining()) {
                out.write(buf.array(), 0, buf.position());
                buf.clear();
            }
            buf.putFloat(v);
        }
        out.write(buf.array(), 0, buf.position());
    }

    /** One byte per value: '|i1' (signed) or '|u1' (unsigned). */
    public static void writeBytes(OutputStream out, byte[] data, int rows, int dim, boolean signed) throws IOException {
        checkShape(data.length, rows, dim);
        new NpyHeader(signed ? "|i1" : "|u1", rows, dim).write(out);
        out.write(data);
    }

    private static void checkShape(int length, int rows, int dim) {
        if ((long) rows * dim != length) {
            throw new IllegalArgumentException("matrix data length " + length + " != rows " + rows + " * dim " + dim);
        }
    }
}
