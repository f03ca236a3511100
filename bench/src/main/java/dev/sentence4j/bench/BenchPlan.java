package dev.sentence4j.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What one bench run measures and how much of it.
 *
 * @param corpus          corpus file, or null for the embedded fortunes-10k
 * @param sentences       corpus lines used for throughput and RSS (all when larger)
 * @param sections        what to measure
 * @param rounds          how many times each configuration runs (alternating); medians reported
 * @param warmup          lines encoded untimed before the timed pass
 * @param latencySamples  single sentences timed per configuration
 * @param latencyWarmup   single sentences encoded untimed first
 * @param tokenizerLines  lines for the tokenizer section
 * @param tokenizerPasses timed passes per tokenizer and mode
 * @param scalingLines    lines for the scaling section
 * @param batchSizes      scaling batch sizes
 * @param threads         scaling intra-op thread counts
 * @param stsPairs        STS-B pairs (0 = all)
 * @param profileDir      JFR output folder, or null
 */
public record BenchPlan(Path corpus, int sentences, Set<Section> sections, int rounds, int warmup, int latencySamples,
        int latencyWarmup, int tokenizerLines, int tokenizerPasses, int scalingLines, List<Integer> batchSizes,
        List<Integer> threads, int stsPairs, Path profileDir) {

    public BenchPlan {
        Objects.requireNonNull(sections, "sections");
        sections = Set.copyOf(sections);
        batchSizes = List.copyOf(batchSizes);
        threads = List.copyOf(threads);
        if (sentences <= 0 || rounds <= 0 || tokenizerLines <= 0 || tokenizerPasses <= 0 || scalingLines <= 0) {
            throw new IllegalArgumentException("sentences, rounds, tokenizerLines, tokenizerPasses and scalingLines must"
                    + " be > 0, found " + sentences + ", " + rounds + ", " + tokenizerLines + ", " + tokenizerPasses + ", "
                    + scalingLines);
        }
    }

    /** The full run: the whole corpus, every section. */
    public static BenchPlan full(Path corpus, Set<Section> sections) {
        return new BenchPlan(corpus, 10_000, sections, 1, 320, 300, 50, 10_000, 3, 1_000,
                List.of(8, 16, 32, 64, 128), List.of(1, 2), 0, null);
    }

    /** A smoke run: about 50 sentences, a few seconds per configuration. */
    public static BenchPlan quick(Path corpus, Set<Section> sections) {
        return new BenchPlan(corpus, 50, sections, 1, 8, 20, 5, 50, 1, 50,
                List.of(8, 32), List.of(1, 2), 50, null);
    }

    public BenchPlan withRounds(int r) {
        return new BenchPlan(corpus, sentences, sections, r, warmup, latencySamples, latencyWarmup, tokenizerLines,
                tokenizerPasses, scalingLines, batchSizes, threads, stsPairs, profileDir);
    }

    public BenchPlan withSentences(int n) {
        return new BenchPlan(corpus, n, sections, rounds, warmup, latencySamples, latencyWarmup, tokenizerLines,
                tokenizerPasses, scalingLines, batchSizes, threads, stsPairs, profileDir);
    }

    public BenchPlan withProfileDir(Path dir) {
        return new BenchPlan(corpus, sentences, sections, rounds, warmup, latencySamples, latencyWarmup, tokenizerLines,
                tokenizerPasses, scalingLines, batchSizes, threads, stsPairs, dir);
    }

    public boolean has(Section s) {
        return sections.contains(s);
    }
}
