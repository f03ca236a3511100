package dev.sentence4j.onnx;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An ONNX file that cannot be read, written or used as asked: malformed protobuf, no graph, a
 * tensor of an unexpected type or shape, a graph that is not what the caller expected. Always
 * carries the file's path; the message says what was expected and what was found.
 */
public final class OnnxFileException extends RuntimeException {
    private final Path file;
    private final String detail;

    public OnnxFileException(Path file, String message) {
        this(file, message, null);
    }

    public OnnxFileException(Path file, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.file = Objects.requireNonNull(file, "file");
        this.detail = message;
    }

    /** The message without the file's path in front (for callers that wrap it in their own type). */
    public String detail() {
        return detail;
    }

    /** The ONNX file concerned. */
    public Path file() {
        return file;
    }
}
