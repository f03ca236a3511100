package dev.sentence4j.corpus.encode;

/** Told after every chunk: how far through the input (bytes) and how many rows are done. */
@FunctionalInterface
public interface EncodeProgress {
    EncodeProgress NONE = (bytesDone, bytesTotal, rowsDone, rowsThisRun) -> {};

    /**
     * @param rowsDone    rows in the output so far, earlier runs included
     * @param rowsThisRun rows this run encoded (the basis of a rate)
     */
    void onChunk(long bytesDone, long bytesTotal, long rowsDone, long rowsThisRun);
}
