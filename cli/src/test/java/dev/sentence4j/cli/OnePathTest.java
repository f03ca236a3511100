package dev.sentence4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sentence4j.core.EncodeOptions;
import dev.sentence4j.core.SentenceEncoder;
import dev.sentence4j.core.input.TokenizedInputs;
import dev.sentence4j.core.testing.TestModels;
import dev.sentence4j.server.EmbeddingServer;
import dev.sentence4j.server.ServerConfig;
import dev.sentence4j.server.backend.EncoderBackend;
import dev.sentence4j.tokenizers.Encoding;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every door sees the same ids for the same text and prompt: the server's /tokenize and /embed,
 * {@code tokenize --model}, {@code encode}, and the corpus encoder ({@code encode --output DIR/}).
 * The model lower-cases in sentence_bert_config.json while its tokenizer keeps case, and has
 * prompts with a default: a door that skipped a step would get [UNK]s or another prompt. The
 * expected ids come from HF tokenizers on the text prepared independently here (Python's
 * {@code (prompt + text).strip().lower()}, for ASCII text).
 */
class OnePathTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEXT = "  Hello World, THIS is Sentence4j.  ";

    static Path dir;
    static Path model;
    static SentenceEncoder encoder;
    static EmbeddingServer server;
    static HuggingFaceTokenizer oracle;

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory("one-path");
        model = TestModels.lowercasingWithPrompts(dir.resolve("model"));
        encoder = SentenceEncoder.load(model);
        server = EmbeddingServer.start(ServerConfig.defaults().withPort(0), new EncoderBackend(encoder, false));
        oracle = HuggingFaceTokenizer.builder().optTokenizerPath(model.resolve("tokenizer.json")).optTruncation(false).build();
    }

    @AfterAll
    static void stop() {
        server.close();
        encoder.close();
        oracle.close();
    }

    /** HF tokenizers' ids for ST's preparation of prompt + text. */
    static int[] expectedIds(String prompt) {
        String prepared = (prompt + TEXT).strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(oracle.encode(prepared).getIds()).mapToInt(Math::toIntExact).toArray();
    }

    /** The vector the model gives for exactly these ids. */
    static float[] vectorOf(int[] ids) {
        int n = ids.length;
        int[] ones = new int[n];
        Arrays.fill(ones, 1);
        Encoding e = Encoding.of(ids, new int[n], new String[n], new int[n], new int[2 * n], new int[n], ones, new int[n], List.of());
        return encoder.encode(new TokenizedInputs(List.of(e), 0), EncodeOptions.defaults()).embeddings().row(0);
    }

    @ParameterizedTest(name = "prompt name {0}")
    @CsvSource({"query,Query: ", "passage,Passage: ", ",Query: "})
    void everyDoorSeesTheSameIds(String promptName, String prompt) throws Exception {
        int[] expected = expectedIds(prompt);
        // the model exercises both rules: without lower-casing its tokenizer sees unknown words
        int[] cased = Arrays.stream(oracle.encode((prompt + TEXT).strip()).getIds()).mapToInt(Math::toIntExact).toArray();
        assertThat(cased).isNotEqualTo(expected);
        assertThat(expected.length).isGreaterThan(10);
        float[] vector = vectorOf(expected);

        // the library
        EncodeOptions options = EncodeOptions.defaults().withPromptName(promptName);
        assertThat(encoder.inputs().encode(TEXT, encoder.inputs().resolvePrompt(null, promptName)).ids()).isEqualTo(expected);
        assertClose(encoder.encode(List.of(TEXT), options).embeddings().row(0), vector);

        // the server: /tokenize and /embed
        String promptField = promptName == null ? "" : ", \"prompt_name\": \"" + promptName + "\"";
        JsonNode tokens = post("/tokenize", "{\"inputs\": " + JSON.writeValueAsString(TEXT) + promptField + "}").get(0);
        int[] served = new int[tokens.size()];
        for (int i = 0; i < served.length; i++) {
            served[i] = tokens.get(i).get("id").asInt();
        }
        assertThat(served).isEqualTo(expected);
        assertClose(floats(post("/embed", "{\"inputs\": " + JSON.writeValueAsString(TEXT) + promptField + "}").get(0)), vector);

        // the CLI: tokenize --model and encode
        List<String> promptArgs = promptName == null ? List.of() : List.of("--prompt-name", promptName);
        CliRun tok = CliRun.of(args(List.of("tokenize", "--model", model.toString(), "--json"), promptArgs, TEXT));
        assertThat(tok.exitCode()).as(tok.err()).isZero();
        assertThat(ints(JSON.readTree(tok.out()).get("ids"))).isEqualTo(expected);
        CliRun enc = CliRun.of(args(List.of("encode", "--model", model.toString()), promptArgs, TEXT));
        assertThat(enc.exitCode()).as(enc.err()).isZero();
        assertClose(floats(JSON.readTree(enc.out().lines().findFirst().orElseThrow())), vector);

        // the corpus encoder
        Path input = dir.resolve("input-" + promptName + ".txt");
        Files.writeString(input, TEXT + "\n");
        Path out = dir.resolve("corpus-" + promptName);
        CliRun corpus = CliRun.of(args(List.of("encode", "--model", model.toString(), "--input", input.toString(),
                "--output", out + "/", "--merge"), promptArgs, null));
        assertThat(corpus.exitCode()).as(corpus.err()).isZero();
        byte[] bytes = Files.readAllBytes(out.resolve("embeddings.npy"));
        Npy npy = Npy.parse(bytes);
        assertThat(npy.descr()).isEqualTo("<f4");
        float[] row = new float[npy.shape()[1]];
        java.nio.ByteBuffer.wrap(bytes, npy.dataOffset(), row.length * 4).order(java.nio.ByteOrder.LITTLE_ENDIAN)
                .asFloatBuffer().get(row);
        assertClose(row, vector);
    }

    private static String[] args(List<String> head, List<String> promptArgs, String text) {
        List<String> all = new ArrayList<>(head);
        all.addAll(promptArgs);
        if (text != null) {
            all.add("--");
            all.add(text);
        }
        return all.toArray(new String[0]);
    }

    private static JsonNode post(String path, String body) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri().resolve(path.substring(1)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static int[] ints(JsonNode array) {
        int[] out = new int[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asInt();
        }
        return out;
    }

    private static float[] floats(JsonNode array) {
        float[] out = new float[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) array.get(i).asDouble();
        }
        return out;
    }

    private static void assertClose(float[] actual, float[] expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).as("dimension %d", i).isCloseTo(expected[i], org.assertj.core.data.Offset.offset(1e-5f));
        }
    }
}
