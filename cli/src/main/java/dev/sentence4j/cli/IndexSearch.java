package dev.sentence4j.cli;

import dev.sentence4j.core.cli.ModelOptions;
import dev.sentence4j.cli.output.Json;
import dev.sentence4j.cli.output.TextTable;
import dev.sentence4j.core.Embeddings;
import dev.sentence4j.core.SentenceEncoder;
import dev.sentence4j.corpus.index.IndexHit;
import dev.sentence4j.corpus.index.VectorIndex;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** search --index: queries embedded with the index's model, answered by the HNSW graph (or exactly). */
final class IndexSearch {
    private IndexSearch() {}

    static int run(ModelOptions model, boolean modelGiven, Path indexDir, List<String> queries, int topK, boolean exact,
            Integer numCandidates, boolean json, PrintStream out) throws Exception {
        try (VectorIndex index = VectorIndex.open(indexDir)) {
            String indexModel = index.metadata().model();
            if (modelGiven && !model.model.equals(indexModel)) {
                throw new IllegalArgumentException("--model " + model.model + " differs from the model the index was built with ("
                    + indexModel + "); omit --model to use the index's");
            }
            if (!modelGiven) {
                model.model = indexModel;
            }
            try (SentenceEncoder encoder = model.open()) {
                if (encoder.dimension() != index.metadata().dimension()) {
                    throw new IllegalArgumentException("vector dimensions differ: model " + encoder.dimension() + " != index "
                        + index.metadata().dimension());
                }
                Embeddings q = encoder.encodeQuery(queries);
                for (int i = 0; i < queries.size(); i++) {
                    List<IndexHit> hits = index.search(q.row(i), topK, exact,
                        numCandidates != null ? numCandidates : index.defaultCandidates(topK));
                    if (json) {
                        List<Map<String, Object>> list = new ArrayList<>();
                        for (IndexHit h : hits) {
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("id", h.id());
                            m.put("line", h.line());
                            m.put("score", h.score());
                            m.put("text", h.text());
                            list.add(m);
                        }
                        Map<String, Object> obj = new LinkedHashMap<>();
                        obj.put("query", queries.get(i));
                        obj.put("hits", list);
                        Json.printLine(out, obj);
                    } else {
                        out.println("Query: " + queries.get(i));
                        TextTable table = new TextTable(List.of("Rank", "Score", "Line", "Text"), true, true, true, false)
                            .clipLastColumn(100);
                        int rank = 1;
                        for (IndexHit h : hits) {
                            table.add(String.valueOf(rank++), String.format(Locale.ROOT, "%.4f", h.score()),
                                String.valueOf(h.line()), h.text());
                        }
                        table.print(out);
                        out.println();
                    }
                }
            }
        }
        out.flush();
        return 0;
    }

}
