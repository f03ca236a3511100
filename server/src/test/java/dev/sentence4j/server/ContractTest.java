package dev.sentence4j.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sentence4j.core.EncodeOptions;
import dev.sentence4j.core.Embeddings;
import dev.sentence4j.core.OutputValue;
import dev.sentence4j.core.SentenceEncoder;
import dev.sentence4j.core.TokenEmbeddings;
import dev.sentence4j.core.similarity.Similarity;
import dev.sentence4j.tokenizers.Encoding;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every route's happy path and TEI's error answers, over real HTTP, against the real model. */
class ContractTest {
    static final List<String> SENTENCES = List.of("The cat sits outside", "A man is playing guitar",
            "The new movie is awesome", "Das ist ein Satz.");
    static final double TOL = 1e-6;

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

    // ---- routes ----

    @Test
    void embedBatchEqualsOfflineEncode() {
        Client.Response r = client.post("/embed", Map.of("inputs", SENTENCES));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        Embeddings offline = encoder.encode(SENTENCES);
        JsonNode rows = r.json();
        assertThat(rows.size()).isEqualTo(SENTENCES.size());
        for (int i = 0; i < SENTENCES.size(); i++) {
            assertClose(Client.floats(rows.get(i)), offline.row(i));
        }
    }

    @Test
    void embedSingleStringAndOptions() {
        JsonNode one = client.post("/embed", Map.of("inputs", "The cat sits outside")).json();
        assertThat(one.size()).isEqualTo(1);
        assertThat(one.get(0).size()).isEqualTo(384);

        Client.Response raw = client.post("/embed", Map.of("inputs", "The cat sits outside", "normalize", false));
        float[] offlineRaw = encoder.encode(List.of("The cat sits outside"), EncodeOptions.defaults().withNormalize(false))
                .embeddings().row(0);
        assertClose(Client.floats(raw.json().get(0)), offlineRaw);

        float[] cut = Client.floats(client.post("/embed", Map.of("inputs", "The cat sits outside", "dimensions", 128)).json().get(0));
        assertThat(cut).hasSize(128);
        assertThat(norm(cut)).isCloseTo(1.0, within(1e-5));
    }

    @Test
    void embedTokenIdsAsInput() {
        int[] ids = encoder.tokenizer().encode("hello world").ids();
        JsonNode byIds = client.post("/embed", Map.of("inputs", List.of(toList(ids)))).json();
        assertClose(Client.floats(byIds.get(0)), encoder.encode(List.of("hello world")).row(0));
    }

    @Test
    void embedAllReturnsTokenEmbeddings() {
        Client.Response r = client.post("/embed_all", Map.of("inputs", List.of("The cat sits outside", "Hi")));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<TokenEmbeddings> offline = encoder.encode(List.of("The cat sits outside", "Hi"),
                EncodeOptions.defaults().withOutputValue(OutputValue.TOKEN)).tokenEmbeddings();
        JsonNode json = r.json();
        for (int i = 0; i < 2; i++) {
            assertThat(json.get(i).size()).isEqualTo(offline.get(i).length());
            for (int t = 0; t < offline.get(i).length(); t++) {
                float[] row = java.util.Arrays.copyOfRange(offline.get(i).data(), t * 384, (t + 1) * 384);
                assertClose(Client.floats(json.get(i).get(t)), row);
            }
        }
    }

    @Test
    void similarityIsCosineToSource() {
        Client.Response r = client.post("/similarity", Map.of("inputs",
                Map.of("source_sentence", SENTENCES.get(0), "sentences", SENTENCES.subList(1, 4))));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        Embeddings offline = encoder.encode(SENTENCES);
        for (int i = 1; i < 4; i++) {
            assertThat(r.json().get(i - 1).floatValue())
                    .isCloseTo(Similarity.COSINE.score(offline.row(0), offline.row(i)), within(1e-5f));
        }
    }

    @Test
    void tokenizeGivesIdsTextSpecialAndByteOffsets() {
        Client.Response r = client.post("/tokenize", Map.of("inputs", "Hello wörld"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        Encoding e = encoder.tokenizer().withTruncation(null).encode("Hello wörld");
        JsonNode tokens = r.json().get(0);
        assertThat(tokens.size()).isEqualTo(e.length());
        assertThat(tokens.get(0).get("special").booleanValue()).isTrue();
        assertThat(tokens.get(0).get("start").isNull()).isTrue();
        for (int i = 0; i < e.length(); i++) {
            assertThat(tokens.get(i).get("id").intValue()).isEqualTo(e.ids()[i]);
        }
        JsonNode hello = tokens.get(1);
        assertThat(hello.get("text").textValue()).isEqualTo("hello");
        assertThat(hello.get("start").intValue()).isZero();
        assertThat(hello.get("stop").intValue()).isEqualTo(5);
        // "wörld": ö is two UTF-8 bytes, so the text ends at byte 12, as TEI counts it.
        assertThat(tokens.get(tokens.size() - 2).get("stop").intValue()).isEqualTo(12);

        JsonNode plain = client.post("/tokenize", Map.of("inputs", List.of("Hello"), "add_special_tokens", false)).json();
        assertThat(plain.get(0).size()).isEqualTo(1);
    }

    @Test
    void decodeRoundTrips() {
        int[] ids = encoder.tokenizer().encode("hello world").ids();
        Client.Response r = client.post("/decode", Map.of("ids", toList(ids)));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get(0).textValue()).isEqualTo("hello world");
        JsonNode two = client.post("/decode", Map.of("ids", List.of(toList(ids), toList(ids)), "skip_special_tokens", false)).json();
        assertThat(two.get(1).textValue()).isEqualTo("[CLS] hello world [SEP]");
    }

    @Test
    void openAiFloatBase64IdsAndUsage() {
        Client.Response r = client.post("/v1/embeddings", Map.of("input", SENTENCES, "model", "all-MiniLM-L6-v2"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode json = r.json();
        assertThat(json.get("object").textValue()).isEqualTo("list");
        assertThat(json.get("model").textValue()).isEqualTo("all-MiniLM-L6-v2");
        int tokens = 0;
        for (String s : SENTENCES) {
            tokens += encoder.tokenizer().encode(s).length();
        }
        assertThat(json.get("usage").get("prompt_tokens").intValue()).isEqualTo(tokens);
        assertThat(json.get("usage").get("total_tokens").intValue()).isEqualTo(tokens);
        Embeddings offline = encoder.encode(SENTENCES);
        for (int i = 0; i < SENTENCES.size(); i++) {
            JsonNode item = json.get("data").get(i);
            assertThat(item.get("object").textValue()).isEqualTo("embedding");
            assertThat(item.get("index").intValue()).isEqualTo(i);
            assertClose(Client.floats(item.get("embedding")), offline.row(i));
        }

        JsonNode b64 = client.post("/v1/embeddings", Map.of("input", "The cat sits outside", "encoding_format", "base64")).json();
        byte[] bytes = Base64.getDecoder().decode(b64.get("data").get(0).get("embedding").textValue());
        float[] decoded = new float[bytes.length / 4];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(decoded);
        assertClose(decoded, offline.row(0));

        int[] ids = encoder.tokenizer().encode("hello world", false).ids();
        JsonNode byIds = client.post("/v1/embeddings", Map.of("input", List.of(toList(ids)), "dimensions", 64)).json();
        assertThat(byIds.get("data").get(0).get("embedding").size()).isEqualTo(64);
    }

    @Test
    void infoHealthMetricsAndPlayground() {
        JsonNode info = client.get("/info").json();
        assertThat(info.get("model_id").textValue()).isEqualTo("all-MiniLM-L6-v2");
        assertThat(info.get("max_input_length").intValue()).isEqualTo(256);
        assertThat(info.get("max_batch_tokens").intValue()).isEqualTo(16384);
        assertThat(info.get("max_client_batch_size").intValue()).isEqualTo(32);
        assertThat(info.get("max_concurrent_requests").intValue()).isEqualTo(512);
        assertThat(info.get("model_type").get("embedding").get("pooling").textValue()).isEqualTo("mean");
        assertThat(info.has("version")).isTrue();

        assertThat(client.get("/health").status()).isEqualTo(200);

        client.post("/embed", Map.of("inputs", "metrics please"));
        Client.Response m = client.get("/metrics");
        assertThat(m.status()).isEqualTo(200);
        assertThat(m.headers().firstValue("content-type").orElse("")).startsWith("text/plain");
        assertThat(m.body()).contains("sentence4j_requests_total{route=\"/embed\",status=\"200\"}")
                .contains("sentence4j_request_duration_seconds_bucket{route=\"/embed\",le=\"+Inf\"}")
                .contains("sentence4j_batch_inputs_count").contains("sentence4j_queue_depth 0");

        Client.Response page = client.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.headers().firstValue("content-type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("sentence4j playground").doesNotContain("http://", "https://");
        assertThat(client.get("/playground/app.js").status()).isEqualTo(200);
        assertThat(client.get("/playground/style.css").status()).isEqualTo(200);
        assertThat(client.get("/playground/missing.js").status()).isEqualTo(404);
    }

    // ---- errors ----

    @Test
    void emptyInputIs422Empty() {
        assertError(client.post("/embed", "{\"inputs\": []}"), 422, "Empty", "`inputs` is empty");
        assertError(client.post("/v1/embeddings", "{\"input\": []}"), 422, "Empty", "`input` is empty");
        assertError(client.post("/embed", "{\"inputs\": \"\"}"), 422, "Validation", "empty string");
    }

    @Test
    void tooManyInputsIs422() {
        List<String> many = java.util.Collections.nCopies(33, "x");
        assertError(client.post("/embed", Map.of("inputs", many)), 422, "Validation", "33 inputs, more than max_client_batch_size 32");
    }

    @Test
    void tooLongWithoutTruncateIs422NamingLimitAndLength() {
        String longText = "word ".repeat(300);
        int tokens = encoder.tokenizer().withTruncation(null).encode(longText.strip()).length();
        assertError(client.post("/embed", Map.of("inputs", longText, "truncate", false)), 422, "Validation",
                "at most 256 tokens (max_input_length), given " + tokens + " tokens");
        Client.Response cut = client.post("/embed", Map.of("inputs", longText, "truncate", true));
        assertThat(cut.status()).as(cut.body()).isEqualTo(200);
        assertClose(Client.floats(cut.json().get(0)), encoder.encode(List.of(longText)).row(0));
    }

    @Test
    void malformedJsonIs400AndWrongTypesAre422NamingTheField() {
        assertError(client.post("/embed", "{\"inputs\": [\"a\""), 400, "Validation", "not valid JSON");
        assertError(client.post("/embed", "not json"), 400, "Validation", "not valid JSON");
        assertError(client.post("/embed", ""), 400, "Validation", "empty");
        assertError(client.post("/embed", "[1, 2]"), 422, "Validation", "expected a JSON object, found an array of 2");
        assertError(client.post("/embed", "{}"), 422, "Validation", "`inputs` is missing");
        assertError(client.post("/embed", "{\"inputs\": 3}"), 422, "Validation", "`inputs`: expected a string");
        assertError(client.post("/embed", "{\"inputs\": [\"a\", 3]}"), 422, "Validation", "`inputs[1]`: expected a string or token ids [int], found a number (3)");
        assertError(client.post("/embed", "{\"inputs\": \"a\", \"normalize\": \"yes\"}"), 422, "Validation",
                "`normalize`: expected a boolean, found a string (\"yes\")");
        assertError(client.post("/embed", "{\"inputs\": \"a\", \"dimensions\": 1000}"), 422, "Validation",
                "`dimensions`: expected at most 384");
        assertError(client.post("/embed", "{\"inputs\": \"a\", \"prompt_name\": \"query\"}"), 422, "Validation",
                "`prompt_name`: expected one of the model's prompts");
        assertError(client.post("/similarity", "{\"inputs\": {\"source_sentence\": \"a\"}}"), 422, "Validation",
                "`sentences` is missing");
        assertError(client.post("/v1/embeddings", "{\"input\": \"a\", \"encoding_format\": \"hex\"}"), 422, "Validation",
                "`encoding_format`: expected \"float\" or \"base64\", found \"hex\"");
        assertError(client.post("/decode", "{\"ids\": [999999]}"), 422, "Tokenizer", "outside the vocabulary [0, 30522)");
        assertError(client.post("/decode", "{\"ids\": [-1]}"), 422, "Validation", "`ids[0]`: expected a token id");
    }

    @Test
    void payloadOverLimitIs413() {
        try (EmbeddingServer small = EmbeddingServer.start(SharedModel.config().withPayloadLimit(1024), SharedModel.backend())) {
            Client c = new Client(small.uri());
            assertError(c.post("/embed", Map.of("inputs", "x".repeat(2000))), 413, "Validation",
                    "larger than the payload limit of 1024 bytes");
            assertThat(c.post("/embed", Map.of("inputs", "small")).status()).isEqualTo(200);
        }
    }

    // ---- helpers ----

    static void assertError(Client.Response r, int status, String type, String messagePart) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        JsonNode json = r.json();
        assertThat(json.get("error_type").textValue()).as(r.body()).isEqualTo(type);
        assertThat(json.get("error").textValue()).contains(messagePart);
    }

    static void assertClose(float[] actual, float[] expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            assertThat((double) actual[i]).as("index %d", i).isCloseTo(expected[i], within(TOL));
        }
    }

    static double norm(float[] v) {
        double s = 0;
        for (float x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    static List<Integer> toList(int[] ids) {
        return java.util.Arrays.stream(ids).boxed().toList();
    }
}
