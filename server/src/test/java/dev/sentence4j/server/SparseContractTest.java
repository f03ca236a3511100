package dev.sentence4j.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sentence4j.core.sparse.SparseEncoder;
import dev.sentence4j.core.sparse.SparseVector;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * /embed_sparse over real HTTP against the test SPLADE model (core/testing: MiniLM's real encoder
 * with a seeded MLM head): TEI's shape, every field and error, and vectors equal to the library's
 * SparseEncoder, which core's tests check against an independent computation.
 */
class SparseContractTest {
    static final List<String> TEXTS = List.of("The cat sits outside", "A man is playing guitar",
            "Berlin is the capital of Germany.");
    /** Server batches pad differently from the library's sorted batches; the attention mask makes that a rounding difference. */
    static final double TOL = 1e-5;

    static EmbeddingServer server;
    static Client client;

    @BeforeAll
    static void start() {
        server = EmbeddingServer.start(SharedModel.config(), SharedModel.sparse());
        client = new Client(server.uri());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static SparseEncoder library() {
        return SharedModel.sparse().encoder();
    }

    @Test
    void embedSparseEqualsTheLibrary() {
        Client.Response r = client.post("/embed_sparse", Map.of("inputs", TEXTS));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<SparseVector> expected = library().encode(TEXTS);
        JsonNode rows = r.json();
        assertThat(rows.size()).isEqualTo(TEXTS.size());
        for (int i = 0; i < TEXTS.size(); i++) {
            assertSameVector(rows.get(i), expected.get(i));
        }
        assertThat(r.headers().firstValue("x-compute-tokens")).isPresent();
    }

    @Test
    void aSingleStringAndTokenIdsAreOneInput() {
        SparseVector expected = library().encode(List.of(TEXTS.get(0))).get(0);
        JsonNode single = client.post("/embed_sparse", Map.of("inputs", TEXTS.get(0))).json();
        assertThat(single.size()).isEqualTo(1);
        assertSameVector(single.get(0), expected);
        // token ids are decoded, as /embed does with them
        JsonNode ids = client.post("/embed_sparse", Map.of("inputs", List.of(1996, 4937, 7719, 2648))).json();
        assertSameVector(ids.get(0), library().encode(List.of("the cat sits outside")).get(0));
    }

    @Test
    void indicesAscendAndValuesArePositive() {
        JsonNode row = client.post("/embed_sparse", Map.of("inputs", TEXTS.get(1))).json().get(0);
        assertThat(row.size()).isGreaterThan(0);
        int previous = -1;
        for (JsonNode v : row) {
            assertThat(v.get("index").intValue()).isGreaterThan(previous).isLessThan(30522);
            assertThat(v.get("value").doubleValue()).isGreaterThan(0);
            previous = v.get("index").intValue();
        }
    }

    @Test
    void rootIsEmbedSparseAndInfoSaysSplade() {
        assertThat(client.post("/", Map.of("inputs", TEXTS.get(0))).json())
                .isEqualTo(client.post("/embed_sparse", Map.of("inputs", TEXTS.get(0))).json());
        JsonNode info = client.get("/info").json();
        assertThat(info.get("kind").textValue()).isEqualTo("sparse");
        assertThat(info.get("model_type").get("embedding").get("pooling").textValue()).isEqualTo("splade");
        assertThat(info.get("dimension").intValue()).isEqualTo(30522);
    }

    @Test
    void errorsNameTheFieldOrTheModelsKind() {
        Client.Response embed = client.post("/embed", Map.of("inputs", "a"));
        assertThat(embed.status()).isEqualTo(424);
        assertThat(embed.json().get("error").textValue()).contains("sparse embedding model", "answers /embed_sparse");
        assertThat(client.post("/rerank", Map.of("query", "q", "texts", List.of("a"))).status()).isEqualTo(424);
        Client.Response prompt = client.post("/embed_sparse", Map.of("inputs", "a", "prompt_name", "nope"));
        assertThat(prompt.status()).isEqualTo(422);
        assertThat(prompt.json().get("error").textValue()).contains("`prompt_name`", "nope");
        Client.Response empty = client.post("/embed_sparse", Map.of("inputs", List.of()));
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.json().get("error_type").textValue()).isEqualTo("Empty");
        Client.Response tooLong = client.post("/embed_sparse", Map.of("inputs", "word ".repeat(600), "truncate", false));
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.json().get("error").textValue()).contains("`inputs` must have at most");
        Client.Response onEmbedding = new Client(embeddingServer.uri()).post("/embed_sparse", Map.of("inputs", "a"));
        assertThat(onEmbedding.status()).isEqualTo(424);
        assertThat(onEmbedding.json().get("error").textValue()).contains("is an embedding model");
    }

    static EmbeddingServer embeddingServer;

    @BeforeAll
    static void startEmbedding() {
        embeddingServer = EmbeddingServer.start(SharedModel.config(), SharedModel.backend());
    }

    @AfterAll
    static void stopEmbedding() {
        embeddingServer.close();
    }

    private static void assertSameVector(JsonNode row, SparseVector expected) {
        assertThat(row.size()).isEqualTo(expected.size());
        for (int k = 0; k < expected.size(); k++) {
            assertThat(row.get(k).get("index").intValue()).isEqualTo(expected.indices()[k]);
            assertThat(row.get(k).get("value").doubleValue()).isCloseTo(expected.values()[k], Offset.offset(TOL));
        }
    }
}
