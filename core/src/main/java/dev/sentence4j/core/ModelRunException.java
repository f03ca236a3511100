package dev.sentence4j.core;

import dev.sentence4j.common.error.Fault;
import dev.sentence4j.common.error.Sentence4jException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * ONNX Runtime failed on a batch of a model that loaded: a graph that does not fit its inputs in
 * a way the load checks cannot see, or the runtime out of memory. Carries the ONNX file; the
 * message says what the runtime said and the batch's shape. Not a bug in the caller's input.
 */
public final class ModelRunException extends Sentence4jException {
    private final Path onnxFile;

    public ModelRunException(Path onnxFile, String message, Throwable cause) {
        super(onnxFile + ": " + message, cause);
        this.onnxFile = Objects.requireNonNull(onnxFile, "onnxFile");
    }

    @Override
    public Fault fault() {
        return Fault.BROKEN_MODEL;
    }

    /** The ONNX file that failed. */
    public Path onnxFile() {
        return onnxFile;
    }
}
