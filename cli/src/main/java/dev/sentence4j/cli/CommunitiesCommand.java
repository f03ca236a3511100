package dev.sentence4j.cli;

import dev.sentence4j.cli.output.Json;
import dev.sentence4j.corpus.mining.CommunityDetection;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    mixinStandardHelpOptions = true,
    name = "communities",
    sortOptions = false,
    description = {
        "Group rows into communities of near-duplicates or paraphrases (sentence-transformers' util.community_detection).",
        "",
        "A row with at least --min-community-size rows (itself included) at cosine >= --threshold is the centre of a community of all those rows. Communities are taken largest first; a row belongs to at most one; a community left smaller than the minimum by earlier ones is dropped. Rows are 0-based; each community lists its centre's closest rows first.",
    },
    footer = {
        "",
        "Examples:",
        "  sentence4j communities --vectors vecs/embeddings.npy --texts corpus.txt --threshold 0.8 --min-community-size 5",
        "  sentence4j communities --index corpus.idx --json",
    })
final class CommunitiesCommand implements Callable<Integer> {
    @Mixin VectorSourceOptions source;

    @Option(names = "--threshold", paramLabel = "T", defaultValue = "0.75", description = "Cosine similarity to join (default ${DEFAULT-VALUE}).")
    float threshold;

    @Option(names = "--min-community-size", paramLabel = "N", defaultValue = "10", description = "Smallest community kept (default ${DEFAULT-VALUE}).")
    int minCommunitySize;

    @Option(names = "--show", paramLabel = "N", defaultValue = "3", description = "Texts printed per community (default ${DEFAULT-VALUE}; text output only).")
    int show;

    @Option(names = "--json", description = "One JSON object per community: {community, size, rows[, texts]}.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        VectorSourceOptions.Loaded in = source.load();
        List<List<Integer>> communities = CommunityDetection.detect(in.embeddings(), threshold, minCommunitySize);
        PrintStream out = System.out;
        for (int c = 0; c < communities.size(); c++) {
            List<Integer> rows = communities.get(c);
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("community", c);
                m.put("size", rows.size());
                m.put("rows", rows);
                if (in.texts() != null) {
                    m.put("texts", rows.stream().map(in.texts()::get).toList());
                }
                Json.printLine(out, m);
            } else {
                out.println("Community " + (c + 1) + " (" + rows.size() + " rows): " + rows);
                if (in.texts() != null) {
                    for (int k = 0; k < Math.min(show, rows.size()); k++) {
                        out.println("  " + in.texts().get(rows.get(k)));
                    }
                }
            }
        }
        if (!json && communities.isEmpty()) {
            out.println("No community of at least " + minCommunitySize + " rows at threshold " + threshold + ".");
        }
        out.flush();
        return 0;
    }
}
