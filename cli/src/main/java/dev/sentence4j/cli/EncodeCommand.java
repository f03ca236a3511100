package dev.sentence4j.cli;

import dev.sentence4j.common.error.UsageException;
import dev.sentence4j.core.cli.ModelOptions;
import dev.sentence4j.common.io.DurableFiles;
import dev.sentence4j.cli.io.Utf8Lines;
import dev.sentence4j.cli.output.EmbeddingWriter;
import dev.sentence4j.cli.output.OutputFormat;
import dev.sentence4j.cli.output.ProgressBar;
import dev.sentence4j.cli.output.SparseVectorWriter;
import dev.sentence4j.core.EncodeOptions;
import dev.sentence4j.core.EncodeResult;
import dev.sentence4j.core.OutputValue;
import dev.sentence4j.core.PromptRole;
import dev.sentence4j.core.SentenceEncoder;
import dev.sentence4j.core.quantization.Precision;
import dev.sentence4j.core.sparse.SparseEncodeOptions;
import dev.sentence4j.core.sparse.SparseEncoder;
import dev.sentence4j.core.sparse.SparseVector;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    mixinStandardHelpOptions = true,
    name = "encode",
    sortOptions = false,
    description = {
        "Turn sentences into embedding vectors, one per input line, in input order.",
        "",
        "Like sentence-transformers' encode: inputs are sorted by length and run in batches, each padded only to its own longest input, truncated at the model's max_seq_length. Vectors are normalized when the model says so (all-MiniLM-L6-v2 does).",
        "",
        "Formats: jsonl (one JSON array per line), csv (one row per line, no header), npy (a [rows, dim] NumPy matrix: float32, or int8/uint8 for quantized precisions). Output files are written atomically: a failed run leaves no partial file.",
        "",
        "Sparse vectors: with --sparse and a sparse encoder (SPLADE, sentence-transformers' SparseEncoder) each input becomes one JSON line {\"indices\":[..],\"values\":[..]}: indices are the vocabulary ids that carry a weight, ascending, values their weights (all > 0). --max-active-dims N keeps the N largest. Options of dense vectors (--format csv/npy, --precision, --truncate-dim, --normalize, --output-value, corpus mode) are refused.",
        "",
        "Corpus mode, for files of millions of lines: when --output is a directory (existing, or written with a trailing /), with --resume, or with a .jsonl (--text-field) or .csv (--text-column) input, the input is streamed in chunks of --chunk-rows rows with bounded memory. Each chunk appears atomically as chunk-NNNNNN.npy (or .jsonl) beside manifest.json (model, dimension, precision, row/blank/truncated/skipped counts, chunks, input fingerprint). After a crash or kill, --resume continues where the manifest says, with no row lost or repeated; a different input is refused. --merge writes one [N, dim] embeddings.npy at the end.",
    },
    footer = {
        "",
        "Examples:",
        "  sentence4j encode --input sentences.txt --output vectors.jsonl",
        "  sentence4j encode --input sentences.txt --output vectors.npy          (format from the extension)",
        "  cat lines.txt | sentence4j encode --input - --precision int8",
        "  sentence4j encode --model e5-small-v2-q --query \"how do vaccines work\"",
        "  sentence4j encode --model e5-small-v2-q --document --input passages.txt --output passages.npy",
        "  sentence4j encode --output-value token \"Walker walked a long walk\"",
        "  sentence4j encode --input corpus.txt --output vectors/ --merge        (corpus mode)",
        "  sentence4j encode --input corpus.txt --output vectors/ --resume       (after an interruption)",
        "  sentence4j encode --input docs.jsonl --text-field body --output vectors/",
        "  sentence4j encode --sparse --model ./my-splade-model --max-active-dims 128 --input passages.txt --output sparse.jsonl",
    })
final class EncodeCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Mixin ModelOptions model;

    @Option(names = "--input", paramLabel = "FILE", description = "Read inputs from FILE, one per line ('-' for stdin).")
    String input;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of stdout (required for npy).")
    Path output;

    @Option(names = "--format", paramLabel = "F",
        description = "jsonl, csv or npy (default: from the --output extension, else jsonl).")
    OutputFormat format;

    @Option(names = "--no-normalize",
        description = "Do not normalize: skip the model's Normalize module and return raw pooled vectors.")
    boolean noNormalize;

    @Option(names = "--normalize", description = "L2-normalize the vectors even if the model has no Normalize module.")
    boolean normalize;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "32", description = "Inputs per model run (default ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--precision", paramLabel = "P", defaultValue = "float32",
        description = "float32, int8, uint8, binary or ubinary (sentence-transformers' quantize_embeddings).")
    String precision;

    @Option(names = "--truncate-dim", paramLabel = "N", description = "Keep only the first N dimensions (Matryoshka models).")
    Integer truncateDim;

    @Option(names = "--prompt-name", paramLabel = "NAME", description = "A prompt of the model, e.g. query or passage (see 'sentence4j info').")
    String promptName;

    @Option(names = "--prompt", paramLabel = "TEXT", description = "Text to prepend to every input (overrides --prompt-name).")
    String prompt;

    @Option(names = "--query", description = "The inputs are search queries: the model's 'query' prompt, if it has one"
        + " (sentence-transformers' encode_query).")
    boolean query;

    @Option(names = "--document", description = "The inputs are documents: the model's 'document', else 'passage', else"
        + " 'corpus' prompt, if it has one (sentence-transformers' encode_document).")
    boolean document;

    @Option(names = "--output-value", paramLabel = "V", defaultValue = "sentence",
        description = "sentence (one vector per input) or token (one vector per token, with the tokens; jsonl only).")
    String outputValue;

    @Option(names = "--resume", description = "Corpus mode: continue the job in the --output directory after an interruption.")
    boolean resume;

    @Option(names = "--merge", description = "Corpus mode: at the end, also write one embeddings.npy (or .jsonl) with every row.")
    boolean merge;

    @Option(names = "--text-field", paramLabel = "NAME", description = "Corpus mode, .jsonl input: the field holding the text.")
    String textField;

    @Option(names = "--text-column", paramLabel = "NAME", description = "Corpus mode, .csv input: the header of the text column.")
    String textColumn;

    @Option(names = "--chunk-rows", paramLabel = "N", defaultValue = "4096",
        description = "Corpus mode: rows per chunk file, the unit of memory and of progress saved (default ${DEFAULT-VALUE}).")
    int chunkRows;

    @Option(names = "--skip-invalid", description = "Corpus mode: skip lines that are not valid UTF-8 (or JSON), counted in the manifest, instead of stopping.")
    boolean skipInvalid;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "100000",
        description = "Corpus mode: cut texts longer than N characters before tokenizing, counted as truncated (default ${DEFAULT-VALUE}).")
    int maxChars;

    @Option(names = "--sparse", description = "The model is a sparse encoder (SPLADE): write one {\"indices\":[..],\"values\":[..]} JSON line per input.")
    boolean sparse;

    @Option(names = "--max-active-dims", paramLabel = "N",
        description = "With --sparse: keep the N largest weights of each vector (sentence-transformers' max_active_dims; default: all).")
    Integer maxActiveDims;

    @Parameters(paramLabel = "TEXT", arity = "0..*", description = "Inputs given on the command line (after --input's lines).")
    List<String> texts = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        String outputArg = output == null ? null : spec.commandLine().getParseResult().matchedOption("--output").stringValues().get(0);
        PromptRole role = promptRole();
        if (sparse) {
            return encodeSparse(role, outputArg);
        }
        if (maxActiveDims != null) {
            throw new UsageException("--max-active-dims applies to sparse vectors; add --sparse (with a sparse encoder model)");
        }
        if (CorpusEncodeMode.applies(input, outputArg, resume, merge)) {
            if (!texts.isEmpty() || noNormalize || normalize || truncateDim != null || prompt != null || !"sentence".equals(outputValue)) {
                throw new IllegalArgumentException("corpus mode supports --model, --format npy|jsonl, --precision, --batch-size, --prompt-name"
                    + " and its own options; TEXT arguments, --normalize, --no-normalize, --truncate-dim, --prompt and --output-value are for single files");
            }
            return CorpusEncodeMode.run(model, new CorpusEncodeMode.Settings(input, output, format == null ? null : format.label(),
                precision, batchSize, chunkRows, textField, textColumn, skipInvalid, maxChars, resume, merge, promptName, role));
        }
        List<String> inputs = readInputs();
        if (noNormalize && normalize) {
            throw new IllegalArgumentException("--normalize and --no-normalize contradict each other; give one");
        }
        OutputFormat fmt = format != null ? format : OutputFormat.fromPath(output);
        boolean tokens = switch (outputValue.toLowerCase(java.util.Locale.ROOT)) {
            case "sentence", "sentence_embedding" -> false;
            case "token", "token_embeddings" -> true;
            default -> throw new IllegalArgumentException("--output-value must be sentence or token, got '" + outputValue + "'");
        };
        Precision p = Precision.fromName(precision).orElseThrow(() -> new IllegalArgumentException(
            "--precision '" + precision + "' is not supported; expected one of " + Precision.validNames()));
        if (tokens && fmt != OutputFormat.JSONL) {
            throw new IllegalArgumentException("--output-value token needs --format jsonl (token counts differ per input), got " + fmt.label());
        }
        if (tokens && p != Precision.FLOAT32) {
            throw new IllegalArgumentException("--output-value token supports only --precision float32, got " + precision);
        }
        if (fmt == OutputFormat.NPY && output == null) {
            throw new IllegalArgumentException("--format npy writes a binary file: give --output FILE.npy");
        }

        EncodeOptions options = EncodeOptions.defaults()
            .withBatchSize(batchSize)
            .withNormalize(noNormalize ? Boolean.FALSE : normalize ? Boolean.TRUE : null)
            .withOutputValue(tokens ? OutputValue.TOKEN : OutputValue.SENTENCE)
            .withPrecision(p)
            .withTruncateDim(truncateDim)
            .withPrompt(prompt)
            .withPromptName(promptName);

        EncodeResult result;
        try (SentenceEncoder encoder = model.open();
             ProgressBar bar = ProgressBar.forTerminal(System.err, "sentences", inputs.size(), 256)) {
            EncodeOptions chosen = role == null ? options : role.apply(options, encoder.info());
            result = encoder.encode(inputs, chosen.withProgress((done, total) -> bar.update(done)));
        }
        EmbeddingWriter writer = new EmbeddingWriter(fmt, result);
        if (output != null) {
            DurableFiles.write(output, writer::write);
        } else {
            OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
            writer.write(out);
            out.flush();
        }
        return 0;
    }

    /** --input's lines, then the TEXT arguments. */
    private List<String> readInputs() throws java.io.IOException {
        if (input == null && texts.isEmpty()) {
            throw new IllegalArgumentException("nothing to encode: give --input FILE (or - for stdin) or TEXT arguments");
        }
        List<String> inputs = new ArrayList<>();
        if (input != null) {
            inputs.addAll(Utf8Lines.read(input, System.in));
        }
        inputs.addAll(texts);
        return inputs;
    }

    /** Options of dense vectors, meaningless for sparse ones. */
    private static final List<String> DENSE_ONLY = List.of("--precision", "--truncate-dim", "--normalize", "--no-normalize",
        "--output-value", "--resume", "--merge", "--text-field", "--text-column", "--chunk-rows", "--skip-invalid", "--max-chars");

    /** --sparse: one JSON line of (indices, values) per input, in input order. */
    private int encodeSparse(PromptRole role, String outputArg) throws Exception {
        var parsed = spec.commandLine().getParseResult();
        for (String option : DENSE_ONLY) {
            if (parsed.hasMatchedOption(option)) {
                throw new UsageException(option + " does not apply to --sparse: sparse vectors are written as JSON lines"
                    + " of vocabulary ids and float32 weights");
            }
        }
        OutputFormat fmt = format != null ? format : OutputFormat.fromPath(output);
        if (fmt != OutputFormat.JSONL) {
            throw new UsageException("--sparse writes jsonl; " + (format != null ? "--format " + fmt.label()
                : "--output " + output + " (a ." + fmt.label() + " file)") + " does not apply to sparse vectors");
        }
        if (output != null && (outputArg.endsWith("/") || java.nio.file.Files.isDirectory(output))) {
            throw new UsageException("--sparse writes one file; --output " + outputArg + " is a directory (corpus mode is for dense vectors)");
        }
        if (maxActiveDims != null && maxActiveDims < 1) {
            throw new UsageException("--max-active-dims must be at least 1, found " + maxActiveDims);
        }
        List<String> inputs = readInputs();
        SparseEncodeOptions options = SparseEncodeOptions.defaults().withBatchSize(batchSize)
            .withMaxActiveDims(maxActiveDims == null ? 0 : maxActiveDims).withPrompt(prompt).withPromptName(promptName);
        List<SparseVector> vectors;
        try (SparseEncoder encoder = model.openSparse()) {
            vectors = role == PromptRole.QUERY ? encoder.encodeQuery(inputs, options)
                : role == PromptRole.DOCUMENT ? encoder.encodeDocument(inputs, options) : encoder.encode(inputs, options);
        }
        SparseVectorWriter writer = new SparseVectorWriter(vectors);
        if (output != null) {
            DurableFiles.write(output, writer::write);
        } else {
            OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
            writer.write(out);
            out.flush();
        }
        return 0;
    }

    /** --query or --document, which choose the prompt; they exclude each other and an explicit prompt. */
    private PromptRole promptRole() {
        if (query && document) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--query and --document contradict each other; give one");
        }
        if ((query || document) && (prompt != null || promptName != null)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), (query ? "--query" : "--document") + " picks the model's prompt itself;"
                + " drop --prompt/--prompt-name, or drop " + (query ? "--query" : "--document"));
        }
        return query ? PromptRole.QUERY : document ? PromptRole.DOCUMENT : null;
    }
}
