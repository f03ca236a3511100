package dev.sentence4j.core.runtime;

import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Idle {@link TokenInputs} kept between encode calls, so that a stream of small calls (a server's
 * requests, a search's queries one at a time) reuses its direct buffers instead of allocating new
 * ones each call. A direct buffer's native memory is freed only when the garbage collector gets to
 * its owner, so per-call buffers grow native memory with the call rate: all-MiniLM-L6-v2, 350
 * single-sentence calls after a full GC left 3,150 direct buffers (17.3 MB) waiting for collection
 * without the pool, none with it (JMX's "direct" buffer pool, BENCHMARKS.md).
 *
 * <p>Memory stays bounded: at most {@code maxIdle} are kept, and one whose buffers hold more than
 * {@code maxIdleBytes} (a SPLADE model's vocabulary-wide logits, up to 64 MiB a run) is dropped
 * rather than kept. Thread-safe; a borrowed instance belongs to one caller until it is returned.
 */
public final class TokenInputsPool {
    private final ConcurrentLinkedDeque<TokenInputs> idle = new ConcurrentLinkedDeque<>();
    private final AtomicInteger idleCount = new AtomicInteger();
    private final int maxIdle;
    private final long maxIdleBytes;

    public TokenInputsPool(int maxIdle, long maxIdleBytes) {
        if (maxIdle < 0 || maxIdleBytes < 0) {
            throw new IllegalArgumentException("maxIdle and maxIdleBytes must be >= 0, found " + maxIdle + ", "
                    + maxIdleBytes);
        }
        this.maxIdle = maxIdle;
        this.maxIdleBytes = maxIdleBytes;
    }

    /** An idle instance (most recently returned first, its buffers warm), or a new one. */
    public TokenInputs borrow() {
        TokenInputs t = idle.pollFirst();
        if (t == null) {
            return new TokenInputs();
        }
        idleCount.decrementAndGet();
        return t;
    }

    /** Gives {@code inputs} back; the caller must not use it afterwards. */
    public void giveBack(TokenInputs inputs) {
        if (inputs.directBytes() > maxIdleBytes || idle.contains(inputs)) { // kept once, lent to one caller
            return;
        }
        if (idleCount.incrementAndGet() > maxIdle) {
            idleCount.decrementAndGet();
            return;
        }
        idle.offerFirst(inputs);
    }

    /** Instances kept now. */
    public int idle() {
        return idleCount.get();
    }
}
