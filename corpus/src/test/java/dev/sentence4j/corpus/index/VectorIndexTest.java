package dev.sentence4j.corpus.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sentence4j.core.Embeddings;
import dev.sentence4j.core.search.Hit;
import dev.sentence4j.core.search.SemanticSearch;
import dev.sentence4j.core.similarity.Similarity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HNSW recall against exact search on a test-sized set. The vectors are synthetic (unit vectors
 * around 100 random centres, dimension 384, as sentence embeddings cluster by topic) so the test
 * needs no model; the benchmark (corpus/README.md) measures real embeddings at 100k.
 */
class VectorIndexTest {
    static final int N = 5000;
    static final int DIM = 384;
    static final int QUERIES = 100;
    static Embeddings corpus;
    static Embeddings queries;

    @TempDir static Path dir;

    @BeforeAll
    static void vectors() {
        corpus = SyntheticVectors.clustered(N, DIM, 100, 0.6f, 42);
        queries = SyntheticVectors.clustered(QUERIES, DIM, 100, 0.6f, 7);
    }

    static Path build(String name, IndexQuantization q) throws IOException {
        return build(name, q, N);
    }

    static Path build(String name, IndexQuantization q, int rows) throws IOException {
        Path p = dir.resolve(name);
        IndexMetadata meta = new IndexMetadata("synthetic", DIM, Similarity.COSINE, true, q, 0);
        try (VectorIndexWriter w = VectorIndexWriter.create(VectorIndexConfig.of(p).withQuantization(q), meta)) {
            for (int i = 0; i < rows; i++) {
                w.add(i, i + 1, "row " + i, corpus.row(i));
            }
        }
        return p;
    }

    static double recallAt10(VectorIndex index) throws IOException {
        int found = 0;
        for (int q = 0; q < QUERIES; q++) {
            Set<Long> truth = new HashSet<>();
            for (Hit h : SemanticSearch.search(queries.row(q), corpus, 10, Similarity.COSINE)) {
                truth.add((long) h.corpusId());
            }
            for (IndexHit h : index.search(queries.row(q), 10, false)) {
                if (truth.contains(h.id())) {
                    found++;
                }
            }
        }
        return found / (10.0 * QUERIES);
    }

    @Test
    void floatGraphRecallAt10IsAtLeast095AndExactSearchMatchesBruteForce() throws IOException {
        try (VectorIndex index = VectorIndex.open(build("float", IndexQuantization.NONE))) {
            assertThat(index.metadata().rows()).isEqualTo(N);
            assertThat(index.metadata().quantization()).isEqualTo(IndexQuantization.NONE);
            assertThat(recallAt10(index)).isGreaterThanOrEqualTo(0.95);
            for (int q = 0; q < 10; q++) {
                List<Hit> truth = SemanticSearch.search(queries.row(q), corpus, 10, Similarity.COSINE);
                List<IndexHit> exact = index.search(queries.row(q), 10, true);
                assertThat(exact).extracting(IndexHit::id).containsExactlyElementsOf(
                        truth.stream().map(h -> (long) h.corpusId()).toList());
                assertThat(exact.get(0).score()).isEqualTo(truth.get(0).score());
                assertThat(exact.get(0).text()).isEqualTo("row " + truth.get(0).corpusId());
                assertThat(exact.get(0).line()).isEqualTo(truth.get(0).corpusId() + 1L);
            }
            // every vector comes back at its id
            assertThat(index.vectors()).isEqualTo(corpus);
        }
    }

    @Test
    void quantizedGraphsRescoreAtFullPrecision() throws IOException {
        for (IndexQuantization q : List.of(IndexQuantization.INT8, IndexQuantization.BINARY)) {
            try (VectorIndex index = VectorIndex.open(build(q.label(), q))) {
                assertThat(index.metadata().quantization()).isEqualTo(q);
                assertThat(recallAt10(index)).as("recall@10 of %s", q).isGreaterThanOrEqualTo(0.85);
                // scores are full-precision cosines, not quantized estimates
                IndexHit top = index.search(queries.row(0), 1, false).get(0);
                assertThat(top.score()).isEqualTo(Similarity.COSINE.score(queries.row(0), corpus.row((int) top.id())));
            }
        }
    }

    @Test
    void miningOverTheGraphFindsTheExactTopPairs() throws IOException {
        int rows = 1000; // exact mining is O(rows^2 * dim)
        Embeddings first = new Embeddings(rows, DIM, java.util.Arrays.copyOf(corpus.data(), rows * DIM));
        try (VectorIndex index = VectorIndex.open(build("mining", IndexQuantization.NONE, rows))) {
            var graph = dev.sentence4j.corpus.mining.ParaphraseMining.mine(rows, (i, k) -> {
                try {
                    return index.nearestIds(first.row(i), k, false).stream()
                            .map(nb -> new dev.sentence4j.corpus.mining.ParaphraseMining.Neighbour((int) nb.id(), nb.score()))
                            .toArray(dev.sentence4j.corpus.mining.ParaphraseMining.Neighbour[]::new);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, 5, 1000);
            var exact = dev.sentence4j.corpus.mining.ParaphraseMining.mine(first, Similarity.COSINE, 5, 1000);
            // the 100 best pairs: the graph may miss a few, never invent one
            Set<String> exactTop = new HashSet<>();
            exact.subList(0, 100).forEach(p -> exactTop.add(p.i() + "-" + p.j()));
            long shared = graph.subList(0, 100).stream().filter(p -> exactTop.contains(p.i() + "-" + p.j())).count();
            assertThat(shared).isGreaterThanOrEqualTo(95);
        }
    }

    @Test
    void errorsNameTheProblem() throws IOException {
        assertThatThrownBy(() -> VectorIndex.open(dir.resolve("nope")))
                .hasMessageContaining("does not exist").hasMessageContaining("index build");
        Path p = build("dims", IndexQuantization.NONE);
        try (VectorIndex index = VectorIndex.open(p)) {
            assertThatThrownBy(() -> index.search(new float[3], 1, false)).hasMessageContaining("query 3 != index 384");
        }
        assertThatThrownBy(() -> VectorIndexWriter.create(VectorIndexConfig.of(p),
                new IndexMetadata("x", DIM, Similarity.COSINE, true, IndexQuantization.NONE, 0)))
                .hasMessageContaining("already holds an index");
        Path userFiles = Files.createDirectories(dir.resolve("users-folder"));
        Files.writeString(userFiles.resolve("_notes.txt"), "a user's file, with a name Lucene's CREATE would delete");
        assertThatThrownBy(() -> VectorIndexWriter.create(VectorIndexConfig.of(userFiles),
                new IndexMetadata("x", DIM, Similarity.COSINE, true, IndexQuantization.NONE, 0)))
                .hasMessageContaining("'" + userFiles + "' is not empty and holds no index (it has _notes.txt)");
        assertThat(Files.readString(userFiles.resolve("_notes.txt"))).startsWith("a user's file");
        assertThat(userFiles.toFile().list()).containsExactly("_notes.txt");
        assertThatThrownBy(() -> VectorIndexWriter.create(VectorIndexConfig.of(dir.resolve("m")),
                new IndexMetadata("x", DIM, Similarity.MANHATTAN, false, IndexQuantization.NONE, 0)))
                .hasMessageContaining("manhattan");
    }
}
