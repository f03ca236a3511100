package dev.sentence4j.corpus.input;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads an input file's records in order, from the start or from a position a previous run
 * recorded (byte offset and line number just past its last record).
 */
public sealed interface RecordReader extends AutoCloseable permits TxtRecordReader, JsonlRecordReader, CsvRecordReader {

    /** The next record (possibly a skipped one), or null at the end of the file. */
    InputRecord next() throws IOException;

    @Override
    void close() throws IOException;

    /** Opens {@code spec.file()} at {@code startOffset}, the start of line {@code startLine + 1}. */
    static RecordReader open(InputSpec spec, long startOffset, long startLine) throws IOException {
        Path file = spec.file();
        return switch (spec.format()) {
            case TXT -> new TxtRecordReader(spec, new LineReader(file, startOffset, startLine));
            case JSONL -> new JsonlRecordReader(spec, new LineReader(file, startOffset, startLine));
            case CSV -> CsvRecordReader.open(spec, startOffset, startLine);
        };
    }

    /** Cuts {@code text} to {@code maxChars} code points; a surrogate pair is never split. */
    static String cut(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        if (text.codePointCount(0, text.length()) <= maxChars) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, maxChars));
    }
}
