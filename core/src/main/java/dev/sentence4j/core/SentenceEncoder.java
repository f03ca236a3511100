package dev.sentence4j.core;

import dev.sentence4j.core.config.GraphCompatibility;
import dev.sentence4j.core.config.ModelDirectory;
import dev.sentence4j.core.config.ModelKind;
import dev.sentence4j.core.input.ModelInputs;
import dev.sentence4j.core.input.TokenizedInputs;
import dev.sentence4j.core.runtime.EmbeddingTables;
import dev.sentence4j.core.runtime.GraphFacts;
import dev.sentence4j.core.runtime.ModelInput;
import dev.sentence4j.core.runtime.OnnxEncoderSession;
import dev.sentence4j.tokenizers.Encoding;
import dev.sentence4j.tokenizers.Tokenizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.IntStream;

/**
 * Text in, sentence embeddings out, with sentence-transformers' encode semantics, on ONNX Runtime.
 *
 * <p>Like ST's encode: inputs are sorted by length (longest first), cut into batches (32 by
 * default), each batch padded to its own longest input and truncated at max_seq_length; the
 * Transformer's token embeddings go through Pooling, Dense and Normalize as modules.json says;
 * results come back in input order. Unlike ST, the length is the token count, known after
 * tokenizing (a chunk at a time), so batches carry almost no padding; long batches run in slices
 * of at most {@link Batches#TOKEN_BUDGET} positions. Neither changes a result. One instance is
 * safe for concurrent callers: all per-call state is local and the ONNX session is thread-safe.
 */
public final class SentenceEncoder implements AutoCloseable {
    /** Inputs tokenized per step: large enough to sort well, small enough to bound the memory held. */
    private static final int CHUNK = 2048;

    private final ModelDirectory model;
    private final ModelInputs inputs;
    private final OnnxEncoderSession session;
    private final ModelInfo info;

    private SentenceEncoder(ModelDirectory model, ModelInputs inputs, OnnxEncoderSession session, GraphFacts graph,
            String name) {
        this.model = model;
        this.inputs = inputs;
        this.session = session;
        this.info = new ModelInfo(name, model.directory(), model.onnxFile(), graph.dtype(), model.dimension(), model.pooling().modes(),
                model.transformer().maxSeqLength(), model.transformer().doLowerCase(), model.normalize(),
                model.settings().similarity(), model.settings().prompts(), model.settings().defaultPromptName(),
                session.inputs().stream().sorted().map(ModelInput::onnxName).toList(), session.tokenOutput());
    }

    /**
     * Opens an embedded model by name (see {@link EmbeddedModels#names()}), a local model
     * directory, or a Hugging Face Hub id ({@code org/name}, resolved through the huggingface_hub
     * cache; see {@link ModelLocator}). Anything else is an {@link IllegalArgumentException}
     * listing the embedded models.
     */
    public static SentenceEncoder load(String nameOrPath) {
        return load(nameOrPath, LoadOptions.defaults());
    }

    public static SentenceEncoder load(String nameOrPath, LoadOptions options) {
        Objects.requireNonNull(nameOrPath, "nameOrPath");
        Objects.requireNonNull(options, "options");
        Path dir = ModelLocator.resolve(nameOrPath, options.hubOptions());
        return load(dir, options.withDefaultName(nameOrPath));
    }

    public static SentenceEncoder load(Path dir) {
        return load(dir, LoadOptions.defaults());
    }

    /**
     * Opens a sentence-transformers model directory; a broken one is a {@link ModelLoadException},
     * and so is a sparse encoder's (see {@link ModelKind}), which {@code SparseEncoder} opens.
     */
    public static SentenceEncoder load(Path dir, LoadOptions options) {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(options, "options");
        if (Files.isDirectory(dir)) {
            ModelKind.require(dir, ModelKind.EMBEDDING); // a cross-encoder or SPLADE model: say which class opens it
        }
        ModelDirectory model = ModelDirectory.open(dir, options.onnxFile());
        ModelInputs inputs = ModelInputs.open(model);
        OnnxEncoderSession session = OnnxEncoderSession.open(model.onnxFile(), options.effectiveThreads());
        GraphFacts graph;
        try {
            graph = GraphFacts.read(model.onnxFile());
            checkFits(model, inputs.tokenizer(), session, graph.tables());
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
        return new SentenceEncoder(model, inputs, session, graph, options.nameFor(dir));
    }

    /** Tokenizer ids, max_seq_length and pooling width against the graph (GraphCompatibility). */
    private static void checkFits(ModelDirectory model, Tokenizer tokenizer, OnnxEncoderSession session,
            EmbeddingTables tables) {
        Path file = model.tokenizerFile();
        int maxId = tokenizer.vocabulary().values().stream().mapToInt(Integer::intValue).max().orElse(-1);
        GraphCompatibility.check(model, file, maxId, tables, session.outputDimension());
    }

    public ModelInfo info() {
        return info;
    }

    /**
     * The tokenizer as encode uses it: truncating at max_seq_length, not padding, and tokenizing a
     * long text only as far as it is kept.
     */
    public Tokenizer tokenizer() {
        return inputs.tokenizer();
    }

    /** What the model sees for a text: the prompt rule, ST's text preparation, the tokenizer. */
    public ModelInputs inputs() {
        return inputs;
    }

    public int dimension() {
        return info.dimension();
    }

    /**
     * All-pairs scores with the model's similarity function (ST's {@code model.similarity}):
     * {@code [a.rows() * b.rows()]}, row i holding a[i] against each row of b.
     */
    public float[] similarity(Embeddings a, Embeddings b) {
        return info.similarity().matrix(a, b);
    }

    /** Sentence embeddings with the default options. */
    public Embeddings encode(List<String> texts) {
        return encode(texts, EncodeOptions.defaults()).embeddings();
    }

    /** One sentence embedding with the default options. */
    public float[] encode(String text) {
        return encode(List.of(Objects.requireNonNull(text, "text"))).row(0);
    }

    public EncodeResult encode(List<String> texts, EncodeOptions options) {
        Objects.requireNonNull(texts, "texts");
        Objects.requireNonNull(options, "options");
        int n = texts.size();
        for (int i = 0; i < n; i++) {
            if (texts.get(i) == null) {
                throw new IllegalArgumentException("texts[" + i + "] is null");
            }
        }
        String prompt = inputs.resolvePrompt(options.prompt(), options.promptName());
        EncodeRun run = new EncodeRun(model, session, n, options, inputs.promptTokensToMask(prompt));
        // Inputs are tokenized a chunk at a time; the next chunk's tokenization overlaps the ONNX
        // runs of the current one.
        CompletableFuture<Encoding[]> next = n == 0 ? null : tokenizeAsync(texts, prompt, 0, Math.min(CHUNK, n));
        for (int chunk = 0; chunk < n; chunk += CHUNK) {
            int chunkSize = Math.min(CHUNK, n - chunk);
            Encoding[] encodings = join(next); // [chunkSize], chunk order
            int nextChunk = chunk + chunkSize;
            next = nextChunk < n ? tokenizeAsync(texts, prompt, nextChunk, Math.min(CHUNK, n - nextChunk)) : null;
            run.chunk(encodings, chunk);
        }
        return run.result();
    }

    /**
     * Encodes inputs already tokenized by {@link #inputs()} (with their prompt): the path of a
     * caller that has looked at the tokens first, as the server does to check lengths. The prompt
     * options must be unset here, since the prompt is in the tokens already.
     */
    public EncodeResult encode(TokenizedInputs tokenized, EncodeOptions options) {
        Objects.requireNonNull(tokenized, "tokenized");
        Objects.requireNonNull(options, "options");
        if (options.prompt() != null || options.promptName() != null) {
            throw new IllegalArgumentException("the inputs are tokenized already, with their prompt; "
                    + "prompt and promptName must be unset, found " + options.prompt() + ", " + options.promptName());
        }
        int n = tokenized.size();
        EncodeRun run = new EncodeRun(model, session, n, options, tokenized.promptTokens());
        Encoding[] all = tokenized.encodings().toArray(new Encoding[0]);
        for (int chunk = 0; chunk < n; chunk += CHUNK) {
            run.chunk(Arrays.copyOfRange(all, chunk, Math.min(n, chunk + CHUNK)), chunk);
        }
        return run.result();
    }

    /**
     * Tokenizes {@code texts[start, start + size)} through {@link #inputs}: in the calling thread
     * when that is one input (a single sentence waits for nothing), else in parallel for the first
     * chunk (nothing else runs yet) and on one background thread for later chunks (ONNX Runtime
     * holds the cores).
     */
    private CompletableFuture<Encoding[]> tokenizeAsync(List<String> texts, String prompt, int start, int size) {
        if (size == 1) {
            return CompletableFuture.completedFuture(new Encoding[] {inputs.encode(texts.get(start), prompt)});
        }
        if (start == 0) {
            Encoding[] out = new Encoding[size];
            IntStream.range(0, size).parallel().forEach(r -> out[r] = inputs.encode(texts.get(start + r), prompt));
            return CompletableFuture.completedFuture(out);
        }
        return CompletableFuture.supplyAsync(() -> {
            Encoding[] out = new Encoding[size];
            for (int r = 0; r < size; r++) {
                out[r] = inputs.encode(texts.get(start + r), prompt);
            }
            return out;
        });
    }

    private static Encoding[] join(CompletableFuture<Encoding[]> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    @Override
    public void close() {
        session.close();
    }

    /**
     * Queries, ST v5's {@code encode_query}: the model's {@code query} prompt unless
     * {@code options} name a prompt; see {@link PromptRole}.
     */
    public EncodeResult encodeQuery(List<String> texts, EncodeOptions options) {
        return encode(texts, PromptRole.QUERY.apply(options, info));
    }

    public Embeddings encodeQuery(List<String> texts) {
        return encodeQuery(texts, EncodeOptions.defaults()).embeddings();
    }

    /**
     * Documents, ST v5's {@code encode_document}: the model's {@code document}, else
     * {@code passage}, else {@code corpus} prompt unless {@code options} name a prompt.
     */
    public EncodeResult encodeDocument(List<String> texts, EncodeOptions options) {
        return encode(texts, PromptRole.DOCUMENT.apply(options, info));
    }

    public Embeddings encodeDocument(List<String> texts) {
        return encodeDocument(texts, EncodeOptions.defaults()).embeddings();
    }

    @Override
    public String toString() {
        return "SentenceEncoder[" + info.name() + ", dimension=" + info.dimension() + "]";
    }
}
