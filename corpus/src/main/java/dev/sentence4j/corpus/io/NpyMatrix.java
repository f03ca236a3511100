package dev.sentence4j.corpus.io;

import dev.sentence4j.common.io.NpyHeader;
import dev.sentence4j.core.Embeddings;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a 2-D .npy matrix into float {@link Embeddings}; int8/uint8 values are widened as they are. */
public final class NpyMatrix {
    private NpyMatrix() {}

    public static Embeddings read(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            NpyHeader header = NpyHeader.read(in, file);
            long values = header.rows() * header.columns();
            if (values > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException(file + ": " + header.rows() + " x " + header.columns()
                        + " values do not fit one Java array; split it");
            }
            float[] data = new float[(int) values]; // [rows * columns]
            DataInputStream din = new DataInputStream(in);
            if (header.bytesPerValue() == 4) {
                byte[] buf = new byte[1 << 16];
                int filled = 0;
                while (filled < data.length) {
                    int n = Math.min(buf.length / 4, data.length - filled);
                    din.readFully(buf, 0, n * 4);
                    ByteBuffer.wrap(buf, 0, n * 4).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(data, filled, n);
                    filled += n;
                }
            } else {
                boolean unsigned = header.descr().equals("|u1");
                for (int i = 0; i < data.length; i++) {
                    byte b = din.readByte();
                    data[i] = unsigned ? Byte.toUnsignedInt(b) : b;
                }
            }
            return new Embeddings((int) header.rows(), header.columns(), data);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("npy file '" + file + "' does not exist");
        } catch (java.io.EOFException e) {
            throw new IllegalArgumentException(file + ": shorter than its header's shape says (truncated file?)");
        }
    }
}
