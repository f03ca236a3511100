package dev.sentence4j.cli;

import dev.sentence4j.cli.output.Json;
import dev.sentence4j.cli.output.TextTable;
import dev.sentence4j.core.Embeddings;
import dev.sentence4j.corpus.index.VectorIndex;
import dev.sentence4j.corpus.mining.ParaphraseMining;
import dev.sentence4j.corpus.mining.ScoredPair;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    mixinStandardHelpOptions = true,
    name = "paraphrase-mining",
    sortOptions = false,
    description = {
        "Find the most similar pairs of rows in a corpus (sentence-transformers' util.paraphrase_mining).",
        "",
        "For every row, its --top-k most similar other rows are candidates; the best --max-pairs candidates are kept, made unordered (i < j), deduplicated and printed best first. Rows are 0-based. Exact: every pair is scored once per row, so time grows with rows squared.",
    },
    footer = {
        "",
        "Examples:",
        "  sentence4j encode --input corpus.txt --output vecs/ --merge",
        "  sentence4j paraphrase-mining --vectors vecs/embeddings.npy --texts corpus.txt --limit 20",
        "  sentence4j paraphrase-mining --index corpus.idx --json",
        "  sentence4j paraphrase-mining --index big.idx --approximate --top-k 10 --limit 100",
    })
final class ParaphraseMiningCommand implements Callable<Integer> {
    @Mixin VectorSourceOptions source;

    @Option(names = "--top-k", paramLabel = "K", defaultValue = "100", description = "Candidates per row (ST's top_k, default ${DEFAULT-VALUE}).")
    int topK;

    @Option(names = "--max-pairs", paramLabel = "N", defaultValue = "500000", description = "Pairs kept (ST's max_pairs, default ${DEFAULT-VALUE}).")
    int maxPairs;

    @Option(names = "--approximate",
        description = "With --index: take each row's --top-k candidates from the HNSW graph instead of scanning every row (fast on large corpora; a pair the graph misses is missed).")
    boolean approximate;

    @Option(names = "--limit", paramLabel = "N", description = "Print only the best N pairs.")
    Integer limit;

    @Option(names = "--json", description = "One JSON object per pair: {score, i, j[, text_i, text_j]}.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        VectorSourceOptions.Loaded in = source.load();
        List<ScoredPair> pairs;
        if (approximate) {
            if (source.index == null) {
                throw new IllegalArgumentException("--approximate walks an index's HNSW graph: give --index DIR");
            }
            try (VectorIndex index = VectorIndex.open(source.index)) {
                Embeddings e = in.embeddings();
                ParaphraseMining.Neighbours graph = (i, k) -> {
                    try {
                        return index.nearestIds(e.row(i), k, false).stream()
                            .map(nb -> new ParaphraseMining.Neighbour((int) nb.id(), nb.score()))
                            .toArray(ParaphraseMining.Neighbour[]::new);
                    } catch (java.io.IOException ex) {
                        throw new java.io.UncheckedIOException(ex);
                    }
                };
                pairs = ParaphraseMining.mine(e.rows(), graph, topK, maxPairs);
            }
        } else {
            pairs = ParaphraseMining.mine(in.embeddings(), in.similarity(), topK, maxPairs);
        }
        if (limit != null) {
            if (limit < 1) {
                throw new IllegalArgumentException("--limit must be >= 1, got " + limit);
            }
            pairs = pairs.subList(0, Math.min(limit, pairs.size()));
        }
        PrintStream out = System.out;
        if (json) {
            for (ScoredPair p : pairs) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("score", p.score());
                m.put("i", p.i());
                m.put("j", p.j());
                if (in.texts() != null) {
                    m.put("text_i", in.texts().get(p.i()));
                    m.put("text_j", in.texts().get(p.j()));
                }
                Json.printLine(out, m);
            }
        } else {
            boolean withTexts = in.texts() != null;
            TextTable table = withTexts
                ? new TextTable(List.of("Score", "i", "j", "Text i | Text j"), true, true, true, false).clipLastColumn(120)
                : new TextTable(List.of("Score", "i", "j"), true, true, true);
            for (ScoredPair p : pairs) {
                String score = String.format(Locale.ROOT, "%.4f", p.score());
                if (withTexts) {
                    table.add(score, String.valueOf(p.i()), String.valueOf(p.j()), in.texts().get(p.i()) + " | " + in.texts().get(p.j()));
                } else {
                    table.add(score, String.valueOf(p.i()), String.valueOf(p.j()));
                }
            }
            table.print(out);
        }
        out.flush();
        return 0;
    }
}
