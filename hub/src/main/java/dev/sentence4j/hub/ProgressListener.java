package dev.sentence4j.hub;

/**
 * Receives download progress. Called on the downloading thread: once when a file starts (with the
 * bytes already present from a resumed download), as bytes arrive, and once with
 * {@code bytesDone == totalBytes} when the file is complete.
 */
@FunctionalInterface
public interface ProgressListener {

    /**
     * @param file       the file's path in the repo, e.g. {@code onnx/model.onnx}
     * @param bytesDone  bytes on disk so far, resumed bytes included
     * @param totalBytes the file's size as announced by the hub
     */
    void onProgress(String file, long bytesDone, long totalBytes);

    /** A listener that ignores progress. */
    static ProgressListener none() {
        return (file, done, total) -> { };
    }
}
