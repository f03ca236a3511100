package dev.sentence4j.core;

/** Told after each batch how many of the inputs are encoded. Called on the encoding thread. */
@FunctionalInterface
public interface ProgressListener {
    void onProgress(int done, int total);

    ProgressListener NONE = (done, total) -> {};
}
