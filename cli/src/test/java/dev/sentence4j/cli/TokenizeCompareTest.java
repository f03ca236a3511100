package dev.sentence4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sentence4j.core.EmbeddedModels;
import dev.sentence4j.core.ModelLocator;
import dev.sentence4j.hub.HubOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tokenize --compare} on the reference material's examples (004: "The quick brown fox jumps
 * over the lazy dog.", "quicksilver", "happily" / "happiness" / "running" / "runner") with the
 * default model (all-MiniLM-L6-v2, BERT's uncased vocabulary). Character and word counts are
 * hand-counted; the subword tokens come from HF tokenizers (Rust, through DJL) on the same
 * tokenizer.json; the whole-word entry count is read from that file with Jackson.
 */
class TokenizeCompareTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PANGRAM = "The quick brown fox jumps over the lazy dog.";

    private static Path tokenizerJson;
    private static HuggingFaceTokenizer oracle;

    @BeforeAll
    static void oracle() throws IOException {
        tokenizerJson = ModelLocator.resolve(EmbeddedModels.DEFAULT_MODEL, HubOptions.fromEnvironment()).resolve("tokenizer.json");
        oracle = HuggingFaceTokenizer.builder().optTokenizerPath(tokenizerJson)
                .optAddSpecialTokens(false).optTruncation(false).build();
    }

    @AfterAll
    static void closeOracle() {
        oracle.close();
    }

    private static List<String> oracleTokens(String text) {
        return List.of(oracle.encode(text).getTokens());
    }

    private static JsonNode compareJson(String text) throws IOException {
        CliRun run = CliRun.of("tokenize", "--compare", "--json", text);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    private static List<String> strings(JsonNode array) {
        return List.of(JSON.convertValue(array, String[].class));
    }

    @Test
    void pangramHas44CharactersAnd10WordLevelTokens() throws IOException {
        JsonNode c = compareJson(PANGRAM);
        // Hand-counted: 35 letters + 8 spaces + the full stop = 44 characters; the reference lists
        // these 44 but says "43 tokens", which is the length without the final '.'.
        assertThat(c.at("/characters/count").asInt()).isEqualTo(44);
        assertThat(c.at("/characters/tokens")).hasSize(44);
        // 26 lowercase letters (a pangram), plus 'T', ' ' and '.'
        assertThat(c.at("/characters/alphabet_size").asInt()).isEqualTo(29);
        // The reference's 9 words, plus '.' which BERT's BasicTokenizer splits off as punctuation.
        assertThat(strings(c.at("/words/tokens")))
            .containsExactly("The", "quick", "brown", "fox", "jumps", "over", "the", "lazy", "dog", ".");
        assertThat(c.at("/words/count").asInt()).isEqualTo(10);
        assertThat(c.at("/words/unknown")).isEmpty();
        assertThat(strings(c.at("/subwords/tokens"))).isEqualTo(oracleTokens(PANGRAM));
        assertThat(c.at("/subwords/count").asInt()).isEqualTo(10);
        assertThat(c.at("/subwords/special_tokens_added").asInt()).isEqualTo(2); // [CLS] and [SEP]
        assertThat(c.at("/characters_per_word").asDouble()).isEqualTo(4.4);
        assertThat(c.at("/subwords_per_word").asDouble()).isEqualTo(1.0);
    }

    @Test
    void vocabularySizesAreTheModelsWholeWordsAndItsFullVocabulary() throws IOException {
        JsonNode file = JSON.readTree(Files.readString(tokenizerJson));
        Set<String> special = new HashSet<>();
        file.get("added_tokens").forEach(t -> {
            if (t.get("special").asBoolean()) {
                special.add(t.get("content").asText());
            }
        });
        int wholeWords = 0;
        for (Iterator<String> it = file.at("/model/vocab").fieldNames(); it.hasNext(); ) {
            String entry = it.next();
            if (!entry.startsWith("##") && !special.contains(entry)) {
                wholeWords++;
            }
        }
        JsonNode c = compareJson("quicksilver");
        assertThat(c.at("/words/vocabulary_size").asInt()).isEqualTo(wholeWords);
        assertThat(c.at("/subwords/vocabulary_size").asInt()).isEqualTo(30_522); // bert-base-uncased's published vocab_size
    }

    @Test
    void quicksilverIsNoWholeWordAndIsSplitAsHfTokenizersSplitsIt() throws IOException {
        JsonNode c = compareJson("quicksilver");
        List<String> split = oracleTokens("quicksilver");
        assertThat(split).containsExactly("quick", "##sil", "##ver");
        assertThat(c.at("/words/unknown")).hasSize(1);
        assertThat(c.at("/words/unknown/0/word").asText()).isEqualTo("quicksilver");
        assertThat(strings(c.at("/words/unknown/0/subwords"))).isEqualTo(split);
        assertThat(c.at("/characters/count").asInt()).isEqualTo(11);
        assertThat(c.at("/subwords_per_word").asDouble()).isEqualTo(3.0);
    }

    @Test
    void happilyHappinessRunningRunnerAreWholeWordsOfBertUncased() throws IOException {
        // The reference imagines "happi" + "ly"; BERT's uncased vocabulary has all four as entries,
        // which the oracle confirms by encoding each as a single token.
        for (String word : List.of("happily", "happiness", "running", "runner")) {
            JsonNode c = compareJson(word);
            assertThat(oracleTokens(word)).as(word).containsExactly(word);
            assertThat(strings(c.at("/subwords/tokens"))).as(word).isEqualTo(oracleTokens(word));
            assertThat(c.at("/words/unknown")).as(word).isEmpty();
            assertThat(c.at("/characters/count").asInt()).as(word).isEqualTo(word.length());
        }
    }

    @Test
    void unknownWordsInASentenceEachGetTheirOwnSplit() throws IOException {
        String text = "Quicksilver runs, unaffably.";
        JsonNode c = compareJson(text);
        // hand-counted words: Quicksilver runs , unaffably .
        assertThat(strings(c.at("/words/tokens"))).containsExactly("Quicksilver", "runs", ",", "unaffably", ".");
        assertThat(strings(c.at("/subwords/tokens"))).isEqualTo(oracleTokens(text));
        List<String> unknown = c.at("/words/unknown").findValuesAsText("word");
        assertThat(unknown).containsExactly("Quicksilver", "unaffably");
        assertThat(strings(c.at("/words/unknown/0/subwords"))).isEqualTo(oracleTokens("Quicksilver"));
        assertThat(strings(c.at("/words/unknown/1/subwords"))).isEqualTo(oracleTokens("unaffably"));
    }

    @Test
    void tableFits100ColumnsAndShowsTheSplitAndTheSummary() {
        CliRun run = CliRun.of("tokenize", "--compare", PANGRAM, "quicksilver");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).allSatisfy(l -> assertThat(l.codePointCount(0, l.length())).as(l).isLessThanOrEqualTo(100));
        assertThat(run.out()).contains(
            "text: " + PANGRAM,
            "characters  44  T h e ␣ q u i c k",
            "words       10  The  quick  brown  fox  jumps  over  the  lazy  dog  .",
            "subwords    10  the  quick  brown  fox  jumps  over  the  lazy  dog  .",
            "quicksilver         3  quick  ##sil  ##ver",
            "characters      44      4.40          29",
            "words           10      1.00      ",
            "subwords        10      1.00      30,522",
            "whole-word entries of all-MiniLM-L6-v2: entries not starting with '##'");
    }

    @Test
    void inputFileWorksLineByLineEmptyLinesIncluded(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("in.txt");
        Files.writeString(file, "quicksilver\n\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("tokenize", "--compare", "--json", "--input", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(JSON.readTree(lines.get(0)).at("/words/unknown/0/word").asText()).isEqualTo("quicksilver");
        JsonNode empty = JSON.readTree(lines.get(1));
        assertThat(empty.at("/characters/count").asInt()).isZero();
        assertThat(empty.at("/words/count").asInt()).isZero();
        assertThat(empty.get("characters_per_word").isNull()).isTrue();
    }

    @Test
    void pairAndMaxLengthAreRefusedWithAClearMessage() {
        CliRun pair = CliRun.of("tokenize", "--compare", "--pair", "b", "a");
        assertThat(pair.exitCode()).isEqualTo(1);
        assertThat(pair.err()).contains("--compare", "--pair").doesNotContain("\tat ");
        CliRun max = CliRun.of("tokenize", "--compare", "--max-length", "8", "a");
        assertThat(max.exitCode()).isEqualTo(1);
        assertThat(max.err()).contains("--compare", "--max-length 8").doesNotContain("\tat ");
    }
}
