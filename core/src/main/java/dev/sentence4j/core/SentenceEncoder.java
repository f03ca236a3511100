package dev.sentence4j.core;

import dev.sentence4j.core.config.ModelDirectory;
import dev.sentence4j.core.dense.Dense;
import dev.sentence4j.core.input.ModelInputs;
import dev.sentence4j.core.input.TokenizedInputs;
import dev.sentence4j.core.normalize.Normalize;
import dev.sentence4j.core.pooling.TokenEmbeddingBatch;
import dev.sentence4j.core.quantization.Precision;
import dev.sentence4j.core.quantization.QuantizedEmbeddings;
import dev.sentence4j.core.quantization.Quantizer;
import dev.sentence4j.core.runtime.ModelInput;
import dev.sentence4j.core.runtime.OnnxEncoderSession;
import dev.sentence4j.core.runtime.TokenInputs;
import dev.sentence4j.tokenizers.Encoding;
import dev.sentence4j.tokenizers.Tokenizer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;
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

    private SentenceEncoder(ModelDirectory model, ModelInputs inputs, OnnxEncoderSession session, String name) {
        this.model = model;
        this.inputs = inputs;
        this.session = session;
        this.info = new ModelInfo(name, model.directory(), model.onnxFile(), session.dtype(), model.dimension(), model.pooling().modes(),
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
        ModelInputs inputs = ModelInputs.open(model);
        OnnxEncoderSession session = OnnxEncoderSession.open(model.onnxFile(), options.effectiveThreads());
        String name = options.name() != null ? options.name()
                : dir.toAbsolutePath().normalize().getFileName() == null ? dir.toString()
                : dir.toAbsolutePath().normalize().getFileName().toString();
        return new SentenceEncoder(model, inputs, session, name);
    }

    public ModelInfo info() {
        return info;
    }

    /** The tokenizer as encode uses it: truncating at max_seq_length, not padding. */
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
        Run run = new Run(n, options, inputs.promptTokensToMask(prompt));
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
        Run run = new Run(n, options, tokenized.promptTokens());
        Encoding[] all = tokenized.encodings().toArray(new Encoding[0]);
        for (int chunk = 0; chunk < n; chunk += CHUNK) {
            run.chunk(Arrays.copyOfRange(all, chunk, Math.min(n, chunk + CHUNK)), chunk);
        }
        return run.result();
    }

    /** One encode call's state: where rows go, in input order, as chunks of encodings arrive. */
    private final class Run {
        private final int n;
        private final EncodeOptions options;
        private final int promptTokens;
        private final int dim;
        private final boolean wantSentence;
        private final boolean wantTokens;
        private final boolean modelNormalize;
        private final float[] sentences; // [n * dim]
        private final TokenEmbeddings[] tokenEmbeddings;
        private final TokenInputs buffers = new TokenInputs();
        private int done;
        private final BitSet truncated = new BitSet();

        Run(int n, EncodeOptions options, int promptTokens) {
            this.n = n;
            this.options = options;
            this.promptTokens = promptTokens;
            this.dim = outputDimension(options);
            this.wantSentence = options.outputValue() != OutputValue.TOKEN;
            this.wantTokens = options.outputValue() != OutputValue.SENTENCE;
            this.modelNormalize = model.normalize() && !Boolean.FALSE.equals(options.normalize());
            this.sentences = new float[n * dim];
            this.tokenEmbeddings = wantTokens ? new TokenEmbeddings[n] : null;
        }

        /** Encodes {@code encodings}, inputs {@code [base, base + encodings.length)}: batches follow token counts, longest first. */
        void chunk(Encoding[] encodings, int base) {
            int chunkSize = encodings.length;
            int[] lengths = new int[chunkSize];
            for (int i = 0; i < chunkSize; i++) {
                lengths[i] = encodings[i].length();
                if (lengths[i] > model.transformer().maxSeqLength()) {
                    throw new IllegalArgumentException("input " + (base + i) + " has " + lengths[i]
                            + " tokens, more than max_seq_length " + model.transformer().maxSeqLength()
                            + "; tokenize it with inputs().encode, which truncates");
                }
                if (ModelInputs.truncated(encodings[i])) {
                    truncated.set(base + i);
                }
            }
            int modelDim = model.dimension();
            int[] order = Batches.longestFirst(lengths);
            int batchSize = options.batchSize();
            for (int b = 0; b < chunkSize; b += batchSize) {
                int[] batch = Arrays.copyOfRange(order, b, Math.min(chunkSize, b + batchSize));
                for (int[] run : Batches.runs(batch, lengths, Batches.TOKEN_BUDGET)) {
                    int seqLen = Math.max(1, lengths[run[0]]);
                    buffers.reset(run.length, seqLen);
                    for (int r = 0; r < run.length; r++) {
                        buffers.setRow(r, encodings[run[r]]);
                    }
                    TokenEmbeddingBatch tokens = session.run(buffers);
                    if (wantTokens) {
                        for (int r = 0; r < run.length; r++) {
                            tokenEmbeddings[base + run[r]] = unpadded(tokens, r, encodings[run[r]]);
                        }
                    }
                    if (wantSentence) {
                        float[] pooled = sentenceEmbeddings(tokens, promptTokens, modelNormalize); // [rows * modelDim]
                        for (int r = 0; r < run.length; r++) {
                            System.arraycopy(pooled, r * modelDim, sentences, (base + run[r]) * dim, dim);
                        }
                    }
                }
                done += batch.length;
                options.progress().onProgress(done, n);
            }
        }

        EncodeResult result() {
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
                    tokenEmbeddings == null ? List.of() : Arrays.asList(tokenEmbeddings), truncated);
        }
    }

    /** The model's width, or truncateDim when set (ST's truncate_dim). */
    private int outputDimension(EncodeOptions options) {
        Integer cut = options.truncateDim();
        if (cut != null && cut > model.dimension()) {
            throw new IllegalArgumentException("truncateDim " + cut + " exceeds the model's dimension " + model.dimension());
        }
        return cut == null ? model.dimension() : cut;
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
        String[] tokens = new String[len];
        int[] ids = new int[len];
        for (int i = 0; i < len; i++) {
            tokens[i] = encoding.tokenAt(i);
            ids[i] = encoding.idAt(i);
        }
        return new TokenEmbeddings(tokens, ids, t.dim(), data);
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
