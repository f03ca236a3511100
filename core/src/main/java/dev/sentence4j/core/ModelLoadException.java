package dev.sentence4j.core;

import dev.sentence4j.common.error.Fault;
import dev.sentence4j.common.error.Sentence4jException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A model directory (or one of its files) that cannot be used: missing, unreadable, malformed or
 * unsupported. Always carries the path of the offending file or directory.
 */
public final class ModelLoadException extends Sentence4jException {
    private final Path path;

    public ModelLoadException(Path path, String message) {
        super(path + ": " + message);
        this.path = Objects.requireNonNull(path, "path");
    }

    public ModelLoadException(Path path, String message, Throwable cause) {
        super(path + ": " + message, cause);
        this.path = Objects.requireNonNull(path, "path");
    }

    @Override
    public Fault fault() {
        return Fault.BROKEN_MODEL;
    }

    /** The file or directory that could not be used. */
    public Path path() {
        return path;
    }
}
