package dev.sentence4j.bench.worker;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import dev.sentence4j.tokenizers.Encoding;
import dev.sentence4j.tokenizers.Tokenizer;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Ours against HF tokenizers on the same lines: first an id check on every line, then timed
 * passes, single texts and batches, for both. Passes alternate between the two so that a load
 * spike hits both; the best pass of each counts, as the least disturbed one.
 */
final class TokenizerThroughput {

    /** @param firstMismatch index of the first line whose ids differ, or -1 */
    record IdCheck(long tokens, int mismatched, int firstMismatch) {
    }

    /** Tokens per second; {@code check} sums every token count so the JIT cannot drop the work. */
    record Rates(double oursSingle, double hfSingle, double oursBatched, double hfBatched, long check) {
    }

    private TokenizerThroughput() {
    }

    static IdCheck checkIds(Tokenizer ours, HuggingFaceTokenizer hf, List<String> lines) {
        long tokens = 0;
        int mismatched = 0;
        int firstMismatch = -1;
        for (int i = 0; i < lines.size(); i++) {
            int[] a = ours.encode(lines.get(i)).ids();
            tokens += a.length;
            if (!sameIds(a, hf.encode(lines.get(i)).getIds())) {
                mismatched++;
                firstMismatch = firstMismatch < 0 ? i : firstMismatch;
            }
        }
        return new IdCheck(tokens, mismatched, firstMismatch);
    }

    static Rates measure(Tokenizer ours, HuggingFaceTokenizer hf, List<String> lines, long tokens, int passes,
                         int batchSize) {
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
        return new Rates(tokens / best(oursSingle), tokens / best(hfSingle),
                tokens / best(oursBatched), tokens / best(hfBatched), check);
    }

    static boolean sameIds(int[] a, long[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    static List<List<String>> chunks(List<String> lines, int size) {
        int n = (lines.size() + size - 1) / size;
        return IntStream.range(0, n)
                .mapToObj(i -> lines.subList(i * size, Math.min(lines.size(), (i + 1) * size))).toList();
    }

    private static void record(double[] seconds, int pass, long startNanos) {
        if (pass >= 0) {
            seconds[pass] = (System.nanoTime() - startNanos) / 1e9;
        }
    }

    private static double best(double[] seconds) {
        return Arrays.stream(seconds).min().orElseThrow();
    }
}
