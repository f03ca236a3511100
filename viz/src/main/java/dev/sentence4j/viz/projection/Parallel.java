package dev.sentence4j.viz.projection;

import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Runs a loop over {@code [0, n)} in fixed chunks on a pool of a given size. The chunking does not
 * depend on the number of threads, and bodies write only to their own indices, so results are
 * identical for any thread count; reductions are done by the caller, in index order.
 */
public final class Parallel implements AutoCloseable {
    /** A loop body over {@code [from, to)}. */
    @FunctionalInterface
    public interface RangeBody {
        void run(int from, int to);
    }

    private final ForkJoinPool pool;

    public Parallel(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, found " + threads);
        }
        this.pool = new ForkJoinPool(threads);
    }

    public int threads() {
        return pool.getParallelism();
    }

    public void forRange(int n, int chunk, RangeBody body) {
        int chunks = (n + chunk - 1) / chunk;
        if (chunks <= 1 || pool.getParallelism() == 1) {
            for (int c = 0; c < chunks; c++) {
                body.run(c * chunk, Math.min(n, (c + 1) * chunk));
            }
            return;
        }
        pool.submit(() -> IntStream.range(0, chunks).parallel()
                .forEach(c -> body.run(c * chunk, Math.min(n, (c + 1) * chunk)))).join();
    }

    @Override
    public void close() {
        pool.shutdown();
    }
}
