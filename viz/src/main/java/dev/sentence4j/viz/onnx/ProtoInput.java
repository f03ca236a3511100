package dev.sentence4j.viz.onnx;

import dev.sentence4j.core.ModelLoadException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * A forward-only reader of the protobuf wire format over a file, with a small window buffer, so a
 * large ONNX file is scanned without being held in memory: length-delimited fields the caller does
 * not need are skipped by moving the file position, not by reading them.
 *
 * <p>Wire format (https://protobuf.dev/programming-guides/encoding/): each field is a varint key
 * {@code (field_number << 3) | wire_type}; wire types 0 varint, 1 fixed64, 2 length-delimited,
 * 5 fixed32 (3 and 4, the deprecated groups, do not occur in ONNX).
 */
final class ProtoInput {
    static final int VARINT = 0;
    static final int FIXED64 = 1;
    static final int LENGTH_DELIMITED = 2;
    static final int FIXED32 = 5;

    private final FileChannel channel;
    private final Path file;
    private final long size;
    private final ByteBuffer window = ByteBuffer.allocate(1 << 16);
    private long windowStart; // file offset of window[0]

    ProtoInput(FileChannel channel, Path file) throws IOException {
        this.channel = channel;
        this.file = file;
        this.size = channel.size();
        window.limit(0);
    }

    Path file() {
        return file;
    }

    long size() {
        return size;
    }

    /** Absolute file offset of the next byte. */
    long position() {
        return windowStart + window.position();
    }

    boolean before(long end) {
        return position() < end;
    }

    private byte readByte() throws IOException {
        if (!window.hasRemaining()) {
            fill(position());
        }
        return window.get();
    }

    private void fill(long at) throws IOException {
        window.clear();
        windowStart = at;
        int n = 0;
        while (window.hasRemaining()) {
            int r = channel.read(window, at + window.position());
            if (r < 0) {
                break;
            }
            n += r;
        }
        window.flip();
        if (n == 0) {
            throw malformed("unexpected end of file at byte " + at);
        }
    }

    long readVarint() throws IOException {
        long result = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            byte b = readByte();
            result |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return result;
            }
        }
        throw malformed("varint longer than 10 bytes at byte " + position());
    }

    int readFixed32() throws IOException {
        int v = 0;
        for (int i = 0; i < 4; i++) {
            v |= (readByte() & 0xff) << (8 * i);
        }
        return v;
    }

    /** Reads a length prefix and checks it fits before {@code end}; returns the end of the field. */
    long readLengthEnd(long end) throws IOException {
        long len = readVarint();
        long fieldEnd = position() + len;
        if (len < 0 || fieldEnd > end) {
            throw malformed("length-delimited field of " + len + " bytes at byte " + position()
                    + " runs past its enclosing message (ends at byte " + end + ")");
        }
        return fieldEnd;
    }

    String readString(long end) throws IOException {
        long fieldEnd = readLengthEnd(end);
        int len = (int) (fieldEnd - position());
        byte[] bytes = new byte[len];
        for (int i = 0; i < len; i++) {
            bytes[i] = readByte();
        }
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    void seek(long offset) throws IOException {
        if (offset >= windowStart && offset <= windowStart + window.limit()) {
            window.position((int) (offset - windowStart));
        } else if (offset > size) {
            throw malformed("field ends at byte " + offset + ", past the end of the file");
        } else {
            windowStart = offset;
            window.clear().limit(0);
        }
    }

    /** Skips the value of a field whose key has just been read. */
    void skipField(int wireType, long end) throws IOException {
        switch (wireType) {
            case VARINT -> readVarint();
            case FIXED64 -> seek(position() + 8);
            case FIXED32 -> seek(position() + 4);
            case LENGTH_DELIMITED -> seek(readLengthEnd(end));
            default -> throw malformed("unsupported wire type " + wireType + " at byte " + position()
                    + "; expected 0, 1, 2 or 5");
        }
    }

    ModelLoadException malformed(String message) {
        return new ModelLoadException(file, "not a readable ONNX protobuf: " + message);
    }
}
