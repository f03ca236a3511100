package dev.sentence4j.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sentence4j.core.crossencoder.RankedDocument;
import dev.sentence4j.core.crossencoder.TextPair;
import dev.sentence4j.core.sparse.SparseVector;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The routes of the other model kinds from Python's http.client (src/test/python/post_json.py),
 * the way a Python script calls TEI: /rerank and /predict on the test cross-encoders, /embed_sparse
 * on the test SPLADE model; every answer equals the library's.
 */
class PythonClientTest {
    static final Path SCRIPT = Path.of("src", "test", "python", "post_json.py");
    static final String QUERY = "How many people live in Berlin?";
    static final List<String> TEXTS = List.of("Berlin is well known for its museums.",
            "Berlin has a population of 3,520,031 registered inhabitants.", "Das ist ein Satz.");

    static EmbeddingServer reranker;
    static EmbeddingServer classifier;
    static EmbeddingServer sparse;

    @BeforeAll
    static void start() {
        reranker = EmbeddingServer.start(SharedModel.config(), SharedModel.reranker());
        classifier = EmbeddingServer.start(SharedModel.config(), SharedModel.classifier());
        sparse = EmbeddingServer.start(SharedModel.config(), SharedModel.sparse());
    }

    @AfterAll
    static void stop() {
        reranker.close();
        classifier.close();
        sparse.close();
    }

    @Test
    void rerankFromPython() throws Exception {
        JsonNode r = python(reranker, "/rerank", Map.of("query", QUERY, "texts", TEXTS, "return_text", true));
        assertThat(r.get("status").intValue()).isEqualTo(200);
        assertThat(r.get("content_type").textValue()).startsWith("application/json");
        List<RankedDocument> expected = SharedModel.reranker().encoder().rank(QUERY, TEXTS, 0, true);
        JsonNode ranks = r.get("body");
        for (int i = 0; i < expected.size(); i++) {
            assertThat(ranks.get(i).get("index").intValue()).isEqualTo(expected.get(i).corpusId());
            assertThat(ranks.get(i).get("text").textValue()).isEqualTo(expected.get(i).text());
            assertThat(ranks.get(i).get("score").floatValue()).isCloseTo(expected.get(i).score(), within(1e-5f));
        }
    }

    @Test
    void predictFromPython() throws Exception {
        JsonNode r = python(classifier, "/predict", Map.of("inputs", List.of(List.of(QUERY, TEXTS.get(1)), List.of(QUERY))));
        assertThat(r.get("status").intValue()).isEqualTo(200);
        var c3 = SharedModel.classifier().encoder();
        float[][] expected = {c3.predict(List.of(new TextPair(QUERY, TEXTS.get(1)))).row(0),
            c3.predict(List.of(new TextPair(QUERY, null))).row(0)};
        for (int i = 0; i < 2; i++) {
            for (JsonNode p : r.get("body").get(i)) {
                int label = c3.info().labels().indexOf(p.get("label").textValue());
                assertThat(p.get("score").floatValue()).isCloseTo(expected[i][label], within(1e-5f));
            }
        }
    }

    @Test
    void embedSparseFromPython() throws Exception {
        JsonNode r = python(sparse, "/embed_sparse", Map.of("inputs", TEXTS));
        assertThat(r.get("status").intValue()).isEqualTo(200);
        List<SparseVector> expected = SharedModel.sparse().encoder().encode(TEXTS);
        for (int i = 0; i < TEXTS.size(); i++) {
            JsonNode row = r.get("body").get(i);
            assertThat(row.size()).isEqualTo(expected.get(i).size());
            for (int k = 0; k < row.size(); k++) {
                assertThat(row.get(k).get("index").intValue()).isEqualTo(expected.get(i).indices()[k]);
                assertThat(row.get(k).get("value").floatValue()).isCloseTo(expected.get(i).values()[k], within(1e-5f));
            }
        }
    }

    private static JsonNode python(EmbeddingServer server, String path, Object body) throws Exception {
        Process p = new ProcessBuilder("python3", SCRIPT.toString(), Integer.toString(server.port()), path,
                Client.JSON.writeValueAsString(body)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("python3 " + SCRIPT + " did not finish");
        }
        String text = new String(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as("python3 failed; stdout: %s", text).isZero();
        return Client.JSON.readTree(text);
    }
}
