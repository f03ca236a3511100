package dev.sentence4j.hub;

import dev.sentence4j.common.error.Fault;
import dev.sentence4j.common.error.Sentence4jException;
import java.util.Objects;

/**
 * A model could not be resolved from the Hugging Face Hub or its cache. The message names the
 * repo id, the file or URL involved, what was expected and what was found, and what to do.
 */
public final class HubException extends Sentence4jException {

    /** Why resolution failed; lets a CLI pick an exit code without parsing messages. */
    public enum Reason {
        REPO_NOT_FOUND,
        REVISION_NOT_FOUND,
        ENTRY_NOT_FOUND,
        /** 401 or 403: a token is missing, invalid, or lacks access (private or gated repo). */
        UNAUTHORIZED,
        /** The hub could not be reached. */
        NETWORK,
        /** Offline mode and the cache lacks the model or some of its files. */
        NOT_IN_CACHE,
        /** The repo has no ONNX file at the requested path. */
        ONNX_FILE_MISSING,
        /** Downloaded bytes do not match the size or sha256 the hub announced. */
        CORRUPT_DOWNLOAD,
        /** The hub answered something unexpected (other status, missing header, bad JSON). */
        BAD_RESPONSE,
        /** Reading or writing the cache failed. */
        CACHE_IO
    }

    private final Reason reason;

    public HubException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public HubException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Fault fault() {
        return Fault.HUB;
    }

    public Reason reason() {
        return reason;
    }
}
