package dev.sentence4j.core;

import dev.sentence4j.core.config.GraphCompatibility;
import dev.sentence4j.core.config.ModelDirectory;
import dev.sentence4j.core.dense.Dense;
import dev.sentence4j.core.normalize.Normalize;
import dev.sentence4j.core.pooling.TokenEmbeddingBatch;
import dev.sentence4j.core.quantization.Precision;
import dev.sentence4j.core.quantization.QuantizedEmbeddings;
import dev.sentence4j.core.quantization.Quantizer;
import dev.sentence4j.core.runtime.EmbeddingTables;
import dev.sentence4j.core.runtime.ModelInput;
import dev.sentence4j.core.runtime.OnnxEncoderSession;
import dev.sentence4j.core.runtime.TokenInputs;
import dev.sentence4j.hub.HubOptions;
import dev.sentence4j.tokenizers.Encoding;
import dev.sentence4j.tokenizers.Tokenizer;
import dev.sentence4j.tokenizers.Truncation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
    private final Tokenizer tokenizer;
    private final OnnxEncoderSession session;
    private final ModelInfo info;

    private SentenceEncoder(ModelDirectory model, Tokenizer tokenizer, OnnxEncoderSession session, String name) {
        this.model = model;
        this.tokenizer = tokenizer;
        this.session = session;
        this.info = new ModelInfo(name, model.directory(), model.onnxFile(), model.dimension(), model.pooling().modes(),
                model.transformer().maxSeqLength(), model.normalize(), model.settings().similarity(),
                model.settings().prompts(), model.settings().defaultPromptName(),
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
        HubOptions hub = HubOptions.fromEnvironment();
        if (options.onnxFile() != null && !options.onnxFile().isAbsolute()) {
            hub = hub.withOnnxFile(options.onnxFile().toString().replace('\\', '/'));
        }
        Path dir = ModelLocator.resolve(nameOrPath, hub);
        return load(dir, options.name() == null ? options.withName(nameOrPath) : options);
    }

    public static SentenceEncoder load(Path dir) {
        return load(dir, LoadOptions.defaults());
    }

    /** Opens a sentence-transformers model directory; a broken one is a {@link ModelLoadException}. */
    public static SentenceEncoder load(Path dir, LoadOptions options) {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(options, "options");
        ModelDirectory model = ModelDirectory.open(dir, options.onnxFile());
        Tokenizer tokenizer = openTokenizer(model);
        OnnxEncoderSession session = OnnxEncoderSession.open(model.onnxFile(), options.effectiveThreads());
        try {
            checkFits(model, tokenizer, session);
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
        String name = options.name() != null ? options.name()
                : dir.toAbsolutePath().normalize().getFileName() == null ? dir.toString()
                : dir.toAbsolutePath().normalize().getFileName().toString();
        return new SentenceEncoder(model, tokenizer, session, name);
    }

    /** Tokenizer ids, max_seq_length and pooling width against the graph (GraphCompatibility). */
    private static void checkFits(ModelDirectory model, Tokenizer tokenizer, OnnxEncoderSession session) {
        Path dir = model.directory();
        Path file = Files.isRegularFile(dir.resolve("tokenizer.json")) ? dir.resolve("tokenizer.json") : dir.resolve("vocab.txt");
        int maxId = tokenizer.vocabulary().values().stream().mapToInt(Integer::intValue).max().orElse(-1);
        GraphCompatibility.check(model, file, maxId, EmbeddingTables.read(model.onnxFile()), session.outputDimension());
    }

    private static Tokenizer openTokenizer(ModelDirectory model) {
        Path dir = model.directory();
        Path file = Files.isRegularFile(dir.resolve("tokenizer.json")) ? dir.resolve("tokenizer.json") : dir.resolve("vocab.txt");
        Tokenizer t;
        try {
            t = Tokenizer.fromPretrainedDirectory(dir);
        } catch (RuntimeException e) {
            throw new ModelLoadException(file, "cannot load the tokenizer: " + e.getMessage(), e);
        }
        // ST truncates at max_seq_length whatever tokenizer.json says, and pads each batch to its
        // own longest input (we pad ourselves), so the file's truncation and padding are replaced.
        // Overflowing tokens are never read: without them a long text is tokenized only as far as it is kept.
        return t.withTruncation(Truncation.of(model.transformer().maxSeqLength())).withPadding(null).withoutOverflowing();
    }

    public ModelInfo info() {
        return info;
    }

    /**
     * The tokenizer as encode uses it: truncating at max_seq_length, not padding, keeping no
     * overflowing tokens (so a long text is tokenized only as far as it is kept).
     */
    public Tokenizer tokenizer() {
        return tokenizer;
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
        int modelDim = model.dimension();
        int dim = outputDimension(options);
        String prompt = resolvePrompt(options);
        String[] inputs = new String[n];
        for (int i = 0; i < n; i++) {
            inputs[i] = prompt == null ? texts.get(i) : prompt + texts.get(i);
        }
        int promptTokens = promptTokensToMask(prompt);
        boolean wantSentence = options.outputValue() != OutputValue.TOKEN;
        boolean wantTokens = options.outputValue() != OutputValue.SENTENCE;
        boolean modelNormalize = model.normalize() && !Boolean.FALSE.equals(options.normalize());
        float[] sentences = new float[n * dim]; // [n * dim]
        TokenEmbeddings[] tokenEmbeddings = wantTokens ? new TokenEmbeddings[n] : null;
        TokenInputs buffers = new TokenInputs();
        int batchSize = options.batchSize();
        int done = 0;
        // Inputs are tokenized a chunk at a time; the next chunk's tokenization overlaps the ONNX
        // runs of the current one. Within a chunk, batches follow token counts, longest first.
        CompletableFuture<Encoding[]> next = n == 0 ? null : tokenizeAsync(inputs, 0, Math.min(CHUNK, n));
        for (int chunk = 0; chunk < n; chunk += CHUNK) {
            int chunkSize = Math.min(CHUNK, n - chunk);
            Encoding[] encodings = join(next); // [chunkSize], chunk order
            int nextChunk = chunk + chunkSize;
            next = nextChunk < n ? tokenizeAsync(inputs, nextChunk, Math.min(CHUNK, n - nextChunk)) : null;
            int[] lengths = new int[chunkSize];
            for (int i = 0; i < chunkSize; i++) {
                lengths[i] = encodings[i].length();
            }
            int[] order = Batches.longestFirst(lengths);
            for (int b = 0; b < chunkSize; b += batchSize) {
                int[] batch = Arrays.copyOfRange(order, b, Math.min(chunkSize, b + batchSize));
                for (int[] run : Batches.runs(batch, lengths, Batches.TOKEN_BUDGET)) {
                    int seqLen = Math.max(1, lengths[run[0]]);
                    buffers.reset(run.length, seqLen);
                    for (int r = 0; r < run.length; r++) {
                        Encoding e = encodings[run[r]];
                        buffers.setRow(r, e.ids(), e.typeIds(), e.attentionMask());
                    }
                    TokenEmbeddingBatch tokens = session.run(buffers);
                    if (wantTokens) {
                        for (int r = 0; r < run.length; r++) {
                            tokenEmbeddings[chunk + run[r]] = unpadded(tokens, r, encodings[run[r]]);
                        }
                    }
                    if (wantSentence) {
                        float[] pooled = sentenceEmbeddings(tokens, promptTokens, modelNormalize); // [rows * modelDim]
                        for (int r = 0; r < run.length; r++) {
                            System.arraycopy(pooled, r * modelDim, sentences, (chunk + run[r]) * dim, dim);
                        }
                    }
                }
                done += batch.length;
                options.progress().onProgress(done, n);
            }
        }
        Embeddings embeddings = null;
        QuantizedEmbeddings quantized = null;
        if (wantSentence) {
            if (Boolean.TRUE.equals(options.normalize()) && n > 0) {
                Normalize.l2InPlace(sentences, n, dim); // ST's normalize_embeddings: after truncate_dim
            }
            embeddings = new Embeddings(n, dim, sentences);
            if (options.precision() != Precision.FLOAT32) {
                quantized = Quantizer.quantize(embeddings, options.precision(), options.calibrationRanges());
            }
        }
        return new EncodeResult(embeddings, quantized,
                tokenEmbeddings == null ? List.of() : Arrays.asList(tokenEmbeddings));
    }

    /** The model's width, or truncateDim when set (ST's truncate_dim). */
    private int outputDimension(EncodeOptions options) {
        Integer cut = options.truncateDim();
        if (cut != null && cut > model.dimension()) {
            throw new IllegalArgumentException("truncateDim " + cut + " exceeds the model's dimension " + model.dimension());
        }
        return cut == null ? model.dimension() : cut;
    }

    /**
     * How many leading positions pooling must ignore: with include_prompt false, ST's
     * len(tokenize(prompt).input_ids) - 1, i.e. [CLS] plus the prompt without [SEP]; else 0.
     */
    private int promptTokensToMask(String prompt) {
        if (prompt == null || prompt.isEmpty() || model.pooling().includePrompt()) {
            return 0;
        }
        return tokenizer.encode(TransformerText.prepare(prompt, model.transformer().doLowerCase())).length() - 1;
    }

    /** The modules after the Transformer: Pooling, Dense layers, Normalize. Returns {@code [batch * dimension]}. */
    private float[] sentenceEmbeddings(TokenEmbeddingBatch tokens, int promptTokens, boolean normalize) {
        TokenEmbeddingBatch t = promptTokens > 0 ? withoutPrompt(tokens, promptTokens) : tokens;
        float[] pooled = model.pooling().pool(t); // [batch * poolingDim]
        for (Dense d : model.dense()) {
            pooled = d.apply(pooled, t.batch());
        }
        if (normalize) {
            Normalize.l2InPlace(pooled, t.batch(), model.dimension());
        }
        return pooled;
    }

    /**
     * Tokenizes {@code inputs[start, start + size)}: in the calling thread when that is one input
     * (a single sentence waits for nothing), else in parallel for the first chunk (nothing else
     * runs yet) and on one background thread for later chunks (ONNX Runtime holds the cores).
     */
    private CompletableFuture<Encoding[]> tokenizeAsync(String[] inputs, int start, int size) {
        boolean lower = model.transformer().doLowerCase();
        if (size == 1) {
            return CompletableFuture.completedFuture(
                    new Encoding[] {tokenizer.encode(TransformerText.prepare(inputs[start], lower))});
        }
        if (start == 0) {
            Encoding[] out = new Encoding[size];
            IntStream.range(0, size).parallel()
                    .forEach(r -> out[r] = tokenizer.encode(TransformerText.prepare(inputs[start + r], lower)));
            return CompletableFuture.completedFuture(out);
        }
        return CompletableFuture.supplyAsync(() -> {
            Encoding[] out = new Encoding[size];
            for (int r = 0; r < size; r++) {
                out[r] = tokenizer.encode(TransformerText.prepare(inputs[start + r], lower));
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

    /** The prompt text: explicit prompt, else the named prompt, else the model's default prompt. */
    private String resolvePrompt(EncodeOptions options) {
        if (options.prompt() != null) {
            return options.prompt();
        }
        String name = options.promptName() != null ? options.promptName() : model.settings().defaultPromptName();
        if (name == null) {
            return null;
        }
        String p = model.settings().prompts().get(name);
        if (p == null) {
            throw new IllegalArgumentException("prompt name \"" + name + "\" is not one of the model's prompts "
                    + model.settings().prompts().keySet());
        }
        return p;
    }

    /** ST's include_prompt=false: the first promptTokens positions do not count in pooling. */
    private static TokenEmbeddingBatch withoutPrompt(TokenEmbeddingBatch t, int promptTokens) {
        int[] mask = t.mask().clone();
        for (int r = 0; r < t.batch(); r++) {
            Arrays.fill(mask, r * t.seqLen(), r * t.seqLen() + Math.min(promptTokens, t.seqLen()), 0);
        }
        return new TokenEmbeddingBatch(t.hidden(), mask, t.batch(), t.seqLen(), t.dim());
    }

    /** Row {@code r}'s token embeddings up to its last attended token, as ST's token_embeddings output. */
    private static TokenEmbeddings unpadded(TokenEmbeddingBatch t, int r, Encoding encoding) {
        int len = 0;
        for (int i = t.seqLen() - 1; i >= 0; i--) {
            if (t.attended(r, i)) {
                len = i + 1;
                break;
            }
        }
        float[] data = new float[len * t.dim()]; // [len * dim]
        t.hidden().get(t.offset(r, 0), data);
        return new TokenEmbeddings(Arrays.copyOf(encoding.tokens(), len), Arrays.copyOf(encoding.ids(), len), t.dim(), data);
    }

    @Override
    public void close() {
        session.close();
    }

    @Override
    public String toString() {
        return "SentenceEncoder[" + info.name() + ", dimension=" + info.dimension() + "]";
    }
}
