package dev.sentence4j.corpus.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Reads a file line by line as bytes from any byte offset, counting lines and bytes, so a job can
 * record exactly where it stopped and seek back there. Lines split on \n; a \r before it is
 * dropped; a UTF-8 byte order mark at offset 0 is skipped. Decoding is strict UTF-8.
 */
final class LineReader implements AutoCloseable {
    private final Path file;
    private final FileChannel channel;
    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int bufPos;
    private int bufLen;
    private long offset;       // byte offset of buf[bufPos]
    private long lineNumber;   // of the last line returned
    private byte[] line = new byte[256];
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

    /** Opens {@code file} at {@code startOffset}, whose line is number {@code startLine + 1}. */
    LineReader(Path file, long startOffset, long startLine) throws IOException {
        this.file = file;
        try {
            this.channel = FileChannel.open(file, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("input file '" + file + "' does not exist");
        }
        if (startOffset > channel.size()) {
            channel.close();
            throw new IllegalArgumentException(file + ": resume offset " + startOffset + " is past the end of the file ("
                    + channel.size() + " bytes); the input changed");
        }
        channel.position(startOffset);
        this.in = Channels.newInputStream(channel);
        this.offset = startOffset;
        this.lineNumber = startLine;
        if (startOffset == 0) {
            fill();
            if (bufLen >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
                bufPos = 3;
                offset = 3;
            }
        }
    }

    Path file() {
        return file;
    }

    /** The next line, or null at the end of the file. A final line without \n counts; an empty tail does not. */
    RawLine next() throws IOException {
        int len = 0;
        boolean sawAny = false;
        while (true) {
            if (bufPos == bufLen && !fill()) {
                if (!sawAny) {
                    return null;
                }
                break;
            }
            sawAny = true;
            int start = bufPos;
            int nl = -1;
            for (int i = bufPos; i < bufLen; i++) {
                if (buf[i] == '\n') {
                    nl = i;
                    break;
                }
            }
            int end = nl < 0 ? bufLen : nl;
            int n = end - start;
            if (len + n > line.length) {
                line = Arrays.copyOf(line, Math.max(line.length * 2, len + n));
            }
            System.arraycopy(buf, start, line, len, n);
            len += n;
            offset += n;
            bufPos = end;
            if (nl >= 0) {
                bufPos++;
                offset++;
                break;
            }
        }
        if (len > 0 && line[len - 1] == '\r') {
            len--;
        }
        lineNumber++;
        return new RawLine(line, len, lineNumber, offset);
    }

    private boolean fill() throws IOException {
        int n = in.read(buf, 0, buf.length);
        bufPos = 0;
        bufLen = Math.max(0, n);
        return n > 0;
    }

    /** Strict UTF-8, or null with {@code error[0]} describing the first bad byte. */
    String decode(RawLine raw, String[] error) {
        try {
            return decoder.reset().decode(ByteBuffer.wrap(raw.bytes(), 0, raw.length())).toString();
        } catch (CharacterCodingException e) {
            ByteBuffer bb = ByteBuffer.wrap(raw.bytes(), 0, raw.length());
            CoderResult result = decoder.reset().decode(bb, CharBuffer.allocate(raw.length() + 1), true);
            int column = result.isError() ? bb.position() : 0;
            error[0] = String.format("line %d is not valid UTF-8 (byte 0x%02X at byte %d of the line)",
                    raw.number(), raw.bytes()[column] & 0xFF, column + 1);
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
