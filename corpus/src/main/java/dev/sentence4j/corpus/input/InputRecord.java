package dev.sentence4j.corpus.input;

/**
 * One record of an input file.
 *
 * @param line       1-based line number where the record starts
 * @param text       the text, or null when the record was skipped
 * @param skipReason why it was skipped (invalid UTF-8, unparseable), or null
 * @param endOffset  byte offset just past the record: where reading resumes
 * @param endLine    line number of the record's last line (a quoted CSV field may span lines)
 * @param cut        whether the text was cut at {@link InputSpec#maxChars()}
 */
public record InputRecord(long line, String text, String skipReason, long endOffset, long endLine, boolean cut) {
    public InputRecord {
        if ((text == null) == (skipReason == null)) {
            throw new IllegalArgumentException("a record has either a text or a skip reason, line " + line);
        }
    }

    public boolean skipped() {
        return text == null;
    }
}
