package dev.sentence4j.cli;

import dev.sentence4j.core.cli.ModelOptions;
import dev.sentence4j.cli.io.Utf8Lines;
import dev.sentence4j.cli.output.Json;
import dev.sentence4j.cli.output.ProgressBar;
import dev.sentence4j.cli.output.TextTable;
import dev.sentence4j.core.EncodeOptions;
import dev.sentence4j.core.Embeddings;
import dev.sentence4j.core.ModelInfo;
import dev.sentence4j.core.PromptRole;
import dev.sentence4j.core.SentenceEncoder;
import dev.sentence4j.core.config.ModelKind;
import dev.sentence4j.core.search.Hit;
import dev.sentence4j.core.search.SemanticSearch;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    mixinStandardHelpOptions = true,
    name = "search",
    sortOptions = false,
    description = {
        "Semantic search: find the lines of a corpus closest in meaning to each query.",
        "",
        "Every corpus line and every query is embedded; the hits are the corpus lines with the highest similarity (the model's similarity function, cosine for most), found exactly (no approximate index). Words need not match: \"how do I reset my password\" finds \"Forgot your login? Here is how to change it\".",
        "",
        "With a sparse encoder (SPLADE) as --model, queries and lines become sparse vectors over the vocabulary, ranked by their dot product (the model's similarity); each hit shows the tokens that matched most.",
        "",
        "Queries get the model's query prompt and corpus lines its document prompt (document, else passage, else corpus), as sentence-transformers' encode_query and encode_document do: e5 gets \"query: \" and \"passage: \", bge its query instruction.",
    },
    footer = {
        "",
        "Examples:",
        "  sentence4j search --corpus faq.txt \"how do I reset my password\"",
        "  sentence4j search --corpus faq.txt --top-k 3 --json \"refund policy\" \"shipping time\"",
        "  sentence4j search --index corpus.idx --top-k 10 \"how do I reset my password\"      (see 'sentence4j index build')",
        "  sentence4j search --model ./my-splade-model --corpus faq.txt \"refund policy\"      (sparse vectors: SPLADE)",
    })
final class SearchCommand implements Callable<Integer> {
    @Mixin ModelOptions model;

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "FILE",
        description = "The documents to search, one per line ('-' for stdin). Empty lines are skipped.")
    String corpus;

    @Option(names = "--index", paramLabel = "DIR",
        description = "Search a vector index built by 'sentence4j index build' instead of --corpus (its model is used).")
    java.nio.file.Path index;

    @Option(names = "--exact", description = "With --index: score every vector instead of walking the HNSW graph.")
    boolean exact;

    @Option(names = "--num-candidates", paramLabel = "N",
        description = "With --index: graph candidates rescored per query; more is slower and finds more (default: max(K, 100), x2 for int8, x5 for binary indexes).")
    Integer numCandidates;

    @Option(names = {"-k", "--top-k"}, paramLabel = "K", defaultValue = "5", description = "Hits per query (default ${DEFAULT-VALUE}).")
    int topK;

    @Option(names = "--query-prompt-name", paramLabel = "NAME",
        description = "Prompt for the queries (default: the model's 'query' prompt, if any).")
    String queryPromptName;

    @Option(names = "--corpus-prompt-name", paramLabel = "NAME",
        description = "Prompt for the corpus (default: the model's 'document', else 'passage', else 'corpus' prompt, if any).")
    String corpusPromptName;

    @Option(names = "--json", description = "One JSON object per query: {query, hits:[{line, score, text}]}.")
    boolean json;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "What to search for.")
    List<String> queries;

    @Override
    public Integer call() throws Exception {
        if (topK < 1) {
            throw new IllegalArgumentException("--top-k must be at least 1, got " + topK);
        }
        if ((corpus == null) == (index == null)) {
            throw new IllegalArgumentException("give exactly one of --corpus FILE (exact search of a text file) or --index DIR (a vector index)");
        }
        if (index != null) {
            boolean modelGiven = spec.commandLine().getParseResult().hasMatchedOption("--model");
            return IndexSearch.run(model, modelGiven, index, queries, topK, exact, numCandidates, json, System.out);
        }
        if (exact) {
            throw new IllegalArgumentException("--exact applies to --index; --corpus search is always exact");
        }
        List<String> lines = Utf8Lines.read(corpus, System.in);
        List<String> docs = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                docs.add(lines.get(i));
                lineNumbers.add(i + 1);
            }
        }
        if (docs.isEmpty()) {
            throw new IllegalArgumentException("corpus '" + corpus + "' has no non-empty lines");
        }
        if (ModelKind.of(model.directory()) == ModelKind.SPARSE) {
            return SparseCorpusSearch.run(model, new SparseCorpusSearch.Request(queries, docs, lineNumbers, topK,
                queryPromptName, corpusPromptName, json), System.out);
        }
        try (SentenceEncoder encoder = model.open()) {
            ModelInfo info = encoder.info();
            String qPrompt = pickPrompt(info.prompts(), info.name(), queryPromptName, "--query-prompt-name", PromptRole.QUERY);
            String cPrompt = pickPrompt(info.prompts(), info.name(), corpusPromptName, "--corpus-prompt-name", PromptRole.DOCUMENT);
            Embeddings corpusVectors;
            try (ProgressBar bar = ProgressBar.forTerminal(System.err, "lines", docs.size(), 256)) {
                corpusVectors = encoder.encode(docs, EncodeOptions.defaults().withPromptName(cPrompt)
                    .withProgress((done, total) -> bar.update(done))).embeddings();
            }
            Embeddings queryVectors = encoder.encode(queries, EncodeOptions.defaults().withPromptName(qPrompt)).embeddings();
            List<List<Hit>> results = SemanticSearch.search(queryVectors, corpusVectors, topK, info.similarity());
            PrintStream out = System.out;
            for (int q = 0; q < queries.size(); q++) {
                if (json) {
                    List<Map<String, Object>> hits = new ArrayList<>();
                    for (Hit h : results.get(q)) {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("line", lineNumbers.get(h.corpusId()));
                        m.put("score", h.score());
                        m.put("text", docs.get(h.corpusId()));
                        hits.add(m);
                    }
                    Map<String, Object> obj = new LinkedHashMap<>();
                    obj.put("query", queries.get(q));
                    obj.put("hits", hits);
                    Json.printLine(out, obj);
                } else {
                    out.println("Query: " + queries.get(q));
                    TextTable table = new TextTable(List.of("Rank", "Score", "Line", "Text"), true, true, true, false)
                        .clipLastColumn(100);
                    int rank = 1;
                    for (Hit h : results.get(q)) {
                        table.add(String.valueOf(rank++), String.format(Locale.ROOT, "%.4f", h.score()),
                            String.valueOf(lineNumbers.get(h.corpusId())), docs.get(h.corpusId()));
                    }
                    table.print(out);
                    out.println();
                }
            }
            out.flush();
        }
        return 0;
    }

    /** The explicit prompt name if given (it must exist), else the role's prompt (ST v5's encode_query/encode_document rule). */
    static String pickPrompt(Map<String, String> prompts, String modelName, String explicit, String option, PromptRole role) {
        if (explicit != null) {
            if (!prompts.containsKey(explicit)) {
                throw new IllegalArgumentException(option + " '" + explicit + "' is not a prompt of model " + modelName
                    + "; it has " + (prompts.isEmpty() ? "no prompts" : prompts.keySet()));
            }
            return explicit;
        }
        return role.promptName(prompts);
    }
}
