package dev.sentence4j.common.error;

/**
 * The kinds of user-facing failure, each with the CLI exit code and the HTTP status that report
 * it. The exit codes keep the CLI's contract: 2 for a usage mistake (picocli's code for invalid
 * input), 1 for everything else a user can fix; 70 (EX_SOFTWARE) stays reserved for bugs.
 *
 * @param exitCode   what the CLI exits with
 * @param httpStatus what the server answers with
 */
public enum Fault {
    /** A bad option, argument or API parameter. */
    USAGE(2, 400),
    /** An input file or text that cannot be read as what it claims to be. */
    BAD_INPUT(1, 422),
    /** A model directory or one of its files that cannot be used. */
    BROKEN_MODEL(1, 500),
    /** The Hugging Face Hub or its cache could not provide a model. */
    HUB(1, 502);

    private final int exitCode;
    private final int httpStatus;

    Fault(int exitCode, int httpStatus) {
        this.exitCode = exitCode;
        this.httpStatus = httpStatus;
    }

    public int exitCode() {
        return exitCode;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
