package dev.sentence4j.server.batch;

import dev.sentence4j.core.Embeddings;
import dev.sentence4j.core.TokenEmbeddings;
import dev.sentence4j.core.sparse.SparseVector;
import dev.sentence4j.server.api.ApiError;
import dev.sentence4j.server.backend.EmbeddingBackend;
import dev.sentence4j.server.backend.EncodeSpec;
import dev.sentence4j.server.backend.ModelBackend;
import dev.sentence4j.server.backend.ScoringBackend;
import dev.sentence4j.server.backend.SparseBackend;
import dev.sentence4j.server.metrics.ServerMetrics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import dev.sentence4j.tokenizers.Encoding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dynamic batching, as TEI's queue does it: one queue of inputs from all requests, and one
 * thread that takes as many queued inputs as fit the token budget, runs them as one forward
 * pass, and completes each input's future with its row. It does not wait for a batch to fill:
 * while one pass runs, new inputs queue up, and the next pass takes them all. Under load
 * batches grow by themselves; an idle server answers a lone request at once.
 *
 * <p>The budget counts padded tokens, which is what the model computes: a batch of n inputs
 * whose longest has L tokens costs n * L. An input longer than the whole budget runs alone.
 * Inputs with different {@link EncodeSpec}s share a batch in the queue but run as separate
 * passes, one per spec, since a pass has one set of options.
 */
public final class Batcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Batcher.class);

    private final ModelBackend backend;
    private final int maxBatchTokens;
    private final ServerMetrics metrics;
    private final LinkedBlockingQueue<WorkItem> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean closing;

    public Batcher(ModelBackend backend, int maxBatchTokens, ServerMetrics metrics) {
        if (maxBatchTokens <= 0) {
            throw new IllegalArgumentException("maxBatchTokens must be > 0, found " + maxBatchTokens);
        }
        this.backend = backend;
        this.maxBatchTokens = maxBatchTokens;
        this.metrics = metrics;
        metrics.queueDepth(queue::size);
        this.thread = Thread.ofPlatform().name("sentence4j-batcher").daemon(true).start(this::loop);
    }

    /** Queues one input for its sentence embedding. */
    public CompletableFuture<Timed<float[]>> submit(Encoding encoding, EncodeSpec.Sentences spec) {
        CompletableFuture<Timed<float[]>> f = new CompletableFuture<>();
        enqueue(new WorkItem.Sentence(encoding, spec, System.nanoTime(), f));
        return f;
    }

    /** Queues one input for its token embeddings. */
    public CompletableFuture<Timed<TokenEmbeddings>> submit(Encoding encoding, EncodeSpec.Tokens spec) {
        CompletableFuture<Timed<TokenEmbeddings>> f = new CompletableFuture<>();
        enqueue(new WorkItem.Tokens(encoding, spec, System.nanoTime(), f));
        return f;
    }

    /** Queues one input for its sparse vector. */
    public CompletableFuture<Timed<SparseVector>> submit(Encoding encoding, EncodeSpec.Sparse spec) {
        CompletableFuture<Timed<SparseVector>> f = new CompletableFuture<>();
        enqueue(new WorkItem.Sparse(encoding, spec, System.nanoTime(), f));
        return f;
    }

    /** Queues one text or pair for its scores. */
    public CompletableFuture<Timed<float[]>> submit(Encoding encoding, EncodeSpec.Scores spec) {
        CompletableFuture<Timed<float[]>> f = new CompletableFuture<>();
        enqueue(new WorkItem.Score(encoding, spec, System.nanoTime(), f));
        return f;
    }

    private void enqueue(WorkItem item) {
        if (closing) {
            item.fail(ApiError.unhealthy("the server is shutting down"));
            return;
        }
        queue.add(item);
    }

    public int queueDepth() {
        return queue.size();
    }

    public boolean isAlive() {
        return thread.isAlive() && !closing;
    }

    private void loop() {
        while (!closing || !queue.isEmpty()) {
            WorkItem first;
            try {
                first = queue.poll(50, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            if (first == null) {
                continue;
            }
            List<WorkItem> batch = fill(first);
            run(batch);
        }
        // Anything left after an interrupt fails instead of hanging its request.
        WorkItem left;
        while ((left = queue.poll()) != null) {
            left.fail(ApiError.unhealthy("the server shut down before this input ran"));
        }
    }

    /** Takes queued items, in order, while the padded size stays within the budget. */
    private List<WorkItem> fill(WorkItem first) {
        List<WorkItem> batch = new ArrayList<>();
        batch.add(first);
        int longest = first.tokens();
        WorkItem next;
        // Only this thread takes from the queue, so what peek sees is what poll returns.
        while ((next = queue.peek()) != null) {
            int newLongest = Math.max(longest, next.tokens());
            if ((long) (batch.size() + 1) * newLongest > maxBatchTokens) {
                break;
            }
            batch.add(queue.poll());
            longest = newLongest;
        }
        return batch;
    }

    private void run(List<WorkItem> batch) {
        Map<EncodeSpec, List<WorkItem>> groups = new LinkedHashMap<>();
        for (WorkItem w : batch) {
            groups.computeIfAbsent(w.spec(), k -> new ArrayList<>()).add(w);
        }
        for (Map.Entry<EncodeSpec, List<WorkItem>> g : groups.entrySet()) {
            List<WorkItem> items = g.getValue();
            List<Encoding> encodings = new ArrayList<>(items.size());
            int longest = 0;
            for (WorkItem w : items) {
                encodings.add(w.encoding());
                longest = Math.max(longest, w.tokens());
            }
            long start = System.nanoTime();
            try {
                List<?> rows = forward(g.getKey(), encodings);
                long inference = System.nanoTime() - start;
                for (int i = 0; i < items.size(); i++) {
                    items.get(i).complete(rows.get(i), start, inference);
                }
            } catch (RuntimeException e) {
                LOG.error("forward pass of {} inputs failed", items.size(), e);
                ApiError err = ApiError.backend("inference failed: " + e);
                items.forEach(w -> w.fail(err));
                continue;
            }
            metrics.batch(items.size(), items.size() * longest, System.nanoTime() - start);
        }
    }

    /**
     * One forward pass of the kind {@code spec} asks for, a row per encoding. The routes check the
     * model's kind before queueing (Inference.require), so the backend has the pass asked of it.
     */
    private List<?> forward(EncodeSpec spec, List<Encoding> encodings) {
        return switch (spec) {
            case EncodeSpec.Sentences s -> {
                Embeddings out = ((EmbeddingBackend) backend).embed(encodings, s);
                List<float[]> rows = new ArrayList<>(out.rows());
                for (int i = 0; i < out.rows(); i++) {
                    rows.add(out.row(i));
                }
                yield rows;
            }
            case EncodeSpec.Tokens t -> ((EmbeddingBackend) backend).embedTokens(encodings, t);
            case EncodeSpec.Sparse p -> ((SparseBackend) backend).embedSparse(encodings, p);
            case EncodeSpec.Scores c -> ((ScoringBackend) backend).score(encodings, c);
        };
    }

    /** Runs what is queued, then stops the thread. */
    @Override
    public void close() {
        closing = true;
        try {
            thread.join(TimeUnit.SECONDS.toMillis(60));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            thread.interrupt();
        }
    }
}
