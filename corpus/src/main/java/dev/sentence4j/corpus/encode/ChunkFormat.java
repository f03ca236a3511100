package dev.sentence4j.corpus.encode;

import java.util.Locale;

/** How chunks are written: NumPy matrices, or JSON lines with the source line number. */
public enum ChunkFormat {
    NPY("npy"), JSONL("jsonl");

    private final String extension;

    ChunkFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public static ChunkFormat parse(String name) {
        for (ChunkFormat f : values()) {
            if (f.extension.equals(name.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("output format must be npy or jsonl, found '" + name + "'");
    }
}
