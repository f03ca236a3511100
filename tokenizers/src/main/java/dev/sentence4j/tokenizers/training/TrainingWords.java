package dev.sentence4j.tokenizers.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * The distinct words a trainer learns from, in sorted order (so that results do not depend on the
 * caller's map order), as code points with their counts, and cut into a fixed number of
 * contiguous chunks for parallel passes whose sums must not depend on the number of cores.
 *
 * @param codePoints {@code codePoints.get(i)}: the code points of word i
 * @param counts     {@code counts[i]}: how often word i occurs
 */
record TrainingWords(List<int[]> codePoints, long[] counts) {

    /** Chunks per pass: enough for load balance on a many-core machine, few partial sums. */
    private static final int CHUNKS = 16;

    TrainingWords {
        Objects.requireNonNull(codePoints, "codePoints");
        Objects.requireNonNull(counts, "counts");
        if (codePoints.size() != counts.length) {
            throw new IllegalArgumentException("words and counts differ in number: " + codePoints.size() + "!="
                    + counts.length);
        }
    }

    static TrainingWords of(Map<String, Long> wordCounts) {
        Objects.requireNonNull(wordCounts, "wordCounts");
        if (wordCounts.isEmpty()) {
            throw new IllegalArgumentException("no words to train on: wordCounts is empty (an empty corpus?)");
        }
        TreeMap<String, Long> sorted = new TreeMap<>();
        for (var e : wordCounts.entrySet()) {
            String word = e.getKey();
            if (word == null || word.isEmpty()) {
                throw new IllegalArgumentException("wordCounts holds " + (word == null ? "a null" : "an empty")
                        + " word (count " + e.getValue() + "); words must be non-empty");
            }
            if (e.getValue() == null || e.getValue() < 1) {
                throw new IllegalArgumentException("wordCounts: the count of word '" + word + "' must be at least 1, found "
                        + e.getValue());
            }
            sorted.put(word, e.getValue());
        }
        List<int[]> cps = new ArrayList<>(sorted.size());
        long[] counts = new long[sorted.size()];
        int i = 0;
        for (var e : sorted.entrySet()) {
            cps.add(e.getKey().codePoints().toArray());
            counts[i++] = e.getValue();
        }
        return new TrainingWords(cps, counts);
    }

    int size() {
        return counts.length;
    }

    int chunks() {
        return Math.min(CHUNKS, counts.length);
    }

    /** A pass over one chunk of words that adds its results into {@code sums}. */
    @FunctionalInterface
    interface ChunkPass {
        void addTo(int chunk, double[] sums);
    }

    /**
     * Runs {@code pass} over every chunk, each into its own zeroed array, and adds those arrays up
     * in chunk order: the same sums on any number of cores. Chunks run one per core at a time and
     * the arrays are reused, so a pass over a million pieces keeps a few arrays alive, not 16.
     */
    double[] sumOverChunks(int length, ChunkPass pass) {
        int group = Math.min(chunks(), ForkJoinPool.getCommonPoolParallelism() + 1); // + the calling thread
        double[][] parts = new double[group][length];
        double[] sums = new double[length];
        for (int from = 0; from < chunks(); from += group) {
            int first = from;
            int count = Math.min(group, chunks() - from);
            IntStream.range(0, count).parallel().forEach(i -> {
                Arrays.fill(parts[i], 0.0);
                pass.addTo(first + i, parts[i]);
            });
            for (int i = 0; i < count; i++) {
                double[] part = parts[i];
                for (int j = 0; j < length; j++) {
                    sums[j] += part[j];
                }
            }
        }
        return sums;
    }

    /** The first word of chunk {@code c}; {@code chunkStart(chunks())} is the number of words. */
    int chunkStart(int c) {
        return (int) ((long) c * counts.length / chunks());
    }
}
