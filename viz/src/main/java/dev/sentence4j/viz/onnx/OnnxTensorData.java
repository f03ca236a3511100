package dev.sentence4j.viz.onnx;

import dev.sentence4j.core.ModelLoadException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads one initializer's values, located by {@link OnnxGraphScan}, as float, in 1 MiB chunks, so
 * only the result array is held (not the file, nor a second copy of the bytes).
 */
public final class OnnxTensorData {
    private static final int CHUNK = 1 << 20;

    private OnnxTensorData() {}

    /** The values as float; integer types are converted value by value (no dequantization here). */
    public static float[] readAsFloat(Path file, OnnxTensorRef t) {
        long count = t.elementCount();
        if (count > Integer.MAX_VALUE - 8) {
            throw new ModelLoadException(file, "initializer \"" + t.name() + "\" has " + count
                    + " elements, more than a Java array holds");
        }
        float[] out = new float[(int) count];
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            switch (t.field()) {
                case RAW_DATA -> readRaw(ch, file, t, out);
                case FLOAT_DATA -> {
                    expectLength(file, t, count * 4);
                    readLittleEndian(ch, t.offset(), t.length(), 4, buf -> buf.getFloat(), out);
                }
                case INT32_DATA -> readPackedVarints(ch, file, t, out);
                case EXTERNAL -> throw new ModelLoadException(file, "initializer \"" + t.name()
                        + "\" stores its values in an external data file, which is not supported; "
                        + "expected raw_data, float_data or int32_data inside the .onnx file");
                default -> throw new ModelLoadException(file, "initializer \"" + t.name() + "\" has no values");
            }
        } catch (IOException e) {
            throw new ModelLoadException(file, "cannot read initializer \"" + t.name() + "\": " + e, e);
        }
        return out;
    }

    private static void readRaw(FileChannel ch, Path file, OnnxTensorRef t, float[] out) throws IOException {
        switch (t.dataType()) {
            case OnnxTensorRef.FLOAT -> {
                expectLength(file, t, out.length * 4L);
                readLittleEndian(ch, t.offset(), t.length(), 4, ByteBuffer::getFloat, out);
            }
            case OnnxTensorRef.FLOAT16 -> {
                expectLength(file, t, out.length * 2L);
                readLittleEndian(ch, t.offset(), t.length(), 2, b -> Float.float16ToFloat(b.getShort()), out);
            }
            case OnnxTensorRef.INT8 -> {
                expectLength(file, t, out.length);
                readLittleEndian(ch, t.offset(), t.length(), 1, ByteBuffer::get, out);
            }
            case OnnxTensorRef.UINT8 -> {
                expectLength(file, t, out.length);
                readLittleEndian(ch, t.offset(), t.length(), 1, b -> b.get() & 0xff, out);
            }
            case OnnxTensorRef.INT32 -> {
                expectLength(file, t, out.length * 4L);
                readLittleEndian(ch, t.offset(), t.length(), 4, ByteBuffer::getInt, out);
            }
            default -> throw new ModelLoadException(file, "initializer \"" + t.name() + "\" has type "
                    + OnnxTensorRef.typeName(t.dataType()) + "; supported: float32, float16, int8, uint8, int32");
        }
    }

    private interface ElementReader {
        float read(ByteBuffer buf);
    }

    private static void readLittleEndian(FileChannel ch, long offset, long length, int width, ElementReader reader,
            float[] out) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(CHUNK - CHUNK % width).order(ByteOrder.LITTLE_ENDIAN);
        long pos = offset;
        long end = offset + length;
        int i = 0;
        while (pos < end) {
            buf.clear();
            buf.limit((int) Math.min(buf.capacity(), end - pos));
            while (buf.hasRemaining()) {
                int n = ch.read(buf, pos + buf.position());
                if (n < 0) {
                    throw new IOException("unexpected end of file at byte " + (pos + buf.position()));
                }
            }
            buf.flip();
            pos += buf.limit();
            while (buf.remaining() >= width) {
                out[i++] = reader.read(buf);
            }
        }
    }

    private static void readPackedVarints(FileChannel ch, Path file, OnnxTensorRef t, float[] out) throws IOException {
        ProtoInput in = new ProtoInput(ch, file);
        in.seek(t.offset());
        long end = t.offset() + t.length();
        int i = 0;
        while (in.before(end)) {
            if (i == out.length) {
                throw new ModelLoadException(file, "initializer \"" + t.name() + "\": int32_data holds more than the "
                        + out.length + " values its dims declare");
            }
            long v = in.readVarint();
            out[i++] = switch (t.dataType()) {
                case OnnxTensorRef.FLOAT16 -> Float.float16ToFloat((short) v);
                case OnnxTensorRef.UINT8 -> (float) (v & 0xff);
                default -> (float) (int) v; // int8/int32: sign-extended varints
            };
        }
        if (i != out.length) {
            throw new ModelLoadException(file, "initializer \"" + t.name() + "\": int32_data holds " + i
                    + " values, expected " + out.length);
        }
    }

    private static void expectLength(Path file, OnnxTensorRef t, long expected) {
        if (t.length() != expected) {
            throw new ModelLoadException(file, "initializer \"" + t.name() + "\" " + t + ": expected " + expected
                    + " bytes of values, found " + t.length());
        }
    }
}
