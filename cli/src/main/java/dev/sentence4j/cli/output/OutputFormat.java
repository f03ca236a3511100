package dev.sentence4j.cli.output;

import java.nio.file.Path;
import java.util.Locale;

/** File formats of the encode command. */
public enum OutputFormat {
    JSONL, CSV, NPY;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** From the output file's extension; jsonl for stdout or an unknown extension. */
    public static OutputFormat fromPath(Path output) {
        if (output == null) {
            return JSONL;
        }
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".npy")) {
            return NPY;
        }
        if (name.endsWith(".csv")) {
            return CSV;
        }
        return JSONL;
    }
}
