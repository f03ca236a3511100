package dev.sentence4j.cli;

import dev.sentence4j.cli.output.Json;
import dev.sentence4j.cli.output.TextTable;
import dev.sentence4j.core.cli.ModelOptions;
import dev.sentence4j.core.search.Hit;
import dev.sentence4j.core.sparse.SparseEncodeOptions;
import dev.sentence4j.core.sparse.SparseEncoder;
import dev.sentence4j.core.sparse.SparseSearch;
import dev.sentence4j.core.sparse.SparseVector;
import dev.sentence4j.core.sparse.WeightedToken;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code search --corpus} with a sparse encoder (SPLADE): queries and corpus lines become sparse
 * vectors (with the query and document prompts, as encode_query and encode_document), ranked by
 * the model's similarity (the dot product), exactly. Each hit also shows the tokens that matched
 * most: the shared vocabulary entries with the largest products of the two weights, which sum
 * to the score.
 */
final class SparseCorpusSearch {
    /** Matching tokens shown per hit. */
    static final int TOKENS_PER_HIT = 5;

    private SparseCorpusSearch() {}

    /** The prompt names chosen by the caller (null for none) and the inputs, as SearchCommand read them. */
    record Request(List<String> queries, List<String> docs, List<Integer> lineNumbers, int topK, String queryPromptName,
            String corpusPromptName, boolean json) {}

    static int run(ModelOptions model, Request r, PrintStream out) throws IOException {
        try (SparseEncoder encoder = model.openSparse()) {
            String qPrompt = SearchCommand.pickPrompt(encoder.info().prompts(), encoder.info().name(), r.queryPromptName(),
                "--query-prompt-name", dev.sentence4j.core.PromptRole.QUERY);
            String cPrompt = SearchCommand.pickPrompt(encoder.info().prompts(), encoder.info().name(), r.corpusPromptName(),
                "--corpus-prompt-name", dev.sentence4j.core.PromptRole.DOCUMENT);
            List<SparseVector> corpus = encoder.encode(r.docs(), SparseEncodeOptions.defaults().withPromptName(cPrompt));
            List<SparseVector> queries = encoder.encode(r.queries(), SparseEncodeOptions.defaults().withPromptName(qPrompt));
            for (int q = 0; q < queries.size(); q++) {
                List<Hit> hits = SparseSearch.search(queries.get(q), corpus, r.topK(), encoder.similarityFunction());
                if (r.json()) {
                    List<Map<String, Object>> rows = new ArrayList<>();
                    for (Hit h : hits) {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("line", r.lineNumbers().get(h.corpusId()));
                        m.put("score", h.score());
                        m.put("text", r.docs().get(h.corpusId()));
                        List<Map<String, Object>> tokens = new ArrayList<>();
                        for (WeightedToken t : matching(encoder, queries.get(q), corpus.get(h.corpusId()))) {
                            Map<String, Object> tm = new LinkedHashMap<>();
                            tm.put("token", t.token());
                            tm.put("weight", t.value());
                            tokens.add(tm);
                        }
                        m.put("tokens", tokens);
                        rows.add(m);
                    }
                    Map<String, Object> obj = new LinkedHashMap<>();
                    obj.put("query", r.queries().get(q));
                    obj.put("hits", rows);
                    Json.printLine(out, obj);
                } else {
                    out.println("Query: " + r.queries().get(q));
                    TextTable table = new TextTable(List.of("Rank", "Score", "Line", "Matching tokens", "Text"),
                        true, true, true, false, false).clipLastColumn(100);
                    int rank = 1;
                    for (Hit h : hits) {
                        String tokens = matching(encoder, queries.get(q), corpus.get(h.corpusId())).stream()
                            .map(WeightedToken::token).collect(Collectors.joining(" "));
                        table.add(String.valueOf(rank++), String.format(Locale.ROOT, "%.4f", h.score()),
                            String.valueOf(r.lineNumbers().get(h.corpusId())), tokens, r.docs().get(h.corpusId()));
                    }
                    table.print(out);
                    out.println();
                }
            }
            out.flush();
        }
        return 0;
    }

    /** The shared tokens that contribute most to the dot product, largest first. */
    static List<WeightedToken> matching(SparseEncoder encoder, SparseVector query, SparseVector doc) {
        return encoder.decode(query.intersection(doc), TOKENS_PER_HIT);
    }
}
