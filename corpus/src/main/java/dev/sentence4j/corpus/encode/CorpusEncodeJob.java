package dev.sentence4j.corpus.encode;

import dev.sentence4j.core.EncodeOptions;
import dev.sentence4j.core.EncodeResult;
import dev.sentence4j.core.Embeddings;
import dev.sentence4j.core.ModelInfo;
import dev.sentence4j.core.SentenceEncoder;
import dev.sentence4j.core.quantization.Precision;
import dev.sentence4j.core.quantization.QuantizationRanges;
import dev.sentence4j.core.quantization.QuantizedEmbeddings;
import dev.sentence4j.core.quantization.Quantizer;
import dev.sentence4j.corpus.input.InputFingerprint;
import dev.sentence4j.corpus.input.InputRecord;
import dev.sentence4j.corpus.input.InputSpec;
import dev.sentence4j.corpus.input.RecordReader;
import dev.sentence4j.corpus.io.DurableFiles;
import dev.sentence4j.tokenizers.Tokenizer;
import dev.sentence4j.tokenizers.Truncation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Encodes a corpus file of any size into chunk files with bounded memory, resumably.
 *
 * <p>The input is read in windows of {@code chunkRows} records; each window is encoded and written
 * as one chunk file (temporary file, fsync, atomic rename), then the manifest is rewritten the
 * same way with the byte offset just past the window. Memory holds one window. A kill at any
 * moment leaves either the old manifest (the new chunk, if it appeared, is not listed and is
 * rewritten on resume) or the new one; resume seeks to the manifest's offset, so no row is lost
 * or written twice, and because windows start at the same records the resumed output is
 * identical to an uninterrupted run.
 */
public final class CorpusEncodeJob {
    private final SentenceEncoder encoder;
    private final CorpusEncodeConfig config;
    private final EncodeProgress progress;

    public CorpusEncodeJob(SentenceEncoder encoder, CorpusEncodeConfig config, EncodeProgress progress) {
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        this.config = Objects.requireNonNull(config, "config");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** Runs (or resumes) the job to the end of the input; returns the final manifest. */
    public Manifest run() throws IOException {
        Path dir = config.outputDir();
        InputSpec spec = config.input();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("--output '" + dir + "' is a file; a corpus encode writes a directory of chunks");
        }
        Files.createDirectories(dir);
        InputFingerprint fingerprint = InputFingerprint.of(spec.file());
        Manifest manifest = config.resume() ? resumable(dir, fingerprint) : fresh(dir, fingerprint);
        ModelInfo info = encoder.info();
        String prompt = config.promptName() == null ? null : info.prompts().get(config.promptName());
        if (config.promptName() != null && prompt == null) {
            throw new IllegalArgumentException("prompt name '" + config.promptName() + "' is not a prompt of model "
                    + info.name() + "; it has " + info.prompts().keySet());
        }
        Precision precision = Precision.fromName(manifest.precision()).orElseThrow();
        ChunkFormat format = ChunkFormat.parse(manifest.chunkFormat());
        long total = fingerprint.size();
        long rowsThisRun = 0;
        if (!manifest.complete()) {
            try (RecordReader reader = RecordReader.open(spec, manifest.nextOffset(), manifest.nextLine())) {
                while (true) {
                    Window w = readWindow(reader, manifest.chunkRows());
                    if (w.texts.isEmpty() && w.skipped.isEmpty()) {
                        break;
                    }
                    ChunkEntry chunk = null;
                    long truncated = w.cut;
                    if (!w.texts.isEmpty()) {
                        truncated += countTokenTruncated(w.texts, prompt, info.maxSeqLength(), w.cutFlags);
                        EncodeOptions options = EncodeOptions.defaults().withBatchSize(config.batchSize())
                                .withPromptName(config.promptName());
                        EncodeResult result = encoder.encode(w.texts, options);
                        Embeddings floats = result.embeddings();
                        QuantizedEmbeddings quantized = null;
                        if (precision != Precision.FLOAT32) {
                            if ((precision == Precision.INT8 || precision == Precision.UINT8) && manifest.calibrationMin() == null) {
                                QuantizationRanges r = QuantizationRanges.of(floats);
                                manifest = manifest.withCalibration(r.min(), r.max());
                            }
                            QuantizationRanges ranges = manifest.calibrationMin() == null ? null
                                    : new QuantizationRanges(manifest.calibrationMin(), manifest.calibrationMax());
                            quantized = Quantizer.quantize(floats, precision, ranges);
                        }
                        String name = String.format(Locale.ROOT, "chunk-%06d.%s", manifest.chunks().size(), format.extension());
                        Path file = dir.resolve(name);
                        QuantizedEmbeddings q = quantized;
                        DurableFiles.write(file, out -> ChunkWriter.write(out, format, floats, q, w.lineArray()));
                        chunk = new ChunkEntry(name, w.texts.size(), w.lines.get(0), w.lines.get(w.lines.size() - 1), Files.size(file));
                        rowsThisRun += w.texts.size();
                    }
                    manifest = manifest.advance(chunk, w.blank, truncated, w.skipped, w.endOffset, w.endLine);
                    manifest.write(dir);
                    progress.onChunk(manifest.nextOffset(), total, manifest.rows(), rowsThisRun);
                    if (w.eof) {
                        break;
                    }
                }
            }
            manifest = manifest.withComplete(true, null);
            manifest.write(dir);
        }
        if (config.merge()) {
            Path merged = ChunkMerger.merge(dir, manifest);
            manifest = manifest.withComplete(true, merged.getFileName().toString());
            manifest.write(dir);
        }
        return manifest;
    }

    /** One window of input: up to chunkRows texts, plus the records skipped among them. */
    private record Window(List<String> texts, List<Long> lines, List<Boolean> cutFlags, List<String> skipped, long blank,
            long cut, long endOffset, long endLine, boolean eof) {
        long[] lineArray() {
            long[] out = new long[lines.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = lines.get(i);
            }
            return out;
        }
    }

    private Window readWindow(RecordReader reader, int chunkRows) throws IOException {
        List<String> texts = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        List<Boolean> cutFlags = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        long blank = 0;
        long cut = 0;
        long endOffset = -1;
        long endLine = -1;
        boolean eof = false;
        while (texts.size() < chunkRows) {
            InputRecord r = reader.next();
            if (r == null) {
                eof = true;
                break;
            }
            endOffset = r.endOffset();
            endLine = r.endLine();
            if (r.skipped()) {
                skipped.add(r.skipReason().startsWith("line ") ? r.skipReason() : "line " + r.line() + ": " + r.skipReason());
                continue;
            }
            texts.add(r.text());
            lines.add(r.line());
            cutFlags.add(r.cut());
            if (r.text().isBlank()) {
                blank++;
            }
            if (r.cut()) {
                cut++;
            }
        }
        return new Window(texts, lines, cutFlags, skipped, blank, cut, endOffset, endLine, eof);
    }

    /**
     * Texts the model truncates at max_seq_length. A WordPiece token covers at least one code
     * point, so only texts longer than maxSeqLength - 2 code points need tokenizing to know.
     * Texts already cut at maxChars are counted once, there.
     */
    private long countTokenTruncated(List<String> texts, String prompt, int maxSeqLength, List<Boolean> cut) {
        long n = 0;
        // One token past the limit tells a cut text (the encoder's tokenizer keeps no overflowing tokens)
        Tokenizer oneMore = encoder.tokenizer().withTruncation(Truncation.of(maxSeqLength + 1));
        for (int i = 0; i < texts.size(); i++) {
            if (cut.get(i)) {
                continue;
            }
            String t = prompt == null ? texts.get(i) : prompt + texts.get(i);
            if (t.length() > maxSeqLength - 2 && t.codePointCount(0, t.length()) > maxSeqLength - 2
                    && oneMore.encode(t).length() > maxSeqLength) {
                n++;
            }
        }
        return n;
    }

    private Manifest fresh(Path dir, InputFingerprint fingerprint) throws IOException {
        if (Files.exists(dir.resolve(Manifest.FILE_NAME))) {
            throw new IllegalArgumentException("'" + dir + "' already holds an encode job (" + Manifest.FILE_NAME
                    + "); pass --resume to continue it, or choose an empty directory");
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<String> chunks = files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("chunk-")).limit(3).toList();
            if (!chunks.isEmpty()) {
                throw new IllegalArgumentException("'" + dir + "' holds chunk files (" + chunks
                        + ") but no manifest; choose an empty directory");
            }
        }
        ModelInfo info = encoder.info();
        InputSpec spec = config.input();
        int dim = info.dimension();
        Manifest m = new Manifest(Manifest.FORMAT_VERSION, info.name(), dim, config.precision().stName(), info.normalize(),
                info.similarity().configName(), config.format().extension(), config.chunkRows(),
                spec.file().toAbsolutePath().normalize().toString(), spec.format().name().toLowerCase(Locale.ROOT),
                spec.textField(), spec.textColumn(), fingerprint, 0, 0, 0, 0, List.of(), 0, 0, null, null, List.of(),
                false, null);
        m.write(dir);
        return m;
    }

    private Manifest resumable(Path dir, InputFingerprint fingerprint) throws IOException {
        Manifest m = Manifest.read(dir);
        Path manifestFile = dir.resolve(Manifest.FILE_NAME);
        String diff = m.fingerprint().difference(fingerprint);
        if (diff != null) {
            throw new IllegalArgumentException("cannot resume: " + config.input().file() + " is not the input of the job in '"
                    + dir + "' (" + m.input() + "): " + diff);
        }
        InputSpec spec = config.input();
        require(manifestFile, "model", m.model(), encoder.info().name());
        require(manifestFile, "dimension", String.valueOf(m.dimension()), String.valueOf(encoder.info().dimension()));
        require(manifestFile, "precision", m.precision(), config.precision().stName());
        require(manifestFile, "chunkFormat", m.chunkFormat(), config.format().extension());
        require(manifestFile, "inputFormat", m.inputFormat(), spec.format().name().toLowerCase(Locale.ROOT));
        require(manifestFile, "textField", String.valueOf(m.textField()), String.valueOf(spec.textField()));
        require(manifestFile, "textColumn", String.valueOf(m.textColumn()), String.valueOf(spec.textColumn()));
        Set<String> listed = new HashSet<>();
        for (ChunkEntry c : m.chunks()) {
            Path f = dir.resolve(c.file());
            if (!Files.isRegularFile(f) || Files.size(f) != c.bytes()) {
                throw new IllegalArgumentException("cannot resume: chunk " + f + " is "
                        + (Files.isRegularFile(f) ? Files.size(f) + " bytes, the manifest says " + c.bytes() : "missing")
                        + "; the output directory was changed by hand. Start again in an empty directory");
            }
            listed.add(c.file());
        }
        // Leftovers of the interrupted run: temporary files, and a chunk written after the last manifest.
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                String n = p.getFileName().toString();
                if (n.endsWith(DurableFiles.TEMP_SUFFIX) || (n.startsWith("chunk-") && !listed.contains(n))) {
                    Files.delete(p);
                }
            }
        }
        return m;
    }

    private static void require(Path manifest, String field, String expected, String found) {
        if (!expected.equals(found)) {
            throw new IllegalArgumentException("cannot resume: " + manifest + " field \"" + field + "\" is '" + expected
                    + "' but this run has '" + found + "'; give the same options as the first run");
        }
    }
}
