package dev.sentence4j.cli;

import dev.sentence4j.cli.io.Utf8Lines;
import dev.sentence4j.cli.output.Json;
import dev.sentence4j.cli.output.TextTable;
import dev.sentence4j.common.error.UsageException;
import dev.sentence4j.core.cli.ModelOptions;
import dev.sentence4j.core.crossencoder.CrossEncoder;
import dev.sentence4j.core.crossencoder.PredictOptions;
import dev.sentence4j.core.crossencoder.RankedDocument;
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
    name = "rerank",
    sortOptions = false,
    description = {
        "Rerank documents for a query with a cross-encoder (sentence-transformers' CrossEncoder.rank).",
        "",
        "A cross-encoder reads the query and each document together and scores how well the document answers the query: slower than comparing embeddings (one model run per document), and more accurate, so it reorders the few dozen candidates a search found. The score is the model's activation of its logit (a probability-like value in (0, 1) for most rerankers: Sigmoid); --raw-scores shows the logit itself.",
        "",
        "The model must be a cross-encoder with one label, e.g. cross-encoder/ms-marco-MiniLM-L6-v2 from the Hugging Face Hub (it ships onnx/model.onnx), or a local directory holding config.json, tokenizer.json and onnx/model.onnx. Query and document are cut together, longest first, at the model's max length (512 tokens for most).",
    },
    footer = {
        "",
        "Examples:",
        "  sentence4j rerank --model cross-encoder/ms-marco-MiniLM-L6-v2 --query \"How many people live in Berlin?\" \\",
        "      \"Berlin has a population of 3,520,031 registered inhabitants.\" \"Berlin is well known for its museums.\"",
        "  sentence4j rerank --model cross-encoder/ms-marco-MiniLM-L6-v2 --query \"refund policy\" --input candidates.txt --top-k 5",
        "  sentence4j search --corpus faq.txt --top-k 50 --json \"refund policy\" | jq -r '.hits[].text' \\",
        "      | sentence4j rerank --model cross-encoder/ms-marco-MiniLM-L6-v2 --query \"refund policy\" --input - --top-k 5",
    })
final class RerankCommand implements Callable<Integer> {
    @Mixin ModelOptions model;

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = {"-q", "--query"}, paramLabel = "Q", required = true, description = "The query the documents are ranked for.")
    String query;

    @Option(names = {"-k", "--top-k"}, paramLabel = "K", defaultValue = "0",
        description = "Show the K best documents (default: all).")
    int topK;

    @Option(names = "--input", paramLabel = "FILE",
        description = "The documents, one per line ('-' for stdin), instead of TEXT arguments. Empty lines are skipped; "
            + "JSON output gives each document's line number.")
    String input;

    @Option(names = "--raw-scores", description = "Scores before the model's activation: the logits (text-embeddings-inference's raw_scores).")
    boolean rawScores;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "32",
        description = "Pairs per ONNX batch (default ${DEFAULT-VALUE}); scores do not depend on it.")
    int batchSize;

    @Option(names = "--json", description = "One JSON object: {model, query, results: [{rank, corpus_id, score, text}]} (and line, with --input).")
    boolean json;

    @Parameters(paramLabel = "TEXT", arity = "0..*", description = "The documents to rank (or --input FILE).")
    List<String> texts = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (!spec.commandLine().getParseResult().hasMatchedOption("--model")) {
            throw new UsageException("rerank needs --model: a cross-encoder, e.g. cross-encoder/ms-marco-MiniLM-L6-v2 "
                + "(the default model, " + model.model + ", is an embedding model)");
        }
        if (topK < 0) {
            throw new UsageException("--top-k must be at least 0 (0 = all), found " + topK);
        }
        if (batchSize < 1) {
            throw new UsageException("--batch-size must be at least 1, found " + batchSize);
        }
        if ((input == null) == texts.isEmpty()) {
            throw new UsageException("give the documents either as TEXT arguments or with --input FILE, "
                + (input == null ? "found neither" : "found both"));
        }
        List<String> documents = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        if (input != null) {
            List<String> lines = Utf8Lines.read(input, System.in);
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).isBlank()) {
                    documents.add(lines.get(i));
                    lineNumbers.add(i + 1);
                }
            }
            if (documents.isEmpty()) {
                throw new IllegalArgumentException("input '" + input + "' has no non-empty lines");
            }
        } else {
            documents.addAll(texts);
        }
        try (CrossEncoder encoder = model.openCrossEncoder()) {
            PredictOptions options = PredictOptions.defaults().withBatchSize(batchSize).withApplyActivation(!rawScores);
            List<RankedDocument> ranked = encoder.rank(query, documents, topK, true, options);
            PrintStream out = System.out;
            if (json) {
                List<Map<String, Object>> results = new ArrayList<>();
                int rank = 1;
                for (RankedDocument d : ranked) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("rank", rank++);
                    m.put("corpus_id", d.corpusId());
                    if (input != null) {
                        m.put("line", lineNumbers.get(d.corpusId()));
                    }
                    m.put("score", d.score());
                    m.put("text", d.text());
                    results.add(m);
                }
                Map<String, Object> obj = new LinkedHashMap<>();
                obj.put("model", encoder.info().name());
                obj.put("query", query);
                obj.put("results", results);
                Json.printLine(out, obj);
            } else {
                out.println("Query: " + query);
                out.println();
                TextTable table = new TextTable(List.of("Rank", rawScores ? "Logit" : "Score", "Id", "Text"),
                    true, true, true, false).clipLastColumn(100);
                int rank = 1;
                for (RankedDocument d : ranked) {
                    table.add(String.valueOf(rank++), String.format(Locale.ROOT, "%.4f", d.score()),
                        String.valueOf(d.corpusId()), d.text());
                }
                table.print(out);
            }
            out.flush();
        }
        return 0;
    }
}
