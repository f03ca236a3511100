package dev.sentence4j.tokenizers;

import dev.sentence4j.common.error.Fault;
import dev.sentence4j.common.error.Sentence4jException;

/**
 * A tokenizer file or directory that cannot be loaded. The message names the file, the JSON
 * path or field, what was expected and what was found.
 */
public final class TokenizerLoadException extends Sentence4jException {

    private final String source;

    public TokenizerLoadException(String source, String message) {
        super(source + ": " + message);
        this.source = source;
    }

    public TokenizerLoadException(String source, String message, Throwable cause) {
        super(source + ": " + message, cause);
        this.source = source;
    }

    @Override
    public Fault fault() {
        return Fault.BROKEN_MODEL;
    }

    /** The file (or source name) that failed to load. */
    public String source() {
        return source;
    }
}
