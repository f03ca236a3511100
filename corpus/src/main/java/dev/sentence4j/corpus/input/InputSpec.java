package dev.sentence4j.corpus.input;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Which file to read and how.
 *
 * @param file        the input file
 * @param format      txt, jsonl or csv
 * @param textField   jsonl: the field holding the text (required for jsonl)
 * @param textColumn  csv: the header name of the text column (required for csv)
 * @param skipInvalid skip (and count) records that are not valid UTF-8 or not parseable, instead of failing
 * @param maxChars    texts longer than this many code points are cut before tokenizing (and counted as truncated);
 *                    bounds memory for pathological lines
 */
public record InputSpec(Path file, InputFormat format, String textField, String textColumn, boolean skipInvalid,
        int maxChars) {
    public static final int DEFAULT_MAX_CHARS = 100_000;

    public InputSpec {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        if (format == InputFormat.JSONL && (textField == null || textField.isEmpty())) {
            throw new IllegalArgumentException(file + " is JSON lines: give --text-field NAME, the field that holds the text");
        }
        if (format == InputFormat.CSV && (textColumn == null || textColumn.isEmpty())) {
            throw new IllegalArgumentException(file + " is CSV: give --text-column NAME, the header of the text column");
        }
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be >= 1, found " + maxChars);
        }
    }

    /** A text file, format from the extension, no field or column. */
    public static InputSpec of(Path file) {
        return new InputSpec(file, InputFormat.fromPath(file), null, null, false, DEFAULT_MAX_CHARS);
    }

    /** JSON lines with the text in {@code textField}. */
    public static InputSpec jsonl(Path file, String textField) {
        return new InputSpec(file, InputFormat.JSONL, textField, null, false, DEFAULT_MAX_CHARS);
    }

    /** CSV with a header; the text in column {@code textColumn}. */
    public static InputSpec csv(Path file, String textColumn) {
        return new InputSpec(file, InputFormat.CSV, null, textColumn, false, DEFAULT_MAX_CHARS);
    }

    public InputSpec withTextField(String v) {
        return new InputSpec(file, format, v, textColumn, skipInvalid, maxChars);
    }

    public InputSpec withTextColumn(String v) {
        return new InputSpec(file, format, textField, v, skipInvalid, maxChars);
    }

    public InputSpec withSkipInvalid(boolean v) {
        return new InputSpec(file, format, textField, textColumn, v, maxChars);
    }

    public InputSpec withMaxChars(int v) {
        return new InputSpec(file, format, textField, textColumn, skipInvalid, v);
    }

    public InputSpec withFormat(InputFormat v) {
        return new InputSpec(file, v, textField, textColumn, skipInvalid, maxChars);
    }
}
