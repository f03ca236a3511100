package dev.sentence4j.core;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A model directory (or one of its files) that cannot be used: missing, unreadable, malformed or
 * unsupported. Always carries the path of the offending file or directory.
 */
public final class ModelLoadException extends RuntimeException {
    private final Path path;

    public ModelLoadException(Path path, String message) {
        super(path + ": " + message);
        this.path = Objects.requireNonNull(path, "path");
    }

    public ModelLoadException(Path path, String message, Throwable cause) {
        super(path + ": " + message, cause);
        this.path = Objects.requireNonNull(path, "path");
    }

    /** The file or directory that could not be used. */
    public Path path() {
        return path;
    }
}
