package dev.sentence4j.core.sparse;

import dev.sentence4j.core.LoadOptions;
import dev.sentence4j.core.ModelLoadException;
import dev.sentence4j.core.ModelLocator;
import dev.sentence4j.core.PromptRole;
import dev.sentence4j.core.config.GraphCompatibility;
import dev.sentence4j.core.config.ModelKind;
import dev.sentence4j.core.config.SparseModelDirectory;
import dev.sentence4j.core.input.ModelInputs;
import dev.sentence4j.core.input.TokenizedInputs;
import dev.sentence4j.core.runtime.GraphFacts;
import dev.sentence4j.core.runtime.ModelInput;
import dev.sentence4j.core.runtime.OnnxEncoderSession;
import dev.sentence4j.core.runtime.SessionOutput;
import dev.sentence4j.core.similarity.Similarity;
import dev.sentence4j.tokenizers.Encoding;
import dev.sentence4j.tokenizers.Tokenizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Text in, sparse vectors out: sentence-transformers v5's SparseEncoder for SPLADE models
 * (MLMTransformer + SpladePooling), on ONNX Runtime.
 *
 * <p>The ONNX graph is the transformer with its masked-language-model head, as optimum's
 * ORTModelForMaskedLM exports it (ST's {@code backend="onnx"}): per token, logits over the
 * vocabulary. SpladePooling turns them into one weight per vocabulary entry, log(1 + relu(x)) and
 * the max (or sum) over the text's tokens, so a vector's dimensions are token ids and
 * {@link #decode} names them. Inputs go through the same path as the embedding models'
 * ({@link ModelInputs}: prompt, ST's text preparation, truncation at max_seq_length) and are
 * batched the same way (length-sorted, each batch padded to its own longest input, results in
 * input order). The logits are large (tokens x vocabulary floats), so each ONNX run is capped at
 * 64 MiB of them and pooled at once; see {@link SparseEncodeRun}.
 *
 * <p>One instance is safe for concurrent callers: per-call state is local and the ONNX session is
 * thread-safe.
 */
public final class SparseEncoder implements AutoCloseable {
    /** Inputs tokenized per step: enough to sort well, few enough to bound the encodings held. */
    private static final int CHUNK = 2048;

    private final SparseModelDirectory model;
    private final ModelInputs inputs;
    private final OnnxEncoderSession session;
    private final SpladePooling pooling;
    private final SparseInfo info;

    private SparseEncoder(SparseModelDirectory model, ModelInputs inputs, OnnxEncoderSession session, int dimension,
            String dtype, String name) {
        this.model = model;
        this.inputs = inputs;
        this.session = session;
        this.pooling = new SpladePooling(model.pooling().strategy(), model.pooling().activation());
        this.info = new SparseInfo(name, model.directory(), model.onnxFile(), dtype, dimension,
                model.transformer().maxSeqLength(), pooling.strategy().configName(), pooling.activation().configName(),
                model.settings().prompts(), model.settings().defaultPromptName(),
                session.inputs().stream().sorted().map(ModelInput::onnxName).toList());
    }

    /**
     * Opens an embedded model by name, a local model directory, or a Hugging Face Hub id
     * ({@code org/name}), as {@link ModelLocator} resolves them.
     */
    public static SparseEncoder load(String nameOrPath) {
        return load(nameOrPath, LoadOptions.defaults());
    }

    public static SparseEncoder load(String nameOrPath, LoadOptions options) {
        Objects.requireNonNull(nameOrPath, "nameOrPath");
        Objects.requireNonNull(options, "options");
        Path dir = ModelLocator.resolve(nameOrPath, options.hubOptions());
        return load(dir, options.withDefaultName(nameOrPath));
    }

    public static SparseEncoder load(Path dir) {
        return load(dir, LoadOptions.defaults());
    }

    /**
     * Opens a SparseEncoder directory (MLMTransformer + SpladePooling); a broken one is a
     * {@link ModelLoadException}, and so is an embedding model's or a cross-encoder's.
     */
    public static SparseEncoder load(Path dir, LoadOptions options) {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(options, "options");
        if (Files.isDirectory(dir)) {
            ModelKind.require(dir, ModelKind.SPARSE); // an embedding model or a cross-encoder: say which class opens it
        }
        SparseModelDirectory model = SparseModelDirectory.open(dir, options.onnxFile());
        ModelInputs inputs = ModelInputs.open(model);
        OnnxEncoderSession session = OnnxEncoderSession.open(model.onnxFile(), options.effectiveThreads(),
                SessionOutput.TOKEN_LOGITS);
        try {
            GraphFacts graph = GraphFacts.read(model.onnxFile());
            Tokenizer tokenizer = inputs.tokenizer();
            int maxId = tokenizer.vocabulary().values().stream().mapToInt(Integer::intValue).max().orElse(-1);
            int dimension = GraphCompatibility.checkSparse(model, model.tokenizerFile(), maxId, graph.tables(),
                    session.outputDimension(), session.tokenOutput());
            return new SparseEncoder(model, inputs, session, dimension, graph.dtype(), options.nameFor(dir));
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    public SparseInfo info() {
        return info;
    }

    /** What the model sees for a text: the prompt rule, ST's text preparation, the tokenizer. */
    public ModelInputs inputs() {
        return inputs;
    }

    /** The tokenizer as encode uses it (truncating at max_seq_length); its ids are the vectors' dimensions. */
    public Tokenizer tokenizer() {
        return inputs.tokenizer();
    }

    /** The model's similarity function: config_sentence_transformers.json's similarity_fn_name, else dot (ST's SparseEncoder). */
    public Similarity similarityFunction() {
        return model.settings().similarity();
    }

    /** Sparse vectors with the default options. */
    public List<SparseVector> encode(List<String> texts) {
        return encode(texts, SparseEncodeOptions.defaults());
    }

    /** One sparse vector per text, in input order. */
    public List<SparseVector> encode(List<String> texts, SparseEncodeOptions options) {
        Objects.requireNonNull(texts, "texts");
        Objects.requireNonNull(options, "options");
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i) == null) {
                throw new IllegalArgumentException("texts[" + i + "] is null");
            }
        }
        String prompt = inputs.resolvePrompt(options.prompt(), options.promptName());
        int n = texts.size();
        SparseEncodeRun run = newRun(n, options);
        for (int chunk = 0; chunk < n; chunk += CHUNK) {
            int start = chunk;
            Encoding[] encodings = new Encoding[Math.min(CHUNK, n - chunk)];
            IntStream.range(0, encodings.length).parallel()
                    .forEach(r -> encodings[r] = inputs.encode(texts.get(start + r), prompt));
            run.chunk(encodings, chunk);
        }
        return run.result();
    }

    /**
     * Encodes inputs already tokenized by {@link #inputs()} (with their prompt): the server's path,
     * which looks at the tokens first. The prompt options must be unset here, since the prompt is in
     * the tokens already. SpladePooling pools every real token, the prompt's too (it has no
     * include_prompt), so {@code tokenized.promptTokens()} plays no part.
     */
    public List<SparseVector> encode(TokenizedInputs tokenized, SparseEncodeOptions options) {
        Objects.requireNonNull(tokenized, "tokenized");
        Objects.requireNonNull(options, "options");
        if (options.prompt() != null || options.promptName() != null) {
            throw new IllegalArgumentException("the inputs are tokenized already, with their prompt; "
                    + "prompt and promptName must be unset, found " + options.prompt() + ", " + options.promptName());
        }
        int n = tokenized.size();
        SparseEncodeRun run = newRun(n, options);
        Encoding[] all = tokenized.encodings().toArray(new Encoding[0]);
        for (int chunk = 0; chunk < n; chunk += CHUNK) {
            run.chunk(Arrays.copyOfRange(all, chunk, Math.min(n, chunk + CHUNK)), chunk);
        }
        return run.result();
    }

    /** Queries, ST's encode_query: the model's {@code query} prompt unless {@code options} choose one. */
    public List<SparseVector> encodeQuery(List<String> texts, SparseEncodeOptions options) {
        return encode(texts, withRole(PromptRole.QUERY, options));
    }

    /** Documents, ST's encode_document: the model's document, else passage, else corpus prompt unless {@code options} choose one. */
    public List<SparseVector> encodeDocument(List<String> texts, SparseEncodeOptions options) {
        return encode(texts, withRole(PromptRole.DOCUMENT, options));
    }

    private SparseEncodeOptions withRole(PromptRole role, SparseEncodeOptions options) {
        Objects.requireNonNull(options, "options");
        if (options.prompt() != null || options.promptName() != null) {
            return options;
        }
        return options.withPromptName(role.promptName(info.prompts()));
    }

    private SparseEncodeRun newRun(int n, SparseEncodeOptions options) {
        return new SparseEncodeRun(session, pooling, info.dimension(), info.maxSeqLength(), n, options);
    }

    /**
     * The active dimensions of {@code v} as tokens, highest values first (equal values: lower id
     * first), as ST's SparseEncoder.decode; at most {@code topK} of them, all when {@code topK <= 0}.
     */
    public List<WeightedToken> decode(SparseVector v, int topK) {
        Objects.requireNonNull(v, "v");
        if (v.dimension() != info.dimension()) {
            throw new IllegalArgumentException("vector dimensions differ: " + v.dimension() + "!=" + info.dimension()
                    + " (the model's vocabulary)");
        }
        SparseVector kept = topK > 0 ? v.topK(topK) : v;
        Integer[] order = new Integer[kept.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> kept.valueAt(a) != kept.valueAt(b)
                ? Float.compare(kept.valueAt(b), kept.valueAt(a)) : Integer.compare(a, b));
        Tokenizer tokenizer = inputs.tokenizer();
        List<WeightedToken> out = new ArrayList<>(order.length);
        for (int i : order) {
            int id = kept.indexAt(i);
            out.add(new WeightedToken(tokenizer.idToToken(id).orElse("[" + id + "]"), id, kept.valueAt(i)));
        }
        return out;
    }

    /** The model's similarity of two vectors ({@link #similarityFunction()}: the dot product unless the config says otherwise). */
    public float similarity(SparseVector a, SparseVector b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return SparseSimilarity.score(similarityFunction(), a, b);
    }

    @Override
    public void close() {
        session.close();
    }

    @Override
    public String toString() {
        return "SparseEncoder[" + info.name() + ", dimension=" + info.dimension() + "]";
    }
}
