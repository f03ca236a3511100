package dev.sentence4j.core.crossencoder;

import dev.sentence4j.core.LoadOptions;
import dev.sentence4j.core.ModelLoadException;
import dev.sentence4j.core.ModelLocator;
import dev.sentence4j.core.config.GraphCompatibility;
import dev.sentence4j.core.config.ModelDirectory;
import dev.sentence4j.core.config.ModelKind;
import dev.sentence4j.core.runtime.GraphFacts;
import dev.sentence4j.core.runtime.ModelInput;
import dev.sentence4j.core.runtime.OnnxEncoderSession;
import dev.sentence4j.core.runtime.SessionOutput;
import dev.sentence4j.tokenizers.Encoding;
import dev.sentence4j.tokenizers.Tokenizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Text pairs in, scores out: sentence-transformers' {@code CrossEncoder} (v4 to v6) on ONNX
 * Runtime. A cross-encoder reads both texts at once (a transformer over
 * {@code [CLS] query [SEP] document [SEP]} with a classification head on it), so it scores
 * relevance better than comparing two embeddings, at the price of one model run per pair: the
 * second stage of retrieval, reranking what an embedding search found.
 *
 * <p>The model directory is what ST saves and the Hub's cross-encoders hold (e.g.
 * cross-encoder/ms-marco-MiniLM-L6-v2): config.json (labels and activation, see
 * {@link CrossEncoderConfig}), tokenizer.json and onnx/model.onnx (or model.onnx) whose
 * {@code logits} output is {@code [batch, num_labels]}. Pairs are batched as
 * {@link dev.sentence4j.core.SentenceEncoder} batches texts (sorted by token count, each batch
 * padded to its own longest input, order restored). One instance is safe for concurrent callers.
 */
public final class CrossEncoder implements AutoCloseable {
    /** Pairs tokenized per step: large enough to sort well, small enough to bound the memory held. */
    private static final int CHUNK = 2048;

    private final PairInputs inputs;
    private final OnnxEncoderSession session;
    private final ScoreActivation activation;
    private final CrossEncoderInfo info;

    private CrossEncoder(PairInputs inputs, OnnxEncoderSession session, ScoreActivation activation,
            CrossEncoderInfo info) {
        this.inputs = inputs;
        this.session = session;
        this.activation = activation;
        this.info = info;
    }

    /** Opens a local model directory or a Hugging Face Hub id ({@code org/name}; see {@link ModelLocator}). */
    public static CrossEncoder load(String nameOrPath) {
        return load(nameOrPath, LoadOptions.defaults());
    }

    public static CrossEncoder load(String nameOrPath, LoadOptions options) {
        Objects.requireNonNull(nameOrPath, "nameOrPath");
        Objects.requireNonNull(options, "options");
        Path dir = ModelLocator.resolve(nameOrPath, options.hubOptions());
        return load(dir, options.withDefaultName(nameOrPath));
    }

    public static CrossEncoder load(Path dir) {
        return load(dir, LoadOptions.defaults());
    }

    /**
     * Opens a cross-encoder directory. A broken one, or one that holds another kind of model (an
     * embedding model, SPLADE), is a {@link ModelLoadException} naming the file and field.
     */
    public static CrossEncoder load(Path dir, LoadOptions options) {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(options, "options");
        if (!Files.isDirectory(dir)) {
            throw new ModelLoadException(dir, "not a directory");
        }
        if (!Files.isRegularFile(dir.resolve(CrossEncoderConfig.CONFIG))
                && !Files.isRegularFile(dir.resolve(ModelDirectory.MODULES_FILE))) {
            CrossEncoderConfig.requireFile(dir); // nothing says what the directory holds: name the file it lacks
        }
        ModelKind.require(dir, ModelKind.CROSS_ENCODER);
        Path onnx = ModelDirectory.findOnnx(dir, options.onnxFile());
        Path tokenizerFile = ModelDirectory.tokenizerFile(dir);
        Tokenizer tokenizer;
        try {
            tokenizer = Tokenizer.fromPretrainedDirectory(dir);
        } catch (RuntimeException e) {
            throw new ModelLoadException(tokenizerFile, "cannot load the tokenizer: " + e.getMessage(), e);
        }
        OnnxEncoderSession session = OnnxEncoderSession.open(onnx, options.effectiveThreads(), SessionOutput.LOGITS);
        try {
            CrossEncoderConfig config = CrossEncoderConfig.read(dir, session.outputDimension(), onnx);
            GraphFacts graph = GraphFacts.read(onnx);
            int maxId = tokenizer.vocabulary().values().stream().mapToInt(Integer::intValue).max().orElse(-1);
            GraphCompatibility.checkTokenIds(dir, onnx, tokenizerFile, maxId, graph.tables());
            GraphCompatibility.checkMaxLength(dir, onnx, config.maxLength(), config.maxLengthFile(),
                    config.maxLengthField(), graph.tables());
            CrossEncoderInfo info = new CrossEncoderInfo(options.nameFor(dir), dir, onnx, graph.dtype(), config.labels().size(),
                    config.labels(), config.activation().name(), config.maxLength(),
                    session.inputs().stream().sorted().map(ModelInput::onnxName).toList());
            return new CrossEncoder(new PairInputs(tokenizer, config.maxLength()), session, config.activation(), info);
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    public CrossEncoderInfo info() {
        return info;
    }

    /** The tokenizer as the model uses it: truncating pairs longest-first at max_length, not padding. */
    public Tokenizer tokenizer() {
        return inputs.tokenizer();
    }

    /** The activation applied to the logits unless {@link PredictOptions#applyActivation()} is false. */
    public ScoreActivation activation() {
        return activation;
    }

    /**
     * The tokens the model sees for {@code pair}. With {@code truncate}, cut longest-first at
     * max_length as HF's tokenizer does (what {@link #predict} runs); without, whole: a caller that
     * refuses over-long inputs (the server) checks {@link Encoding#length()} against
     * {@link CrossEncoderInfo#maxLength()}, and passes encodings that fit to {@link #predictEncoded}.
     */
    public Encoding tokenize(TextPair pair, boolean truncate) {
        return inputs.encode(pair, truncate);
    }

    /** Scores with the default options (batch size 32, the model's activation). */
    public Scores predict(List<TextPair> pairs) {
        return predict(pairs, PredictOptions.defaults());
    }

    /** Scores of {@code pairs}, in order: {@code [pairs.size() * numLabels]}; long pairs are truncated. */
    public Scores predict(List<TextPair> pairs, PredictOptions options) {
        Objects.requireNonNull(pairs, "pairs");
        Objects.requireNonNull(options, "options");
        int n = pairs.size();
        for (int i = 0; i < n; i++) {
            if (pairs.get(i) == null) {
                throw new IllegalArgumentException("pairs[" + i + "] is null");
            }
        }
        PredictRun run = new PredictRun(session, n, info.numLabels(), info.maxLength(), options);
        for (int chunk = 0; chunk < n; chunk += CHUNK) {
            int start = chunk;
            Encoding[] encodings = new Encoding[Math.min(CHUNK, n - chunk)];
            IntStream.range(0, encodings.length).parallel()
                    .forEach(i -> encodings[i] = inputs.encode(pairs.get(start + i), true));
            run.chunk(encodings, chunk);
        }
        return run.result(activation);
    }

    /**
     * Scores of pairs tokenized already by {@link #tokenize} (the server's path: each pair
     * tokenized once, for its length check and its run). An encoding longer than max_length is an
     * {@link IllegalArgumentException}.
     */
    public Scores predictEncoded(List<Encoding> encodings, PredictOptions options) {
        Objects.requireNonNull(encodings, "encodings");
        Objects.requireNonNull(options, "options");
        int n = encodings.size();
        Encoding[] all = new Encoding[n];
        for (int i = 0; i < n; i++) {
            all[i] = encodings.get(i);
            if (all[i] == null) {
                throw new IllegalArgumentException("encodings[" + i + "] is null");
            }
        }
        PredictRun run = new PredictRun(session, n, info.numLabels(), info.maxLength(), options);
        for (int chunk = 0; chunk < n; chunk += CHUNK) {
            run.chunk(java.util.Arrays.copyOfRange(all, chunk, Math.min(n, chunk + CHUNK)), chunk);
        }
        return run.result(activation);
    }

    /**
     * ST's {@code rank}: scores each document against {@code query} and returns them sorted by
     * score, highest first (equal scores by corpus id), the first {@code topK} ({@code topK <= 0}
     * or more than there are: all). Only for a model with one label.
     */
    public List<RankedDocument> rank(String query, List<String> documents, int topK, boolean returnDocuments) {
        return rank(query, documents, topK, returnDocuments, PredictOptions.defaults());
    }

    /** {@link #rank(String, List, int, boolean)} with predict's options (batch size, raw scores). */
    public List<RankedDocument> rank(String query, List<String> documents, int topK, boolean returnDocuments,
            PredictOptions options) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(documents, "documents");
        Ranking.requireOneLabel(info.numLabels(), info);
        List<TextPair> pairs = new ArrayList<>(documents.size());
        for (int i = 0; i < documents.size(); i++) {
            String doc = documents.get(i);
            if (doc == null) {
                throw new IllegalArgumentException("documents[" + i + "] is null");
            }
            pairs.add(new TextPair(query, doc));
        }
        return Ranking.of(predict(pairs, options), documents, topK, returnDocuments);
    }

    @Override
    public void close() {
        session.close();
    }

    @Override
    public String toString() {
        return "CrossEncoder[" + info.name() + ", labels=" + info.labels() + ", activation=" + info.activation() + "]";
    }
}
