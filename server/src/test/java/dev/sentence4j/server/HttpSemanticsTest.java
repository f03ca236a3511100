package dev.sentence4j.server;

import static dev.sentence4j.server.ContractTest.assertClose;
import static dev.sentence4j.server.ContractTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sentence4j.core.Embeddings;
import dev.sentence4j.core.SentenceEncoder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * HTTP as TEI's clients and browsers meet it: POST /, JSON 404 and 405 with Allow, 415 without
 * application/json, trailing data, lone surrogates, TEI's timing headers, auto-truncation.
 */
class HttpSemanticsTest {
    static EmbeddingServer server;
    static Client client;
    static SentenceEncoder encoder;

    @BeforeAll
    static void start() {
        encoder = SharedModel.backend().encoder();
        server = EmbeddingServer.start(SharedModel.config(), SharedModel.backend());
        client = new Client(server.uri());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static RawHttp.Reply raw(String method, String path, String body, String... headers) {
        return RawHttp.send(server.port(), method, path, "127.0.0.1:" + server.port(), body, headers);
    }

    static JsonNode json(RawHttp.Reply r) {
        return new Client.Response(r.status(), r.body(), null).json();
    }

    @Test
    void postRootIsTheEmbeddingModelsEmbed() {
        Client.Response r = client.post("/", Map.of("inputs", ContractTest.SENTENCES));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        Embeddings offline = encoder.encode(ContractTest.SENTENCES);
        for (int i = 0; i < ContractTest.SENTENCES.size(); i++) {
            assertClose(Client.floats(r.json().get(i)), offline.row(i));
        }
        assertThat(ServedTask.of(SharedModel.backend().info()).mainRoute()).isEqualTo("/embed");
        // HF's Inference API shape for sentence-similarity on the same URL.
        Client.Response sim = client.post("/", Map.of("inputs", Map.of("source_sentence", ContractTest.SENTENCES.get(0),
                "sentences", ContractTest.SENTENCES.subList(1, 3))));
        assertThat(sim.status()).as(sim.body()).isEqualTo(200);
        Client.Response direct = client.post("/similarity", Map.of("inputs", Map.of("source_sentence",
                ContractTest.SENTENCES.get(0), "sentences", ContractTest.SENTENCES.subList(1, 3))));
        assertThat(sim.body()).isEqualTo(direct.body());
        assertError(client.post("/", "{\"inputs\": 3}"), 422, "Validation", "`inputs`: expected a string");
    }

    @Test
    void unknownRouteIsJson404AndWrongMethodIsJson405WithAllow() {
        assertError(client.get("/nope"), 404, "NotFound", "no route GET /nope");
        assertError(client.post("/nope", "{}"), 404, "NotFound", "no route POST /nope");

        Client.Response get = client.get("/embed");
        assertError(get, 405, "MethodNotAllowed", "/embed does not answer GET; it answers POST");
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");
        Client.Response post = client.post("/info", "{}");
        assertError(post, 405, "MethodNotAllowed", "it answers GET");
        assertThat(post.headers().firstValue("Allow")).hasValue("GET");
        RawHttp.Reply delete = raw("DELETE", "/", null);
        assertThat(delete.status()).isEqualTo(405);
        assertThat(delete.header("Allow")).isEqualTo("GET, POST");
        // A 404 a handler writes itself keeps its own message.
        assertError(client.get("/playground/missing.js"), 404, "Validation", "no playground file");
        // OPTIONS says what a path answers.
        RawHttp.Reply options = raw("OPTIONS", "/embed", null);
        assertThat(options.status()).isEqualTo(204);
        assertThat(options.header("Allow")).isEqualTo("POST");
    }

    @Test
    void jsonRoutesWantApplicationJson() {
        RawHttp.Reply none = raw("POST", "/embed", "{\"inputs\": \"a\"}");
        assertThat(none.status()).isEqualTo(415);
        assertThat(json(none).get("error").textValue()).contains("`Content-Type: application/json`, found no Content-Type header");
        RawHttp.Reply form = raw("POST", "/v1/embeddings", "{\"input\": \"a\"}", "Content-Type: application/x-www-form-urlencoded");
        assertThat(form.status()).isEqualTo(415);
        assertThat(json(form).get("error_type").textValue()).isEqualTo("UnsupportedMediaType");
        assertThat(json(form).get("error").textValue()).contains("found \"application/x-www-form-urlencoded\"");
        RawHttp.Reply text = raw("POST", "/tokenize", "{\"inputs\": \"a\"}", "Content-Type: text/plain");
        assertThat(text.status()).isEqualTo(415);
        RawHttp.Reply charset = raw("POST", "/embed", "{\"inputs\": \"a\"}", "Content-Type: application/json; charset=utf-8");
        assertThat(charset.status()).as(charset.body()).isEqualTo(200);
    }

    @Test
    void trailingDataAfterTheBodyIs400() {
        assertError(client.post("/embed", "{\"inputs\": \"a\"} xyz"), 400, "Validation", "not valid JSON");
        assertError(client.post("/embed", "{\"inputs\": \"a\"} {\"inputs\": \"b\"}"), 400, "Validation", "Trailing token");
        assertThat(client.post("/embed", "{\"inputs\": \"a\"}  \n").status()).isEqualTo(200);
    }

    @Test
    void loneSurrogateEscapesAreRefusedLikeEmptyText() {
        assertError(client.post("/embed", "{\"inputs\": \"\\udc00\"}"), 422, "Validation",
                "`inputs` has a lone surrogate escape \\udc00 at char 0");
        assertError(client.post("/embed", "{\"inputs\": [\"ok\", \"ab\\ud83d\"]}"), 422, "Validation",
                "`inputs[1]` has a lone surrogate escape \\ud83d at char 2");
        assertError(client.post("/similarity", "{\"inputs\": {\"source_sentence\": \"a\", \"sentences\": [\"\\udfff\"]}}"), 422,
                "Validation", "`inputs.sentences[0]` has a lone surrogate");
        assertError(client.post("/embed", "{\"inputs\": \"\"}"), 422, "Validation", "empty string");
        // A proper pair is text (U+1F600).
        Client.Response pair = client.post("/embed", "{\"inputs\": \"smile \\ud83d\\ude00\"}");
        assertThat(pair.status()).as(pair.body()).isEqualTo(200);
        assertClose(Client.floats(pair.json().get(0)), encoder.encode("smile \uD83D\uDE00"));
    }

    @Test
    void teiTimingHeadersCountCharactersAndTokens() {
        List<String> texts = List.of("The cat sits outside", "Grüße aus Köln 😀");
        for (String route : List.of("/embed", "/v1/embeddings", "/embed_all")) {
            String field = route.equals("/v1/embeddings") ? "input" : "inputs";
            Client.Response r = client.post(route, Map.of(field, texts));
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            // Rust's chars().count(): Unicode scalar values; the emoji is one.
            long chars = texts.stream().mapToLong(t -> t.codePointCount(0, t.length())).sum();
            assertThat(chars).isEqualTo(20 + 16);
            assertThat(r.headers().firstValue("x-compute-characters")).as(route).hasValue(Long.toString(chars));
            long tokens = texts.stream().mapToLong(t -> encoder.tokenizer().encode(t).length()).sum();
            assertThat(r.headers().firstValue("x-compute-tokens")).as(route).hasValue(Long.toString(tokens));
            for (String h : List.of("x-compute-time", "x-total-time", "x-tokenization-time", "x-queue-time", "x-inference-time")) {
                assertThat(r.headers().firstValue(h)).as(route + " " + h).hasValueSatisfying(v -> assertThat(v).matches("\\d+"));
            }
            assertThat(r.headers().firstValue("x-compute-time")).isEqualTo(r.headers().firstValue("x-total-time"));
        }
        Client.Response similarity = client.post("/similarity", Map.of("inputs",
                Map.of("source_sentence", "a b", "sentences", List.of("c", "d e"))));
        assertThat(similarity.headers().firstValue("x-compute-characters")).hasValue("7");
    }

    @Test
    void autoTruncateIsOnByDefaultAndShownInInfo() {
        assertThat(client.get("/info").json().get("auto_truncate").booleanValue()).isTrue();
        String longText = "word ".repeat(300);
        Client.Response cut = client.post("/embed", Map.of("inputs", longText));
        assertThat(cut.status()).as(cut.body()).isEqualTo(200);
        assertClose(Client.floats(cut.json().get(0)), encoder.encode(longText));
        assertThat(cut.headers().firstValue("x-compute-tokens")).hasValue("256");
        assertError(client.post("/embed", Map.of("inputs", longText, "truncate", false)), 422, "Validation",
                "at most 256 tokens (max_input_length)");
        try (EmbeddingServer strict = EmbeddingServer.start(SharedModel.config().withAutoTruncate(false), SharedModel.backend())) {
            Client c = new Client(strict.uri());
            assertThat(c.get("/info").json().get("auto_truncate").booleanValue()).isFalse();
            assertError(c.post("/embed", Map.of("inputs", longText)), 422, "Validation", "send \"truncate\": true to cut it");
            assertError(c.post("/v1/embeddings", Map.of("input", longText)), 422, "Validation", "max_input_length");
            assertThat(c.post("/embed", Map.of("inputs", longText, "truncate", true)).status()).isEqualTo(200);
        }
    }
}
