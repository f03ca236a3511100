package dev.sentence4j.cli;

import dev.sentence4j.core.cli.ModelOptions;
import dev.sentence4j.cli.output.Json;
import dev.sentence4j.cli.output.TextTable;
import dev.sentence4j.core.Embeddings;
import dev.sentence4j.core.SentenceEncoder;
import dev.sentence4j.core.similarity.Similarity;
import dev.sentence4j.viz.cli.SimilarityPlot;
import java.io.PrintStream;
import java.nio.file.Path;
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
    name = "similarity",
    sortOptions = false,
    description = {
        "How close in meaning is the first sentence to each of the others?",
        "",
        "Each sentence becomes one vector; the score is the model's similarity function (cosine for most models: the cosine of the angle between two vectors, 1 means the same direction (same meaning), around 0 means unrelated; a dot product where the model's config says so, as search uses). Scores compare sentences with each other; they are not probabilities.",
        "",
        "With --matrix, every sentence is compared with every other one; --plot draws that matrix as a heatmap.",
    },
    footer = {
        "",
        "Examples:",
        "  sentence4j similarity \"Three years later, the coffin was still full of Jello.\" \\",
        "      \"The person box was packed with jelly many dozens of months later.\" \\",
        "      \"He found a leprechaun in his walnut shell.\"",
        "  sentence4j similarity --matrix --json \"A\" \"B\" \"C\"",
        "  sentence4j similarity --matrix --plot matrix.png \"A\" \"B\" \"C\"",
    })
final class SimilarityCommand implements Callable<Integer> {
    @Mixin ModelOptions model;

    @Option(names = "--matrix", description = "Print the full similarity matrix of all sentences.")
    boolean matrix;

    @Option(names = "--plot", paramLabel = "FILE",
        description = "Also draw the similarity matrix as a labelled heatmap: FILE.png, .svg or .html (implies --matrix).")
    Path plot;

    @Option(names = "--json", description = "Print {\"scores\":[...]} (or {\"matrix\":[[...]]} with --matrix).")
    boolean json;

    @Parameters(paramLabel = "SENTENCE", arity = "2..*",
            description = "Two or more sentences; the first is compared with the rest.")
    List<String> sentences;

    @Override
    public Integer call() throws Exception {
        try (SentenceEncoder encoder = model.open()) {
            Embeddings e = encoder.encode(sentences);
            // The model's similarity function (ST's model.similarity), as search uses it: cosine for
            // most models, a dot product where config_sentence_transformers.json says so.
            Similarity similarity = encoder.info().similarity();
            PrintStream out = System.out;
            if (matrix || plot != null) {
                float[] flat = similarity.matrix(e, e); // [n * n]
                int n = e.rows();
                float[][] m = new float[n][];
                for (int i = 0; i < n; i++) {
                    m[i] = java.util.Arrays.copyOfRange(flat, i * n, (i + 1) * n);
                }
                if (plot != null) {
                    SimilarityPlot.render(sentences, flat, plot);
                    System.err.println("wrote " + plot);
                }
                if (json) {
                    Json.printLine(out, Map.of("matrix", m));
                } else {
                    printMatrix(out, m);
                }
            } else {
                float[] scores = new float[sentences.size() - 1];
                for (int i = 1; i < sentences.size(); i++) {
                    scores[i - 1] = similarity.score(e.row(0), e.row(i));
                }
                if (json) {
                    Json.printLine(out, Map.of("scores", scores));
                } else {
                    printScores(out, scores, similarity);
                }
            }
            out.flush();
        }
        return 0;
    }

    private void printScores(PrintStream out, float[] scores, Similarity similarity) {
        out.println("Query: " + sentences.get(0));
        out.println();
        String header = similarity == Similarity.COSINE ? "Similarity" : "Similarity (" + similarity.configName() + ")";
        TextTable table = new TextTable(List.of("Index", header, "Sentence"), true, true, false)
                .clipLastColumn(100);
        int best = 0;
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
        for (int i = 0; i < scores.length; i++) {
            table.add(String.valueOf(i + 1), String.format(Locale.ROOT, "%.4f", scores[i]),
                    sentences.get(i + 1) + (i == best && scores.length > 1 ? "   <- most similar" : ""));
        }
        table.print(out);
    }

    private void printMatrix(PrintStream out, float[][] m) {
        int n = m.length;
        for (int i = 0; i < n; i++) {
            out.println("[" + i + "] " + sentences.get(i));
        }
        out.println();
        StringBuilder header = new StringBuilder("     ");
        for (int j = 0; j < n; j++) {
            header.append(String.format(Locale.ROOT, "%8s", "[" + j + "]"));
        }
        out.println(header);
        for (int i = 0; i < n; i++) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-5s", "[" + i + "]"));
            for (int j = 0; j < n; j++) {
                row.append(String.format(Locale.ROOT, "%8.4f", m[i][j]));
            }
            out.println(row);
        }
    }
}
