package dev.sentence4j.corpus.input;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV with a header row: comma-separated, fields optionally in double quotes, "" for a
 * quote inside quotes, and quoted fields may span lines (one record, several lines). The text
 * is the column whose header is {@link InputSpec#textColumn()}. Blank lines are skipped (counted).
 */
public final class CsvRecordReader implements RecordReader {
    private final InputSpec spec;
    private final LineReader lines;
    private final int column;
    private final String[] error = new String[1];

    private CsvRecordReader(InputSpec spec, LineReader lines, int column) {
        this.spec = spec;
        this.lines = lines;
        this.column = column;
    }

    static CsvRecordReader open(InputSpec spec, long startOffset, long startLine) throws IOException {
        List<String> header;
        long headerEnd;
        long headerLines;
        try (LineReader headerReader = new LineReader(spec.file(), 0, 0)) {
            String[] err = new String[1];
            ParsedRecord first = parse(headerReader, err);
            if (first == null) {
                throw new IllegalArgumentException(spec.file() + ": empty CSV file; expected a header row naming column \""
                        + spec.textColumn() + "\"");
            }
            if (first.fields == null) {
                throw new IllegalArgumentException(spec.file() + ": the header row: " + err[0]);
            }
            header = first.fields;
            headerEnd = first.endOffset;
            headerLines = first.lastLine;
        }
        int column = header.indexOf(spec.textColumn());
        if (column < 0) {
            throw new IllegalArgumentException(spec.file() + ": the header has no column \"" + spec.textColumn()
                    + "\" (--text-column); its columns are " + header);
        }
        long offset = Math.max(startOffset, headerEnd);
        long line = startOffset < headerEnd ? headerLines : startLine;
        return new CsvRecordReader(spec, new LineReader(spec.file(), offset, line), column);
    }

    @Override
    public InputRecord next() throws IOException {
        while (true) {
            ParsedRecord r = parse(lines, error);
            if (r == null) {
                return null;
            }
            if (r.fields == null) {
                if (!spec.skipInvalid()) {
                    throw new IllegalArgumentException(spec.file() + ": " + error[0]
                            + "; fix it, or pass --skip-invalid to skip such records (they are counted)");
                }
                return new InputRecord(r.firstLine, null, error[0], r.endOffset, r.lastLine, false);
            }
            if (r.fields.size() == 1 && r.fields.get(0).isEmpty() && r.firstLine == r.lastLine && !r.quoted) {
                return new InputRecord(r.firstLine, null, "line " + r.firstLine + " is blank", r.endOffset, r.lastLine, false);
            }
            if (column >= r.fields.size()) {
                throw new IllegalArgumentException(spec.file() + ": line " + r.firstLine + " has " + r.fields.size()
                        + " fields, but column \"" + spec.textColumn() + "\" is field " + (column + 1) + " of the header");
            }
            String text = r.fields.get(column);
            String cut = RecordReader.cut(text, spec.maxChars());
            return new InputRecord(r.firstLine, cut, null, r.endOffset, r.lastLine, cut.length() != text.length());
        }
    }

    /** A parsed record; {@code fields} null when it could not be decoded or parsed ({@code error[0]} says why). */
    private record ParsedRecord(List<String> fields, long firstLine, long lastLine, long endOffset, boolean quoted) {}

    private static ParsedRecord parse(LineReader lines, String[] error) throws IOException {
        RawLine raw = lines.next();
        if (raw == null) {
            return null;
        }
        long firstLine = raw.number();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean inQuotes = false;
        boolean anyQuoted = false;
        while (true) {
            String text = lines.decode(raw, error);
            if (text == null) {
                // Consume the rest of a quoted record is impossible to do reliably; report this line.
                return new ParsedRecord(null, firstLine, raw.number(), raw.endOffset(), anyQuoted);
            }
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (inQuotes) {
                    if (c == '"') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        inQuotes = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    inQuotes = true;
                    anyQuoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append(c);
                }
                i++;
            }
            if (!inQuotes) {
                fields.add(field.toString());
                return new ParsedRecord(fields, firstLine, raw.number(), raw.endOffset(), anyQuoted);
            }
            // A quoted field goes on past the line break: the break is part of the text.
            RawLine more = lines.next();
            if (more == null) {
                error[0] = "line " + firstLine + ": a quoted field is not closed before the end of the file";
                return new ParsedRecord(null, firstLine, raw.number(), raw.endOffset(), true);
            }
            field.append('\n');
            raw = more;
        }
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
