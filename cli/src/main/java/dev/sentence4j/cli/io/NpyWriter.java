package dev.sentence4j.cli.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Writes a 2-D matrix in NumPy's .npy format (version 1.0), so that {@code numpy.load} gives a
 * [rows, dim] array. Layout per numpy/lib/format.py: magic "\x93NUMPY", version 1.0, a little-endian
 * uint16 header length, then an ASCII dict header padded with spaces and ending in '\n' so that
 * the data starts on a 64-byte boundary.
 */
public final class NpyWriter {
    private NpyWriter() {}

    /** float32 data, little-endian ({@code '<f4'}). */
    public static void writeFloat32(OutputStream out, float[] data, int rows, int dim) throws IOException {
        checkShape(data.length, rows, dim);
        writeHeader(out, "<f4", rows, dim);
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
        writeHeader(out, signed ? "|i1" : "|u1", rows, dim);
        out.write(data);
    }

    private static void checkShape(int length, int rows, int dim) {
        if ((long) rows * dim != length) {
            throw new IllegalArgumentException("matrix data length " + length + " != rows " + rows + " * dim " + dim);
        }
    }

    private static void writeHeader(OutputStream out, String descr, int rows, int dim) throws IOException {
        String dict = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': (" + rows + ", " + dim + "), }";
        int preamble = 6 + 2 + 2; // magic, version, header length
        int total = preamble + dict.length() + 1;
        int padded = (total + 63) / 64 * 64;
        StringBuilder header = new StringBuilder(dict);
        header.append(" ".repeat(padded - total)).append('\n');
        byte[] headerBytes = header.toString().getBytes(StandardCharsets.US_ASCII);
        out.write(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0});
        out.write(headerBytes.length & 0xFF);
        out.write((headerBytes.length >>> 8) & 0xFF);
        out.write(headerBytes);
    }
}
