package dev.sentence4j.server;

import dev.sentence4j.core.TokenEmbeddings;
import dev.sentence4j.core.crossencoder.TextPair;
import dev.sentence4j.core.sparse.SparseVector;
import dev.sentence4j.core.input.ModelInputs;
import dev.sentence4j.server.api.ApiError;
import dev.sentence4j.server.api.Input;
import dev.sentence4j.server.api.Inputs;
import dev.sentence4j.server.api.TruncationDirection;
import dev.sentence4j.server.backend.BackendInfo;
import dev.sentence4j.server.backend.EncodeSpec;
import dev.sentence4j.server.backend.ModelBackend;
import dev.sentence4j.server.backend.ScoringBackend;
import dev.sentence4j.server.batch.Batcher;
import dev.sentence4j.server.batch.Timed;
import dev.sentence4j.tokenizers.Encoding;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * What the inference routes share: the model's task (a route it does not serve is refused),
 * TEI's validation (batch size, prompt name, input length), then one queued item per input,
 * joined back in input order.
 */
public final class Inference {
    private final ModelBackend backend;
    private final Batcher batcher;
    private final ServerConfig config;
    private final BackendInfo info;
    private final ServedTask task;

    public Inference(ModelBackend backend, Batcher batcher, ServerConfig config) {
        this.backend = backend;
        this.batcher = batcher;
        this.config = config;
        this.info = backend.info();
        this.task = ServedTask.of(info);
    }

    public ModelBackend backend() {
        return backend;
    }

    public ServedTask task() {
        return task;
    }

    /**
     * Refuses a route the served model cannot answer, as TEI does (424, error_type backend), but
     * naming what the model is and what it does serve: {@code /rerank} on an embedding model, or
     * {@code /embed} on a cross-encoder.
     */
    public void require(String route) {
        if (!task.routes().contains(route)) {
            throw ApiError.backend("model " + info.modelId() + " is " + task.description() + ": it does not answer "
                    + route + "; it answers " + String.join(", ", task.routes()));
        }
    }

    public BackendInfo info() {
        return info;
    }

    public ServerConfig config() {
        return config;
    }

    /**
     * Validated inputs, tokenized once: the same encodings are checked here and run in the batch.
     *
     * @param encodings each input's tokens as the model runs them (prompt and special tokens included)
     * @param timings   what the request cost, for TEI's x-compute-* and x-*-time headers
     */
    public record Prepared(List<String> texts, List<Encoding> encodings, ComputeTimings timings) {
        public Prepared {
            texts = List.copyOf(texts);
            encodings = List.copyOf(encodings);
        }

        /** Tokens the model runs, all inputs together. */
        public int totalTokens() {
            int sum = 0;
            for (Encoding e : encodings) {
                sum += e.length();
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
        List<Encoding> encodings = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            String path = texts.size() == 1 && field.equals("inputs") ? field : field + "[" + i + "]";
            String text = texts.get(i);
            if (text.isEmpty()) {
                throw ApiError.validation("`" + path + "` is an empty string: expected text to embed");
            }
            Encoding e;
            try {
                e = backend.tokenizeInput(text, promptName, cut);
            } catch (IllegalArgumentException ex) {
                throw ApiError.tokenizer("`" + path + "` cannot be tokenized: " + ex.getMessage());
            }
            checkLength(e, path, cut, direction);
            encodings.add(e);
            timings.addInput(text, e.length());
        }
        timings.tokenization(System.nanoTime() - started);
        return new Prepared(texts, encodings, timings);
    }

    /**
     * Validated texts and pairs for a cross-encoder, tokenized once as pairs (a null second text:
     * the first alone), with the same checks as {@link #prepare}: TEI's order, then each input's
     * length, the pair's tokens counted together.
     */
    public Prepared preparePairs(List<TextPair> pairs, String field, Boolean truncate, TruncationDirection direction) {
        if (pairs.isEmpty()) {
            throw ApiError.empty("`" + field + "` is empty: expected at least one input");
        }
        if (pairs.size() > config.maxClientBatchSize()) {
            throw ApiError.validation("`" + field + "` has " + pairs.size() + " inputs, more than max_client_batch_size "
                    + config.maxClientBatchSize() + "; split the request");
        }
        ScoringBackend scoring = (ScoringBackend) backend;
        long started = System.nanoTime();
        ComputeTimings timings = new ComputeTimings(started);
        boolean cut = truncate != null ? truncate : config.autoTruncate();
        List<String> texts = new ArrayList<>(pairs.size());
        List<Encoding> encodings = new ArrayList<>(pairs.size());
        for (int i = 0; i < pairs.size(); i++) {
            String path = field + "[" + i + "]";
            TextPair pair = pairs.get(i);
            Encoding e;
            try {
                e = scoring.tokenizePair(pair.first(), pair.second(), cut);
            } catch (IllegalArgumentException ex) {
                throw ApiError.tokenizer("`" + path + "` cannot be tokenized: " + ex.getMessage());
            }
            checkLength(e, path, cut, direction);
            String text = pair.second() == null ? pair.first() : pair.first() + pair.second();
            texts.add(text);
            encodings.add(e);
            timings.addInput(text, e.length());
        }
        timings.tokenization(System.nanoTime() - started);
        return new Prepared(texts, encodings, timings);
    }

    private void checkLength(Encoding e, String path, boolean cut, TruncationDirection direction) {
        if (!cut && e.length() > info.maxInputLength()) {
            throw ApiError.validation("`" + path + "` must have at most " + info.maxInputLength()
                    + " tokens (max_input_length), given " + e.length() + " tokens; send \"truncate\": true to cut it");
        }
        if (cut && direction == TruncationDirection.Left && ModelInputs.truncated(e)) {
            throw ApiError.validation("`" + path + "` has more tokens than max_input_length "
                    + info.maxInputLength() + ", and truncation_direction \"left\" is not supported by this"
                    + " server (sentence-transformers truncates on the right); use \"right\"");
        }
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

    public List<float[]> embed(Prepared p, EncodeSpec.Sentences spec) {
        List<CompletableFuture<Timed<float[]>>> futures = new ArrayList<>(p.encodings().size());
        for (Encoding e : p.encodings()) {
            futures.add(batcher.submit(e, spec));
        }
        return joinAll(futures, p.timings());
    }

    public List<TokenEmbeddings> embedTokens(Prepared p, EncodeSpec.Tokens spec) {
        List<CompletableFuture<Timed<TokenEmbeddings>>> futures = new ArrayList<>(p.encodings().size());
        for (Encoding e : p.encodings()) {
            futures.add(batcher.submit(e, spec));
        }
        return joinAll(futures, p.timings());
    }

    public List<SparseVector> embedSparse(Prepared p, EncodeSpec.Sparse spec) {
        List<CompletableFuture<Timed<SparseVector>>> futures = new ArrayList<>(p.encodings().size());
        for (Encoding e : p.encodings()) {
            futures.add(batcher.submit(e, spec));
        }
        return joinAll(futures, p.timings());
    }

    /** A cross-encoder's scores for each prepared text or pair: {@code [labels]} per input. */
    public List<float[]> score(Prepared p, EncodeSpec.Scores spec) {
        List<CompletableFuture<Timed<float[]>>> futures = new ArrayList<>(p.encodings().size());
        for (Encoding e : p.encodings()) {
            futures.add(batcher.submit(e, spec));
        }
        return joinAll(futures, p.timings());
    }

    private static <T> List<T> joinAll(List<CompletableFuture<Timed<T>>> futures, ComputeTimings timings) {
        List<T> out = new ArrayList<>(futures.size());
        for (CompletableFuture<Timed<T>> f : futures) {
            try {
                Timed<T> row = f.join();
                timings.addRow(row.queueNanos(), row.inferenceNanos());
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
