package dev.sentence4j.corpus.bench;

import dev.sentence4j.core.Embeddings;
import dev.sentence4j.core.normalize.Normalize;
import dev.sentence4j.core.search.Hit;
import dev.sentence4j.core.search.SemanticSearch;
import dev.sentence4j.core.similarity.Similarity;
import dev.sentence4j.corpus.index.IndexHit;
import dev.sentence4j.corpus.index.IndexMetadata;
import dev.sentence4j.corpus.index.IndexQuantization;
import dev.sentence4j.corpus.index.VectorIndex;
import dev.sentence4j.corpus.index.VectorIndexConfig;
import dev.sentence4j.corpus.index.VectorIndexWriter;
import dev.sentence4j.corpus.io.NpyMatrix;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * HNSW recall@10 against exact search, QPS, build time and index size, for float and quantized
 * graphs. Not a test: run it by hand (corpus/README.md has the command).
 *
 * <p>Args: base.npy (real sentence embeddings, e.g. fortunes-10k encoded), N, queries, workDir,
 * quantizations (comma list). The N corpus vectors are normalize(e[a] + 0.35 e[b] + noise) over
 * random rows a, b of the base: real embedding geometry, N beyond the base's size.
 */
public final class HnswBenchmark {
    public static void main(String[] args) throws Exception {
        PrintStream out = System.out; // a benchmark's report
        Embeddings base = NpyMatrix.read(Path.of(args[0]));
        int n = Integer.parseInt(args[1]);
        int nq = Integer.parseInt(args[2]);
        Path work = Path.of(args[3]);
        String[] kinds = args.length > 4 ? args[4].split(",") : new String[] {"none", "int8", "binary"};
        Embeddings corpus = mix(base, n, 1);
        Embeddings queries = mix(base, nq, 2);
        int dim = base.dimension();
        long t0 = System.nanoTime();
        int[][] truth = new int[nq][];
        for (int q = 0; q < nq; q++) {
            List<Hit> hits = SemanticSearch.search(queries.row(q), corpus, 10, Similarity.COSINE);
            truth[q] = hits.stream().mapToInt(Hit::corpusId).toArray();
        }
        double bruteSeconds = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.ROOT, "corpus %d x %d, %d queries; brute force (core SemanticSearch): %.1f QPS%n", n, dim, nq, nq / bruteSeconds);
        for (String kind : kinds) {
            IndexQuantization q = IndexQuantization.parse(kind);
            Path dir = work.resolve("bench-" + kind);
            long b0 = System.nanoTime();
            try (VectorIndexWriter w = VectorIndexWriter.create(VectorIndexConfig.of(dir).withQuantization(q),
                    new IndexMetadata("bench", dim, Similarity.COSINE, true, q, 0))) {
                for (int i = 0; i < n; i++) {
                    w.add(i, i + 1, "", corpus.row(i));
                }
            }
            double build = (System.nanoTime() - b0) / 1e9;
            try (VectorIndex index = VectorIndex.open(dir)) {
                out.printf(Locale.ROOT, "%-6s build %.1f s  index %.1f MB%n", kind, build, index.sizeOnDisk() / 1e6);
                for (int i = 0; i < Math.min(50, nq); i++) {
                    index.search(queries.row(i), 10, false); // warm-up
                }
                int oversample = q.oversample();
                for (int candidates : new int[] {10 * oversample, 50 * oversample, index.defaultCandidates(10), 200 * oversample}) {
                    int found = 0;
                    long s0 = System.nanoTime();
                    for (int i = 0; i < nq; i++) {
                        Set<Integer> t = new HashSet<>();
                        for (int id : truth[i]) {
                            t.add(id);
                        }
                        for (IndexHit h : index.search(queries.row(i), 10, false, candidates)) {
                            if (t.contains((int) h.id())) {
                                found++;
                            }
                        }
                    }
                    double secs = (System.nanoTime() - s0) / 1e9;
                    out.printf(Locale.ROOT, "       candidates %4d%s  recall@10 %.4f  %.0f QPS%n", candidates,
                            candidates == index.defaultCandidates(10) ? " (default)" : "          ", found / (10.0 * nq), nq / secs);
                }
            }
            out.flush();
        }
        if (!Files.exists(work)) {
            throw new IllegalStateException("work dir vanished: " + work);
        }
    }

    static Embeddings mix(Embeddings base, int n, long seed) {
        Random r = new Random(seed);
        int dim = base.dimension();
        float[] data = new float[n * dim]; // [n * dim]
        for (int i = 0; i < n; i++) {
            int a = r.nextInt(base.rows());
            int b = r.nextInt(base.rows());
            for (int d = 0; d < dim; d++) {
                data[i * dim + d] = base.data()[a * dim + d] + 0.35f * base.data()[b * dim + d] + 0.01f * (float) r.nextGaussian();
            }
        }
        Normalize.l2InPlace(data, n, dim);
        return new Embeddings(n, dim, data);
    }
}
