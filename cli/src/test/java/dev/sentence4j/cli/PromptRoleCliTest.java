package dev.sentence4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sentence4j.core.SentenceEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code encode --query|--document} and {@code search} give each model the prompt that
 * sentence-transformers v5's encode_query / encode_document would: the expected vector is the
 * library encoding the literally prefixed text, with the prefixes taken from the model cards
 * (e5: "query: " / "passage: "; bge: its retrieval instruction for queries, nothing for passages;
 * all-MiniLM-L6-v2: nothing). One text per run: the int8 graphs quantize per batch.
 */
class PromptRoleCliTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String QUERY = "how much protein should a female eat";
    static final String DOC = "As a general guideline, the average protein requirement for women ages 19 to 70 is 46 grams per day.";
    static final String BGE_QUERY = "Represent this sentence for searching relevant passages: ";
    static final Map<String, SentenceEncoder> ENCODERS = new ConcurrentHashMap<>();

    static SentenceEncoder encoder(String model) {
        return ENCODERS.computeIfAbsent(model, SentenceEncoder::load);
    }

    @AfterAll
    static void close() {
        ENCODERS.values().forEach(SentenceEncoder::close);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "e5-small-v2-q      | --query    | 'query: '",
        "e5-small-v2-q      | --document | 'passage: '",
        "bge-small-en-v1.5-q| --query    | 'Represent this sentence for searching relevant passages: '",
        "bge-small-en-v1.5-q| --document | ''",
        "all-MiniLM-L6-v2   | --query    | ''",
        "all-MiniLM-L6-v2   | --document | ''",
    })
    void encodeGivesTheRolesPrompt(String model, String flag, String prefix) throws Exception {
        CliRun run = CliRun.of("encode", "--model", model, flag, QUERY);
        assertThat(run.exitCode()).as(run.err()).isZero();
        float[] cli = JSON.readValue(run.out().strip(), float[].class);
        assertThat(cli).containsExactly(encoder(model).encode(prefix + QUERY), within(1e-6f));
    }

    @Test
    void searchGivesQueriesAndCorpusTheirPrompts(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus.txt");
        Files.writeString(corpus, DOC + "\n", StandardCharsets.UTF_8);
        for (String[] c : new String[][] {{"e5-small-v2-q", "query: ", "passage: "}, {"bge-small-en-v1.5-q", BGE_QUERY, ""}}) {
            CliRun run = CliRun.of("search", "--json", "--model", c[0], "--corpus", corpus.toString(), QUERY);
            assertThat(run.exitCode()).as(run.err()).isZero();
            JsonNode hit = JSON.readTree(run.out()).get("hits").get(0);
            float[] q = encoder(c[0]).encode(c[1] + QUERY);
            float[] d = encoder(c[0]).encode(c[2] + DOC);
            assertThat(hit.get("score").asDouble()).as(c[0]).isCloseTo(dot(q, d), within(1e-5));
        }
    }

    @Test
    void contradictingPromptOptionsAreUsageErrors() {
        CliRun both = CliRun.of("encode", "--query", "--document", "x");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("--query and --document contradict each other");
        CliRun named = CliRun.of("encode", "--model", "e5-small-v2-q", "--query", "--prompt-name", "passage", "x");
        assertThat(named.exitCode()).isEqualTo(2);
        assertThat(named.err()).contains("--query picks the model's prompt itself");
    }

    static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (double) a[i] * b[i];
        }
        return s;
    }
}
