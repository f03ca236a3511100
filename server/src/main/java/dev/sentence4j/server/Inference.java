package dev.sentence4j.server;

import dev.sentence4j.server.api.ApiError;
import dev.sentence4j.server.api.Input;
import dev.sentence4j.server.api.Inputs;
import dev.sentence4j.server.api.TruncationDirection;
import dev.sentence4j.server.backend.BackendInfo;
import dev.sentence4j.server.backend.EmbeddingBackend;
import dev.sentence4j.server.backend.EncodeSpec;
import dev.sentence4j.server.backend.TokenMatrix;
import dev.sentence4j.server.batch.Batcher;
import dev.sentence4j.server.batch.TimedRow;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * What the inference routes share: TEI's validation (batch size, prompt name, input length),
 * then one queued item per input, joined back in input order.
 */
public final class Inference {
    private final EmbeddingBackend backend;
    private final Batcher batcher;
    private final ServerConfig config;
    private final BackendInfo info;

    public Inference(EmbeddingBackend backend, Batcher batcher, ServerConfig config) {
        this.backend = backend;
        this.batcher = batcher;
        this.config = config;
        this.info = backend.info();
    }

    public EmbeddingBackend backend() {
        return backend;
    }

    public BackendInfo info() {
        return info;
    }

    public ServerConfig config() {
        return config;
    }

    /**
     * Validated inputs.
     *
     * @param tokens  each input's token count before truncation (prompt and special tokens included)
     * @param timings what the request cost, for TEI's x-compute-* and x-*-time headers
     */
    public record Prepared(List<String> texts, int[] tokens, ComputeTimings timings) {
        public int totalTokens() {
            int sum = 0;
            for (int t : tokens) {
                sum += t;
            }
            return sum;
        }
    }

    /** TEI's checks, in TEI's order: empty, batch size, then each input's length. */
    public Prepared prepare(Inputs inputs, String field, Boolean truncate, TruncationDirection direction, String promptName) {
        if (inputs.size() == 0) {
            throw ApiError.empty("`" + field + "` is empty: expected at least one input");
        }
        List<String> texts = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            texts.add(switch (inputs.items().get(i)) {
                case Input.Text t -> t.text();
                case Input.Ids ids -> decode(ids.ids(), field + "[" + i + "]");
            });
        }
        return prepare(texts, field, truncate, direction, promptName);
    }

    public Prepared prepare(List<String> texts, String field, Boolean truncate, TruncationDirection direction,
            String promptName) {
        if (texts.isEmpty()) {
            throw ApiError.empty("`" + field + "` is empty: expected at least one input");
        }
        if (texts.size() > config.maxClientBatchSize()) {
            throw ApiError.validation("`" + field + "` has " + texts.size() + " inputs, more than max_client_batch_size "
                    + config.maxClientBatchSize() + "; split the request");
        }
        checkPromptName(promptName);
        long started = System.nanoTime();
        ComputeTimings timings = new ComputeTimings(started);
        boolean cut = truncate != null ? truncate : config.autoTruncate(); // TEI: request's truncate, else --auto-truncate
        int[] tokens = new int[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            String path = texts.size() == 1 && field.equals("inputs") ? field : field + "[" + i + "]";
            String text = texts.get(i);
            if (text.isEmpty()) {
                throw ApiError.validation("`" + path + "` is an empty string: expected text to embed");
            }
            int n;
            try {
                n = backend.countTokens(text, promptName);
            } catch (IllegalArgumentException e) {
                throw ApiError.tokenizer("`" + path + "` cannot be tokenized: " + e.getMessage());
            }
            if (n > info.maxInputLength()) {
                if (!cut) {
                    throw ApiError.validation("`" + path + "` must have at most " + info.maxInputLength()
                            + " tokens (max_input_length), given " + n + " tokens; send \"truncate\": true to cut it");
                }
                if (direction == TruncationDirection.Left) {
                    throw ApiError.validation("`" + path + "` has " + n + " tokens, more than max_input_length "
                            + info.maxInputLength() + ", and truncation_direction \"left\" is not supported by this"
                            + " server (sentence-transformers truncates on the right); use \"right\"");
                }
            }
            tokens[i] = n;
            timings.addInput(text, Math.min(n, info.maxInputLength()));
        }
        timings.tokenization(System.nanoTime() - started);
        return new Prepared(List.copyOf(texts), tokens, timings);
    }

    public void checkPromptName(String promptName) {
        if (promptName != null && !info.prompts().containsKey(promptName)) {
            throw ApiError.validation("`prompt_name`: expected one of the model's prompts " + info.prompts().keySet()
                    + ", found \"" + promptName + "\"");
        }
    }

    public void checkDimensions(Integer dimensions) {
        if (dimensions != null && dimensions > info.dimension()) {
            throw ApiError.validation("`dimensions`: expected at most " + info.dimension()
                    + " (the model's dimension), found " + dimensions);
        }
    }

    public String decode(int[] ids, String path) {
        try {
            return backend.decode(ids, true);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw ApiError.tokenizer("`" + path + "` cannot be decoded: " + e.getMessage());
        }
    }

    public List<float[]> embed(Prepared p, EncodeSpec spec) {
        List<Object> rows = run(p, spec);
        List<float[]> out = new ArrayList<>(rows.size());
        rows.forEach(r -> out.add((float[]) r));
        return out;
    }

    public List<TokenMatrix> embedTokens(Prepared p, String promptName) {
        List<Object> rows = run(p, EncodeSpec.tokens(promptName));
        List<TokenMatrix> out = new ArrayList<>(rows.size());
        rows.forEach(r -> out.add((TokenMatrix) r));
        return out;
    }

    private List<Object> run(Prepared p, EncodeSpec spec) {
        List<CompletableFuture<TimedRow>> futures = new ArrayList<>(p.texts().size());
        for (int i = 0; i < p.texts().size(); i++) {
            futures.add(batcher.submit(p.texts().get(i), Math.min(p.tokens()[i], info.maxInputLength()), spec));
        }
        List<Object> out = new ArrayList<>(futures.size());
        for (CompletableFuture<TimedRow> f : futures) {
            try {
                TimedRow row = f.join();
                p.timings().addRow(row.queueNanos(), row.inferenceNanos());
                out.add(row.row());
            } catch (CompletionException e) {
                if (e.getCause() instanceof ApiError api) {
                    throw api;
                }
                throw ApiError.backend("inference failed: " + e.getCause());
            }
        }
        return out;
    }
}
