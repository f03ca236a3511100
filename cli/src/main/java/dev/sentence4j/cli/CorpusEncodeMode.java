package dev.sentence4j.cli;

import dev.sentence4j.core.cli.ModelOptions;
import dev.sentence4j.cli.output.StreamProgressBar;
import dev.sentence4j.core.PromptRole;
import dev.sentence4j.core.SentenceEncoder;
import dev.sentence4j.core.quantization.Precision;
import dev.sentence4j.corpus.encode.ChunkFormat;
import dev.sentence4j.corpus.encode.CorpusEncodeConfig;
import dev.sentence4j.corpus.encode.CorpusEncodeJob;
import dev.sentence4j.corpus.encode.Manifest;
import dev.sentence4j.corpus.input.InputFormat;
import dev.sentence4j.corpus.input.InputSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * encode's corpus mode: a streaming, resumable job writing chunks and a manifest into a
 * directory (sentence4j-corpus's CorpusEncodeJob). Chosen when --output is a directory (existing,
 * or named with a trailing slash), when --resume is given, or when the input is .jsonl or .csv.
 */
final class CorpusEncodeMode {
    private CorpusEncodeMode() {}

    static boolean applies(String input, String outputArg, boolean resume, boolean merge) {
        if (resume || merge) {
            return true;
        }
        if (outputArg != null && (outputArg.endsWith("/") || Files.isDirectory(Path.of(outputArg)))) {
            return true;
        }
        return input != null && !"-".equals(input) && InputFormat.fromPath(Path.of(input)) != InputFormat.TXT;
    }

    /** The settings of one corpus-mode run, gathered from encode's options. */
    record Settings(String input, Path output, String format, String precision, int batchSize, int chunkRows,
            String textField, String textColumn, boolean skipInvalid, int maxChars, boolean resume, boolean merge,
            String promptName, PromptRole role) {}

    static int run(ModelOptions model, Settings s) throws Exception {
        if (s.input() == null || "-".equals(s.input())) {
            throw new IllegalArgumentException("corpus mode (--output DIR, --resume, .jsonl/.csv input) reads a file: give --input FILE"
                    + " (standard input cannot be resumed)");
        }
        if (s.output() == null) {
            throw new IllegalArgumentException("corpus mode writes a directory of chunks and a manifest: give --output DIR");
        }
        String outName = s.output().getFileName() == null ? "" : s.output().getFileName().toString().toLowerCase(Locale.ROOT);
        if (!Files.isDirectory(s.output()) && (outName.endsWith(".npy") || outName.endsWith(".jsonl") || outName.endsWith(".csv"))) {
            throw new IllegalArgumentException("--output " + s.output() + " names a file, but corpus mode writes a directory of chunks and a"
                    + " manifest; give --output DIR/ (add --merge for one embeddings.npy at the end)");
        }
        Path inputPath = Path.of(s.input());
        if (!Files.isRegularFile(inputPath)) {
            throw new IllegalArgumentException("input file '" + s.input() + "' does not exist");
        }
        InputSpec spec = new InputSpec(inputPath, InputFormat.fromPath(inputPath), s.textField(), s.textColumn(),
                s.skipInvalid(), s.maxChars());
        Precision precision = Precision.fromName(s.precision()).orElseThrow(() -> new IllegalArgumentException(
                "--precision '" + s.precision() + "' is not supported; expected one of " + Precision.validNames()));
        ChunkFormat format = s.format() == null ? ChunkFormat.NPY : ChunkFormat.parse(s.format());
        Manifest m;
        try (SentenceEncoder encoder = model.open(); StreamProgressBar bar = StreamProgressBar.forTerminal(System.err)) {
            String promptName = s.role() == null ? s.promptName() : s.role().promptName(encoder.info());
            CorpusEncodeConfig config = new CorpusEncodeConfig(spec, s.output(), format, precision, s.chunkRows(), s.batchSize(),
                    promptName, s.resume(), s.merge());
            m = new CorpusEncodeJob(encoder, config, bar::update).run();
        }
        System.err.printf(Locale.ROOT, "%d rows (%d blank, %d truncated, %d skipped) in %d chunks in %s%s%n", m.rows(), m.blank(),
                m.truncated(), m.skipped(), m.chunks().size(), s.output(), m.merged() == null ? "" : "; merged: " + m.merged());
        return 0;
    }
}
