package dev.sentence4j.common.error;

/**
 * A failure a user can fix: a usage mistake, a bad input file, a broken model, or a Hub failure.
 * Front ends map it by {@link #fault()}: the CLI to one line on stderr and an exit code, the
 * server to a JSON error and an HTTP status. Anything that is not a {@code Sentence4jException}
 * (or an {@link IllegalArgumentException} from an API call) is a bug and keeps its stack trace.
 */
public abstract class Sentence4jException extends RuntimeException {
    protected Sentence4jException(String message) {
        super(message);
    }

    protected Sentence4jException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Whose fault, and so how front ends report it. */
    public abstract Fault fault();
}
