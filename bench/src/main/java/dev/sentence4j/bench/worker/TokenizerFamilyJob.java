package dev.sentence4j.bench.worker;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import dev.sentence4j.bench.Corpus;
import dev.sentence4j.tokenizers.Tokenizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Encode throughput of one tokenizer.json, ours against HF tokenizers (Rust, through DJL's JNI
 * binding), as {@link TokenizerJob} measures all-MiniLM-L6-v2's: special tokens on, no
 * truncation or padding, passes alternating between the two so that a load spike hits both, the
 * best pass of each counted. Ids are compared on every line first (a bench that disagrees says
 * so). Then one long input per size in {@code longInputBytes}, the corpus lines joined by
 * {@code \n} and cut at a line end: one encode call each, the best of {@code longInputRuns}
 * (issue 8 asks for linear time on 10 MB).
 *
 * @param family         a label for the report
 * @param tokenizerJson  the tokenizer.json (plain, not gzipped: DJL reads the path itself)
 * @param corpus         corpus file, or null for the embedded corpus
 * @param sentences      how many lines
 * @param passes         timed passes over the lines, per tokenizer and mode
 * @param batchSize      lines per batch call in batched mode
 * @param longInputBytes UTF-8 sizes of the single long inputs, e.g. 1 MB and 10 MB; may be empty
 * @param longInputRuns  timed encodes of each long input, per tokenizer
 */
public record TokenizerFamilyJob(String family, String tokenizerJson, String corpus, int sentences, int passes,
        int batchSize, long[] longInputBytes, int longInputRuns) {

    public TokenizerFamilyJob {
        if (passes <= 0 || batchSize <= 0 || sentences <= 0 || longInputRuns <= 0) {
            throw new IllegalArgumentException("sentences, passes, batchSize and longInputRuns must be > 0, found "
                    + sentences + ", " + passes + ", " + batchSize + ", " + longInputRuns);
        }
        longInputBytes = longInputBytes == null ? new long[0] : longInputBytes.clone();
    }

    public TokenizerFamilyMeasurement run() throws IOException {
        Path json = Path.of(tokenizerJson);
        if (!Files.isRegularFile(json)) {
            throw new NoSuchFileException(json.toString(), null, "tokenizer.json of family " + family + " not found");
        }
        Corpus all = Corpus.load(corpus == null ? null : Path.of(corpus));
        List<String> lines = all.head(sentences).lines();
        Tokenizer ours = Tokenizer.fromFile(json).withTruncation(null).withPadding(null);
        try (HuggingFaceTokenizer hf = HuggingFaceTokenizer.newInstance(json,
                Map.of("truncation", "false", "padding", "false", "addSpecialTokens", "true"))) {
            TokenizerThroughput.IdCheck ids = TokenizerThroughput.checkIds(ours, hf, lines);
            TokenizerThroughput.Rates r = TokenizerThroughput.measure(ours, hf, lines, ids.tokens(), passes, batchSize);
            List<TokenizerFamilyMeasurement.LongInput> longInputs = new java.util.ArrayList<>();
            for (long size : longInputBytes) {
                longInputs.add(longInput(ours, hf, longText(all.lines(), size)));
            }
            return new TokenizerFamilyMeasurement(family, lines.size(), ids.tokens(), ids.mismatched(),
                    ids.firstMismatch(), passes, batchSize, r.oursSingle(), r.hfSingle(), r.oursBatched(),
                    r.hfBatched(), longInputs, r.check());
        }
    }

    private TokenizerFamilyMeasurement.LongInput longInput(Tokenizer ours, HuggingFaceTokenizer hf, String text) {
        double oursBest = Double.MAX_VALUE;
        double hfBest = Double.MAX_VALUE;
        int[] a = null;
        long[] b = null;
        for (int run = 0; run < longInputRuns; run++) {
            a = null; // let the previous run's encodings go before timing the next
            b = null;
            long t = System.nanoTime();
            a = ours.encode(text).ids();
            oursBest = Math.min(oursBest, (System.nanoTime() - t) / 1e9);
            t = System.nanoTime();
            b = hf.encode(text).getIds();
            hfBest = Math.min(hfBest, (System.nanoTime() - t) / 1e9);
        }
        return new TokenizerFamilyMeasurement.LongInput(text.getBytes(StandardCharsets.UTF_8).length, text.length(),
                a.length, b.length, TokenizerThroughput.sameIds(a, b), oursBest, hfBest);
    }

    /** The corpus lines joined by '\n', repeated as needed, cut at the first line end at or past {@code bytes}. */
    static String longText(List<String> lines, long bytes) {
        StringBuilder b = new StringBuilder();
        long size = 0;
        for (int i = 0; size < bytes; i = (i + 1) % lines.size()) {
            if (!b.isEmpty()) {
                b.append('\n');
                size++;
            }
            String line = lines.get(i);
            b.append(line);
            size += line.getBytes(StandardCharsets.UTF_8).length;
        }
        return b.toString();
    }
}
