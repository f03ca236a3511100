package dev.sentence4j.server;

import static dev.sentence4j.server.ContractTest.assertClose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sentence4j.core.Embeddings;
import dev.sentence4j.core.SentenceEncoder;
import dev.sentence4j.core.similarity.Similarity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real client libraries, in Node, against the server on loopback: the OpenAI Node SDK (openai 6)
 * and Hugging Face's @huggingface/inference 4 (featureExtraction and sentenceSimilarity against a
 * dedicated endpoint, which post to POST /). The build installs them from npm into
 * target/js-clients (scripts/install-js-clients.sh); every answer must equal offline encode.
 */
class ClientLibrariesTest {
    static final Path CLIENTS = Path.of("target", "js-clients");
    static final List<String> TEXTS = List.of("The cat sits outside", "A man is playing guitar", "The new movie is awesome");

    static EmbeddingServer server;
    static SentenceEncoder encoder;
    static Embeddings offline;

    @BeforeAll
    static void start() {
        if (!Files.isDirectory(CLIENTS.resolve("node_modules"))) {
            throw new AssertionError(CLIENTS.resolve("node_modules") + " is missing: the test build installs it"
                    + " (server/scripts/install-js-clients.sh, needs node and npm); run the tests through Maven");
        }
        encoder = SharedModel.backend().encoder();
        offline = encoder.encode(TEXTS);
        server = EmbeddingServer.start(SharedModel.config(), SharedModel.backend());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void openAiNodeSdk() throws Exception {
        JsonNode r = node("openai-client.mjs");
        assertThat(r.get("model").textValue()).isEqualTo("all-MiniLM-L6-v2");
        int tokens = TEXTS.stream().mapToInt(t -> encoder.tokenizer().encode(t).length()).sum();
        assertThat(r.get("usage").get("prompt_tokens").intValue()).isEqualTo(tokens);
        for (String form : List.of("sdkDefault", "float")) {
            for (int i = 0; i < TEXTS.size(); i++) {
                assertClose(Client.floats(r.get(form).get(i)), offline.row(i));
            }
        }
        // Asked for explicitly, base64 comes back undecoded: the little-endian float32 bytes.
        for (int i = 0; i < TEXTS.size(); i++) {
            byte[] bytes = java.util.Base64.getDecoder().decode(r.get("base64").get(i).textValue());
            float[] v = new float[bytes.length / 4];
            java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
            assertClose(v, offline.row(i));
        }
        float[] dims = Client.floats(r.get("dims").get(0));
        // OpenAI's dimensions: the first 64 dimensions, scaled back to unit length.
        float[] expected = java.util.Arrays.copyOf(offline.row(0), 64);
        double norm = ContractTest.norm(expected);
        for (int i = 0; i < expected.length; i++) {
            expected[i] /= (float) norm;
        }
        assertThat(dims).containsExactly(expected, within(1e-5f));
        // all-MiniLM-L6-v2 has no query prompt: input_type query is the plain encoding.
        assertClose(Client.floats(r.get("query").get(0)), offline.row(0));
    }

    @Test
    void huggingFaceInferenceClient() throws Exception {
        JsonNode r = node("hf-client.mjs");
        for (int i = 0; i < TEXTS.size(); i++) {
            assertClose(Client.floats(r.get("features").get(i)), offline.row(i));
        }
        JsonNode scores = r.get("similarity");
        assertThat(scores.size()).isEqualTo(TEXTS.size() - 1);
        for (int i = 1; i < TEXTS.size(); i++) {
            assertThat(scores.get(i - 1).floatValue())
                    .isCloseTo(Similarity.COSINE.score(offline.row(0), offline.row(i)), within(1e-5f));
        }
    }

    static JsonNode node(String script) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("node", CLIENTS.resolve(script).toString(), server.uri().toString(),
                Client.JSON.writeValueAsString(TEXTS)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("node " + script + " did not finish");
        }
        String text = new String(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as("node %s failed; stdout: %s", script, text).isZero();
        return Client.JSON.readTree(text);
    }
}
