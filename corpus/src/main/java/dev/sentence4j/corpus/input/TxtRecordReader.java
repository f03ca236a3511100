package dev.sentence4j.corpus.input;

import java.io.IOException;

/** One text per line. A blank line is a record (the empty string): row numbers stay line numbers. */
public final class TxtRecordReader implements RecordReader {
    private final InputSpec spec;
    private final LineReader lines;
    private final String[] error = new String[1];

    TxtRecordReader(InputSpec spec, LineReader lines) {
        this.spec = spec;
        this.lines = lines;
    }

    @Override
    public InputRecord next() throws IOException {
        RawLine raw = lines.next();
        if (raw == null) {
            return null;
        }
        String text = lines.decode(raw, error);
        if (text == null) {
            if (!spec.skipInvalid()) {
                throw new IllegalArgumentException(spec.file() + ": " + error[0]
                        + "; re-save the file as UTF-8, or pass --skip-invalid to skip such lines (they are counted)");
            }
            return new InputRecord(raw.number(), null, error[0], raw.endOffset(), raw.number(), false);
        }
        String cut = RecordReader.cut(text, spec.maxChars());
        return new InputRecord(raw.number(), cut, null, raw.endOffset(), raw.number(), cut.length() != text.length());
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
