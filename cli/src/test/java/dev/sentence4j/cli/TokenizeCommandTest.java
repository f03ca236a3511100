package dev.sentence4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenizeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void knownIdsForTheDefaultModel() throws Exception {
        // Ids published with the issue, produced by HF tokenizers for all-MiniLM-L6-v2.
        CliRun run = CliRun.of("tokenize", "--json", "Walker walked a long walk");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode e = JSON.readTree(run.out());
        assertThat(JSON.convertValue(e.get("ids"), int[].class)).containsExactly(101, 5232, 2939, 1037, 2146, 3328, 102);
        assertThat(JSON.convertValue(e.get("tokens"), String[].class))
            .containsExactly("[CLS]", "walker", "walked", "a", "long", "walk", "[SEP]");
        assertThat(JSON.convertValue(e.get("offsets"), int[][].class)[1]).containsExactly(0, 6);
        assertThat(JSON.convertValue(e.get("attention_mask"), int[].class)).containsOnly(1);
        assertThat(JSON.convertValue(e.get("type_ids"), int[].class)).containsOnly(0);
    }

    @Test
    void inputFileGivesOneObjectPerLineEmptyLinesIncluded(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("in.txt");
        Files.writeString(file, "hello world what a time to be alive!\n\nWalker walked a long walk\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("tokenize", "--json", "--input", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(JSON.convertValue(JSON.readTree(lines.get(0)).get("ids"), int[].class))
            .containsExactly(101, 7592, 2088, 2054, 1037, 2051, 2000, 2022, 4142, 999, 102);
        assertThat(JSON.convertValue(JSON.readTree(lines.get(1)).get("ids"), int[].class)).containsExactly(101, 102);
    }

    @Test
    void maxLengthTruncatesAndKeepsSep() throws Exception {
        CliRun run = CliRun.of("tokenize", "--json", "--max-length", "4", "Walker walked a long walk");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(JSON.convertValue(JSON.readTree(run.out()).get("ids"), int[].class)).containsExactly(101, 5232, 2939, 102);
    }

    @Test
    void defaultTruncationIsTheModelsMaxSeqLength() throws Exception {
        String longText = "word ".repeat(600);
        CliRun run = CliRun.of("tokenize", "--json", longText);
        assertThat(run.exitCode()).as(run.err()).isZero();
        // all-MiniLM-L6-v2's sentence_bert_config.json: max_seq_length 256 (not the file's 128).
        assertThat(JSON.readTree(run.out()).get("ids")).hasSize(256);
    }

    @Test
    void pairGetsTypeIdsOne() throws Exception {
        CliRun run = CliRun.of("tokenize", "--json", "--pair", "a long walk", "Walker walked");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode e = JSON.readTree(run.out());
        assertThat(JSON.convertValue(e.get("ids"), int[].class)).containsExactly(101, 5232, 2939, 102, 1037, 2146, 3328, 102);
        assertThat(JSON.convertValue(e.get("type_ids"), int[].class)).containsExactly(0, 0, 0, 0, 1, 1, 1, 1);
    }

    @Test
    void tableIsReadable() {
        CliRun run = CliRun.of("tokenize", "unaffable");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("token", "id", "offsets", "[CLS]", "##");
    }

    @Test
    void nonUtf8InputNamesTheLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("latin1.txt");
        Files.write(file, new byte[] {'o', 'k', '\n', 'c', 'a', 'f', (byte) 0xE9, '\n'});
        CliRun run = CliRun.of("tokenize", "--input", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("latin1.txt", "line 2", "UTF-8", "0xE9").doesNotContain("\tat ");
    }
}
