package dev.sentence4j.corpus.input;

import java.nio.file.Path;
import java.util.Locale;

/** How an input file holds its texts: one per line, one JSON object per line, or one CSV row per record. */
public enum InputFormat {
    TXT, JSONL, CSV;

    /** From the file extension: .jsonl/.ndjson, .csv, anything else is text lines. */
    public static InputFormat fromPath(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return JSONL;
        }
        if (name.endsWith(".csv")) {
            return CSV;
        }
        return TXT;
    }
}
