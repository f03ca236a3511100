package dev.sentence4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sentence4j.core.search.Hit;
import dev.sentence4j.core.sparse.SparseEncodeOptions;
import dev.sentence4j.core.sparse.SparseEncoder;
import dev.sentence4j.core.sparse.SparseSearch;
import dev.sentence4j.core.sparse.SparseVector;
import dev.sentence4j.core.sparse.WeightedToken;
import dev.sentence4j.core.testing.SpladeTestModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code encode --sparse} and sparse {@code search} on the SPLADE test model, against the library's results. */
class SparseCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> LINES = List.of(
        "A man is eating food.", "The sky is blue today.", "", "Ein Mann isst.", "Birds sing in the old park at dawn.");

    static Path model;
    static SparseEncoder library;

    @BeforeAll
    static void open() {
        model = SpladeTestModel.shared();
        library = SparseEncoder.load(model);
    }

    @AfterAll
    static void close() {
        library.close();
    }

    private static Path input(Path dir) throws Exception {
        Path file = dir.resolve("in.txt");
        Files.writeString(file, String.join("\n", LINES) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    /** The JSON lines as vectors: {"indices":[..],"values":[..]}, nothing else. */
    private static List<SparseVector> parse(String jsonl) throws Exception {
        List<SparseVector> out = new ArrayList<>();
        for (String line : jsonl.lines().toList()) {
            JsonNode n = JSON.readTree(line);
            assertThat(n.properties()).extracting(e -> e.getKey()).containsExactly("indices", "values");
            int[] idx = JSON.treeToValue(n.get("indices"), int[].class);
            float[] val = JSON.treeToValue(n.get("values"), float[].class);
            out.add(new SparseVector(SpladeTestModel.VOCAB, idx, val));
        }
        return out;
    }

    @Test
    void encodeSparseWritesOneLinePerInputInOrderEqualToTheLibrary(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("encode", "--sparse", "--model", model.toString(), "--batch-size", "2", "--input",
            input(dir).toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<SparseVector> written = parse(run.out());
        assertThat(written).hasSize(LINES.size());
        // the shortest round-trip float text reads back to the same floats: equal, not close
        assertThat(written).containsExactlyElementsOf(library.encode(LINES));
    }

    @Test
    void maxActiveDimsAndAnOutputFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("sparse.jsonl");
        CliRun run = CliRun.of("encode", "--sparse", "--model", model.toString(), "--max-active-dims", "16", "--input",
            input(dir).toString(), "--output", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        List<SparseVector> written = parse(Files.readString(out));
        assertThat(written).containsExactlyElementsOf(library.encode(LINES, SparseEncodeOptions.defaults().withMaxActiveDims(16)));
        assertThat(written).allSatisfy(v -> assertThat(v.size()).isEqualTo(16));
    }

    @Test
    void queryAndDocumentRolesUseTheModelsPrompts() throws Exception {
        // the test model's query and document prompts are empty (as naver/splade-v3's): the vectors do not change
        CliRun query = CliRun.of("encode", "--sparse", "--model", model.toString(), "--query", "how do vaccines work");
        assertThat(query.exitCode()).as(query.err()).isZero();
        assertThat(parse(query.out())).containsExactlyElementsOf(library.encode(List.of("how do vaccines work")));
        CliRun prompted = CliRun.of("encode", "--sparse", "--model", model.toString(), "--prompt", "query: ", "vaccines");
        assertThat(parse(prompted.out())).containsExactlyElementsOf(
            library.encode(List.of("vaccines"), SparseEncodeOptions.defaults().withPrompt("query: ")));
    }

    @Test
    void optionsOfDenseVectorsAreRefusedByName(@TempDir Path dir) throws Exception {
        String in = input(dir).toString();
        String m = model.toString();
        assertRefused(CliRun.of("encode", "--sparse", "--model", m, "--format", "csv", "--input", in), 2, "--format csv");
        assertRefused(CliRun.of("encode", "--sparse", "--model", m, "--input", in, "--output", dir.resolve("v.npy").toString()),
            2, "--output " + dir.resolve("v.npy"));
        assertRefused(CliRun.of("encode", "--sparse", "--model", m, "--precision", "int8", "--input", in), 2, "--precision");
        assertRefused(CliRun.of("encode", "--sparse", "--model", m, "--truncate-dim", "8", "--input", in), 2, "--truncate-dim");
        assertRefused(CliRun.of("encode", "--sparse", "--model", m, "--output-value", "token", "--input", in), 2, "--output-value");
        assertRefused(CliRun.of("encode", "--sparse", "--model", m, "--max-active-dims", "0", "--input", in), 2,
            "--max-active-dims must be at least 1, found 0");
        assertRefused(CliRun.of("encode", "--max-active-dims", "5", "--input", in), 2, "--max-active-dims applies to sparse vectors");
    }

    @Test
    void aSparseModelWithoutSparseAndADenseModelWithSparseSayWhatTheModelIs(@TempDir Path dir) throws Exception {
        assertRefused(CliRun.of("encode", "--model", model.toString(), "hello"), 1, "holds a sparse model, not an embedding model: open it with SparseEncoder");
        assertRefused(CliRun.of("encode", "--sparse", "hello"), 1, "holds an embedding model, not a sparse model");
    }

    private static void assertRefused(CliRun run, int code, String message) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(code);
        assertThat(run.err()).contains(message);
        assertThat(run.err().strip().lines()).as("one line, no stack trace").hasSize(1);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void sparseSearchRanksByTheLibrarysDotProduct(@TempDir Path dir) throws Exception {
        Path corpus = input(dir);
        String query = "a man eats a meal";
        CliRun run = CliRun.of("search", "--model", model.toString(), "--corpus", corpus.toString(), "--top-k", "3", "--json", query);
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode result = JSON.readTree(run.out());
        assertThat(result.get("query").asText()).isEqualTo(query);
        JsonNode hits = result.get("hits");

        // the library's ranking over the non-empty lines (the empty line 3 is skipped, as in dense search)
        List<String> docs = LINES.stream().filter(l -> !l.isBlank()).toList();
        List<SparseVector> docVectors = library.encode(docs);
        SparseVector q = library.encode(List.of(query)).get(0);
        List<Hit> expected = SparseSearch.search(q, docVectors, 3, library.similarityFunction());
        assertThat(hits).hasSize(3);
        for (int i = 0; i < 3; i++) {
            JsonNode h = hits.get(i);
            Hit e = expected.get(i);
            assertThat(h.get("text").asText()).isEqualTo(docs.get(e.corpusId()));
            assertThat(h.get("line").asInt()).isEqualTo(LINES.indexOf(docs.get(e.corpusId())) + 1);
            assertThat(h.get("score").floatValue()).isEqualTo(e.score());
            assertThat(e.score()).isEqualTo(q.dot(docVectors.get(e.corpusId())));
            // the matching tokens: the query's and the line's shared tokens with the largest weight products
            List<WeightedToken> tokens = library.decode(q.intersection(docVectors.get(e.corpusId())), 5);
            assertThat(h.get("tokens")).hasSize(tokens.size());
            for (int t = 0; t < tokens.size(); t++) {
                assertThat(h.get("tokens").get(t).get("token").asText()).isEqualTo(tokens.get(t).token());
                assertThat(h.get("tokens").get(t).get("weight").floatValue()).isEqualTo(tokens.get(t).value());
            }
        }
        assertThat(hits.get(0).get("score").asDouble()).isGreaterThanOrEqualTo(hits.get(1).get("score").asDouble());

        CliRun table = CliRun.of("search", "--model", model.toString(), "--corpus", corpus.toString(), "--top-k", "2", query);
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out()).contains("Query: " + query).contains("Matching tokens")
            .contains(docs.get(expected.get(0).corpusId()));
    }

    @Test
    void tokenizeShowsTheSparseModelsTokens() {
        CliRun run = CliRun.of("tokenize", "--model", model.toString(), "--json", "Hello world");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"hello\"").contains("\"world\"");
    }
}
