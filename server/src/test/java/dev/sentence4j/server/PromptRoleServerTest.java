package dev.sentence4j.server;

import static dev.sentence4j.server.ContractTest.assertClose;
import static dev.sentence4j.server.ContractTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sentence4j.core.PromptRole;
import dev.sentence4j.server.backend.EncoderBackend;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The server gives queries and documents the prompts sentence-transformers v5's encode_query and
 * encode_document would: TEI's prompt_name on /embed, and input_type on /v1/embeddings. The
 * expected vector is the library encoding the literally prefixed text, with the prefixes from
 * the model cards (e5: "query: " / "passage: "; bge: its retrieval instruction for queries only;
 * all-MiniLM-L6-v2: none), which PromptRoleCliTest also checks for the CLI. One input per request:
 * the int8 graphs quantize per batch.
 */
class PromptRoleServerTest {
    static final String TEXT = "how much protein should a female eat";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "e5-small-v2-q      | query    | 'query: '",
        "e5-small-v2-q      | document | 'passage: '",
        "e5-small-v2-q      | passage  | 'passage: '",
        "bge-small-en-v1.5-q| query    | 'Represent this sentence for searching relevant passages: '",
        "bge-small-en-v1.5-q| document | ''",
        "all-MiniLM-L6-v2   | query    | ''",
        "all-MiniLM-L6-v2   | search_document | ''",
    })
    void inputTypeAndPromptNameGiveTheRolesPrompt(String model, String inputType, String prefix) {
        EncoderBackend backend = model.equals("all-MiniLM-L6-v2") ? SharedModel.backend() : SharedModel.backend(model);
        float[] expected = backend.encoder().encode(prefix + TEXT);
        try (EmbeddingServer server = EmbeddingServer.start(SharedModel.config(), backend)) {
            Client client = new Client(server.uri());
            Client.Response openAi = client.post("/v1/embeddings", Map.of("input", TEXT, "input_type", inputType));
            assertThat(openAi.status()).as(openAi.body()).isEqualTo(200);
            assertClose(Client.floats(openAi.json().get("data").get(0).get("embedding")), expected);

            Map<String, Object> tei = new HashMap<>(Map.of("inputs", TEXT));
            PromptRole role = inputType.endsWith("query") ? PromptRole.QUERY : PromptRole.DOCUMENT;
            String name = role.promptName(backend.info().prompts());
            if (name != null) {
                tei.put("prompt_name", name);
            }
            Client.Response embed = client.post("/embed", tei);
            assertThat(embed.status()).as(embed.body()).isEqualTo(200);
            assertClose(Client.floats(embed.json().get(0)), expected);
        }
    }

    @Test
    void unknownInputTypeIsNamed() {
        try (EmbeddingServer server = EmbeddingServer.start(SharedModel.config(), SharedModel.backend())) {
            assertError(new Client(server.uri()).post("/v1/embeddings", Map.of("input", "x", "input_type", "question")), 422,
                    "Validation", "`input_type`: expected \"query\" or \"document\"");
        }
    }
}
