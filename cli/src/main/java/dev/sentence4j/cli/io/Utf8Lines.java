package dev.sentence4j.cli.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads text input line by line as strict UTF-8. A malformed byte sequence is a user mistake
 * that must name the line, never a silent replacement character in an embedding.
 */
public final class Utf8Lines {
    private Utf8Lines() {}

    /** Reads {@code source}: a file path, or "-" for standard input. */
    public static List<String> read(String source, InputStream stdin) throws IOException {
        if ("-".equals(source)) {
            return split(stdin.readAllBytes(), "<stdin>");
        }
        Path path = Path.of(source);
        if (Files.isDirectory(path)) {
            throw new IllegalArgumentException("input '" + source + "' is a directory; expected a text file with one sentence per line");
        }
        try (InputStream in = Files.newInputStream(path)) {
            return split(in.readAllBytes(), source);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("input file '" + source + "' does not exist");
        }
    }

    /** Splits on \n (a trailing \r is dropped); a final line without newline counts, an empty tail does not. */
    static List<String> split(byte[] bytes, String name) {
        List<String> lines = new ArrayList<>();
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int start = 0;
        int lineNo = 1;
        // Skip a UTF-8 byte order mark: editors on Windows write one.
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
        }
        for (int i = start; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                if (i == bytes.length && i == start) {
                    break;
                }
                int end = i;
                if (end > start && bytes[end - 1] == '\r') {
                    end--;
                }
                lines.add(decode(decoder, bytes, start, end, name, lineNo));
                start = i + 1;
                lineNo++;
            }
        }
        return lines;
    }

    private static String decode(CharsetDecoder decoder, byte[] bytes, int start, int end, String name, int lineNo) {
        try {
            return decoder.reset().decode(ByteBuffer.wrap(bytes, start, end - start)).toString();
        } catch (MalformedInputException e) {
            int column = findBadByte(decoder, bytes, start, end);
            throw new IllegalArgumentException(String.format(
                    "%s: line %d is not valid UTF-8 (byte 0x%02X at byte %d of the line); re-save the file as UTF-8",
                    name, lineNo, bytes[start + column] & 0xFF, column + 1));
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(name + ": line " + lineNo + " cannot be decoded as UTF-8: " + e.getMessage());
        }
    }

    /** The offset of the first byte that does not decode, found by decoding growing prefixes. */
    private static int findBadByte(CharsetDecoder decoder, byte[] bytes, int start, int end) {
        ByteBuffer in = ByteBuffer.wrap(bytes, start, end - start);
        CharBuffer out = CharBuffer.allocate(end - start + 1);
        decoder.reset();
        CoderResult result = decoder.decode(in, out, true);
        return result.isError() ? in.position() - start : 0;
    }
}
