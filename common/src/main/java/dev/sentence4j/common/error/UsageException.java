package dev.sentence4j.common.error;

/** A bad option, argument or parameter: the message names it, what was expected and what was found. */
public final class UsageException extends Sentence4jException {
    public UsageException(String message) {
        super(message);
    }

    @Override
    public Fault fault() {
        return Fault.USAGE;
    }
}
