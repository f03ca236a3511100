package dev.sentence4j.tokenizers.words;

import dev.sentence4j.tokenizers.Fixtures;
import dev.sentence4j.tokenizers.Tokenizer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The whole-word entries of real vocabularies, counted here straight from the tokenizer.json
 * (read with Jackson, not through our loader), and hand-checked entries.
 */
class WholeWordVocabularyTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Counts the file's model.vocab keys (object or Unigram [piece, score] list) that pass, special tokens left out. */
    private static int countInFile(Path file, Predicate<String> wholeWord) throws IOException {
        JsonNode root = MAPPER.readTree(Files.readString(file));
        Set<String> special = new HashSet<>();
        for (JsonNode t : root.get("added_tokens")) {
            if (t.get("special").asBoolean()) {
                special.add(t.get("content").asText());
            }
        }
        JsonNode vocab = root.get("model").get("vocab");
        Set<String> entries = new HashSet<>();
        if (vocab.isArray()) {
            vocab.forEach(p -> entries.add(p.get(0).asText()));
        } else {
            for (Iterator<String> it = vocab.fieldNames(); it.hasNext(); ) {
                entries.add(it.next());
            }
        }
        return (int) entries.stream().filter(e -> !special.contains(e) && wholeWord.test(e)).count();
    }

    @Test
    void bertUncasedWholeWordsAreTheEntriesWithoutHashHash() throws IOException {
        WholeWordVocabulary v = WholeWordVocabulary.of(Fixtures.tokenizer(Fixtures.MINILM));
        assertThat(v.rule()).isEqualTo(WholeWordVocabulary.Rule.NO_CONTINUATION_PREFIX);
        assertThat(v.marker()).isEqualTo("##");
        assertThat(v.size()).isEqualTo(countInFile(Fixtures.path(Fixtures.MINILM), e -> !e.startsWith("##")));
        // 30,522 entries in all; 5 special tokens and the "##" continuations are not words
        assertThat(v.size()).isBetween(20_000, 30_522 - 5);
        assertThat(v.isWholeWordEntry("quick")).isTrue();
        assertThat(v.isWholeWordEntry("happiness")).isTrue();
        assertThat(v.isWholeWordEntry("##si")).isFalse();
        assertThat(v.isWholeWordEntry("[CLS]")).isFalse();
        assertThat(v.isWholeWordEntry("quicksilver")).isFalse();
        assertThat(v.knowsWordEncodedAs("[UNK]")).isFalse();
    }

    @Test
    void byteLevelBpeWholeWordsStartWithTheSpaceMarker() throws IOException {
        WholeWordVocabulary v = WholeWordVocabulary.of(Fixtures.tokenizer(Fixtures.GPT2));
        assertThat(v.rule()).isEqualTo(WholeWordVocabulary.Rule.WORD_START_MARKER);
        assertThat(v.marker()).isEqualTo("Ġ");
        assertThat(v.size()).isEqualTo(countInFile(Fixtures.path(Fixtures.GPT2),
                e -> e.startsWith("Ġ") && e.length() > 1));
        assertThat(v.isWholeWordEntry("Ġquick")).isTrue();
        assertThat(v.isWholeWordEntry("quick")).isFalse();
        // the first word of a text has no space before it, and is still a known word
        assertThat(v.knowsWordEncodedAs("The")).isTrue();
        assertThat(v.knowsWordEncodedAs("ĠThe")).isTrue();
    }

    @Test
    void sentencePieceWholeWordsStartWithTheMetaspace() throws IOException {
        for (String file : new String[] {"fixtures/subword/unigram-metaspace.json",
                                         "fixtures/subword/bpe-bytefallback-metaspace.json"}) {
            WholeWordVocabulary v = WholeWordVocabulary.of(Fixtures.tokenizer(file));
            assertThat(v.rule()).as(file).isEqualTo(WholeWordVocabulary.Rule.WORD_START_MARKER);
            assertThat(v.marker()).as(file).isEqualTo("▁");
            assertThat(v.size()).as(file).isEqualTo(countInFile(Fixtures.path(file),
                    e -> e.startsWith("▁") && e.length() > 1)).isPositive();
        }
    }

    @Test
    void wordLevelCountsEveryEntry() throws IOException {
        String file = "fixtures/subword/wordlevel-whitespace.json";
        WholeWordVocabulary v = WholeWordVocabulary.of(Fixtures.tokenizer(file));
        assertThat(v.rule()).isEqualTo(WholeWordVocabulary.Rule.EVERY_ENTRY);
        assertThat(v.size()).isEqualTo(countInFile(Fixtures.path(file), e -> true)).isPositive();
    }
}
