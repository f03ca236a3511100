package dev.sentence4j.corpus.encode;

import java.util.Objects;

/**
 * One finished chunk, as the manifest lists it.
 *
 * @param file      file name inside the output directory
 * @param rows      embeddings in it
 * @param firstLine input line of its first row
 * @param lastLine  input line of its last row
 * @param bytes     file size, checked on resume
 */
public record ChunkEntry(String file, int rows, long firstLine, long lastLine, long bytes) {
    public ChunkEntry {
        Objects.requireNonNull(file, "file");
        if (rows < 1) {
            throw new IllegalArgumentException("a chunk has at least one row, found " + rows + " in " + file);
        }
    }
}
