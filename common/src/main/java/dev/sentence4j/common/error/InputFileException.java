package dev.sentence4j.common.error;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An input file that cannot be read as what it claims to be (bad UTF-8, a malformed record, a
 * missing column). The message starts with the file, then where in it (line, field), what was
 * expected and what was found.
 */
public final class InputFileException extends Sentence4jException {
    private final Path file;

    public InputFileException(Path file, String message) {
        super(Objects.requireNonNull(file, "file") + ": " + message);
        this.file = file;
    }

    public InputFileException(Path file, String message, Throwable cause) {
        super(Objects.requireNonNull(file, "file") + ": " + message, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }

    @Override
    public Fault fault() {
        return Fault.BAD_INPUT;
    }
}
