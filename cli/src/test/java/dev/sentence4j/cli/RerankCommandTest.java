package dev.sentence4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sentence4j.core.crossencoder.CrossEncoder;
import dev.sentence4j.core.crossencoder.PredictOptions;
import dev.sentence4j.core.crossencoder.RankedDocument;
import dev.sentence4j.core.testing.CrossEncoderTestModel;
import dev.sentence4j.core.testing.CrossEncoderTestModel.Spec;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rerank} on the cross-encoder test model: its output is the library's rank, in both formats. */
class RerankCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String QUERY = "How many people live in Berlin?";
    static final List<String> DOCUMENTS = List.of(
            "Berlin had a population of 3,520,031 registered inhabitants in an area of 891.82 square kilometers.",
            "Berlin is well known for its museums.",
            "New York City is famous for the Metropolitan Museum of Art.",
            "The capital of Germany is Berlin, and about 3.7 million people live there today.",
            "Paris");

    @TempDir
    static Path tmp;
    static Path modelDir;
    static CrossEncoder library;

    @BeforeAll
    static void build() {
        modelDir = CrossEncoderTestModel.write(tmp.resolve("reranker"), Spec.reranker());
        library = CrossEncoder.load(modelDir);
    }

    @AfterAll
    static void close() {
        library.close();
    }

    private static List<String> args(String... extra) {
        List<String> a = new ArrayList<>(List.of("rerank", "--model", modelDir.toString(), "--query", QUERY));
        a.addAll(List.of(extra));
        return a;
    }

    private static void assertSameRanking(JsonNode results, List<RankedDocument> expected) {
        assertThat(results).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            JsonNode r = results.get(i);
            assertThat(r.get("rank").asInt()).isEqualTo(i + 1);
            assertThat(r.get("corpus_id").asInt()).isEqualTo(expected.get(i).corpusId());
            assertThat(r.get("score").floatValue()).isEqualTo(expected.get(i).score());
            assertThat(r.get("text").asText()).isEqualTo(DOCUMENTS.get(expected.get(i).corpusId()));
        }
    }

    @Test
    void jsonIsTheLibrarysRank() throws Exception {
        List<String> a = args("--json");
        a.addAll(DOCUMENTS);
        CliRun run = CliRun.of(a.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode out = JSON.readTree(run.out());
        assertThat(out.get("query").asText()).isEqualTo(QUERY);
        assertThat(out.get("model").asText()).isEqualTo(modelDir.toString());
        assertSameRanking(out.get("results"), library.rank(QUERY, DOCUMENTS, 0, true));
    }

    @Test
    void inputFileTopKAndRawScores() throws Exception {
        Path file = tmp.resolve("docs.txt");
        List<String> lines = new ArrayList<>(DOCUMENTS);
        lines.add(2, "   ");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.of(args("--json", "--input", file.toString(), "--top-k", "3", "--raw-scores",
                "--batch-size", "2").toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode results = JSON.readTree(run.out()).get("results");
        List<RankedDocument> expected = library.rank(QUERY, DOCUMENTS, 3, true,
                PredictOptions.defaults().withApplyActivation(false));
        assertSameRanking(results, expected);
        for (JsonNode r : results) {
            int id = r.get("corpus_id").asInt();
            assertThat(r.get("line").asInt()).isEqualTo(id < 2 ? id + 1 : id + 2); // the blank line 3 is skipped
        }
    }

    @Test
    void standardInput() throws Exception {
        InputStream old = System.in;
        try {
            System.setIn(new ByteArrayInputStream((String.join("\n", DOCUMENTS) + "\n").getBytes(StandardCharsets.UTF_8)));
            CliRun run = CliRun.of(args("--json", "--input", "-", "--top-k", "2").toArray(String[]::new));
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertSameRanking(JSON.readTree(run.out()).get("results"), library.rank(QUERY, DOCUMENTS, 2, true));
        } finally {
            System.setIn(old);
        }
    }

    @Test
    void tableListsRankScoreIdAndText() {
        List<String> a = args("--top-k", "2");
        a.addAll(DOCUMENTS);
        CliRun run = CliRun.of(a.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<RankedDocument> expected = library.rank(QUERY, DOCUMENTS, 2, true);
        List<String> out = run.out().lines().toList();
        assertThat(out.get(0)).isEqualTo("Query: " + QUERY);
        assertThat(out.get(2)).containsSubsequence("Rank", "Score", "Id", "Text");
        List<String> rows = out.stream().filter(l -> l.matches("\\s*\\d+\\s+-?\\d+\\.\\d{4}\\s+\\d+\\s+.*")).toList();
        assertThat(rows).hasSize(2);
        for (int i = 0; i < 2; i++) {
            String[] cells = rows.get(i).trim().split("\\s+", 4);
            assertThat(cells[0]).isEqualTo(String.valueOf(i + 1));
            assertThat(cells[1]).isEqualTo(String.format(java.util.Locale.ROOT, "%.4f", expected.get(i).score()));
            assertThat(cells[2]).isEqualTo(String.valueOf(expected.get(i).corpusId()));
            assertThat(cells[3]).isEqualTo(expected.get(i).text());
        }
    }

    @Test
    void mistakesGetOneLineAndTheirExitCode() {
        CliRun noModel = CliRun.of("rerank", "--query", "q", "a", "b");
        assertThat(noModel.exitCode()).isEqualTo(2);
        assertThat(noModel.err()).contains("rerank needs --model: a cross-encoder").doesNotContain("\tat ");

        CliRun embedding = CliRun.of("rerank", "--model", "all-MiniLM-L6-v2", "--query", "q", "a", "b");
        assertThat(embedding.exitCode()).isEqualTo(1);
        assertThat(embedding.err()).contains("holds an embedding model, not a cross-encoder model").doesNotContain("\tat ");

        Path classifier = CrossEncoderTestModel.write(tmp.resolve("classifier"), Spec.classifier());
        CliRun threeLabels = CliRun.of("rerank", "--model", classifier.toString(), "--query", "q", "a", "b");
        assertThat(threeLabels.exitCode()).isEqualTo(2);
        assertThat(threeLabels.err()).contains("ranking needs a model with one label").contains("3 labels");

        CliRun both = CliRun.of(args("--input", "x.txt", "a").toArray(String[]::new));
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("either as TEXT arguments or with --input FILE, found both");

        CliRun neither = CliRun.of(args().toArray(String[]::new));
        assertThat(neither.exitCode()).isEqualTo(2);
        assertThat(neither.err()).contains("found neither");
    }
}
