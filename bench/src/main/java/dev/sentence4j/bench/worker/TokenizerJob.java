package dev.sentence4j.bench.worker;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import dev.sentence4j.bench.Corpus;
import dev.sentence4j.core.EmbeddedModels;
import dev.sentence4j.tokenizers.Encoding;
import dev.sentence4j.tokenizers.Tokenizer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Tokenizer throughput, ours against HF tokenizers (Rust, through DJL's JNI binding), on the
 * same tokenizer.json (all-MiniLM-L6-v2's), with special tokens and without truncation or
 * padding. Passes alternate between the two so that a load spike hits both; the best pass of
 * each counts, as the least disturbed one.
 *
 * @param corpus    corpus file, or null for the embedded corpus
 * @param sentences how many lines
 * @param passes    timed passes over the lines, per tokenizer and mode
 * @param batchSize lines per batch call in batched mode
 */
public record TokenizerJob(String corpus, int sentences, int passes, int batchSize) {

    public TokenizerMeasurement run() throws IOException {
        List<String> lines = Corpus.load(corpus == null ? null : Path.of(corpus)).head(sentences).lines();
        Path json = EmbeddedModels.materialize("all-MiniLM-L6-v2").resolve("tokenizer.json");
        Tokenizer ours = Tokenizer.fromFile(json).withTruncation(null).withPadding(null);
        try (HuggingFaceTokenizer hf = HuggingFaceTokenizer.newInstance(json,
                Map.of("truncation", "false", "padding", "false", "addSpecialTokens", "true"))) {
            long tokens = 0;
            int mismatched = 0;
            for (String line : lines) {
                int[] a = ours.encode(line).ids();
                long[] b = hf.encode(line).getIds();
                tokens += a.length;
                if (!Arrays.equals(Arrays.stream(a).asLongStream().toArray(), b)) {
                    mismatched++;
                }
            }
            List<List<String>> batches = chunks(lines, batchSize);
            double[] oursSingle = new double[passes];
            double[] hfSingle = new double[passes];
            double[] oursBatched = new double[passes];
            double[] hfBatched = new double[passes];
            long check = 0;
            for (int pass = -1; pass < passes; pass++) { // pass -1 warms up
                long t = System.nanoTime();
                for (String line : lines) {
                    check += ours.encode(line).length();
                }
                record(oursSingle, pass, t);
                t = System.nanoTime();
                for (String line : lines) {
                    check += hf.encode(line).getIds().length;
                }
                record(hfSingle, pass, t);
                t = System.nanoTime();
                for (List<String> batch : batches) {
                    for (Encoding e : ours.encodeBatch(batch)) {
                        check += e.length();
                    }
                }
                record(oursBatched, pass, t);
                t = System.nanoTime();
                for (List<String> batch : batches) {
                    for (ai.djl.huggingface.tokenizers.Encoding e : hf.batchEncode(batch)) {
                        check += e.getIds().length;
                    }
                }
                record(hfBatched, pass, t);
            }
            return new TokenizerMeasurement(lines.size(), tokens, mismatched, passes, batchSize,
                    tokens / best(oursSingle), tokens / best(hfSingle),
                    tokens / best(oursBatched), tokens / best(hfBatched), check);
        }
    }

    private static void record(double[] seconds, int pass, long startNanos) {
        if (pass >= 0) {
            seconds[pass] = (System.nanoTime() - startNanos) / 1e9;
        }
    }

    private static double best(double[] seconds) {
        return Arrays.stream(seconds).min().orElseThrow();
    }

    static List<List<String>> chunks(List<String> lines, int size) {
        int n = (lines.size() + size - 1) / size;
        return java.util.stream.IntStream.range(0, n)
                .mapToObj(i -> lines.subList(i * size, Math.min(lines.size(), (i + 1) * size))).toList();
    }
}
