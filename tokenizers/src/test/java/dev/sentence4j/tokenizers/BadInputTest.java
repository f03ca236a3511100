package dev.sentence4j.tokenizers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Caller mistakes and broken files give errors that say what, where and what was expected. */
class BadInputTest {

    private final Tokenizer minilm = Fixtures.tokenizer(Fixtures.MINILM);
    private final String json = Fixtures.text(Fixtures.MINILM);

    @Test
    void nullArgumentsNameTheArgument() {
        assertThatThrownBy(() -> minilm.encode(null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("text");
        assertThatThrownBy(() -> minilm.encodePair("a", null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("b");
        assertThatThrownBy(() -> minilm.encodeBatch(Arrays.asList("a", null))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("texts[1]");
        assertThatThrownBy(() -> minilm.decode(null, true)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ids");
        assertThatThrownBy(() -> Tokenizer.fromFile(null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tokenizerJson");
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS) // a hang guard only, not a timing assertion
    void tenMegabyteStringEncodes() {
        StringBuilder b = new StringBuilder(10_000_100);
        String[] words = {"hello", "wörld", "日本", "naïve", "x1", "!", "😀", "[MASK]", "supercalifragilistic"};
        for (int i = 0; b.length() < 10_000_000; i++) {
            b.append(words[i % words.length]).append(i % 7 == 0 ? "\n" : " ");
        }
        Encoding e = minilm.withTruncation(null).withPadding(null).encode(b.toString());
        assertThat(e.length()).isGreaterThan(1_000_000);
        Encoding oneWord = minilm.withTruncation(null).withPadding(null).encode("a".repeat(10_000_000));
        assertThat(oneWord.tokens()).containsExactly("[CLS]", "[UNK]", "[SEP]");
    }

    @Test
    void malformedJsonNamesFileAndPosition() {
        assertThatThrownBy(() -> Tokenizer.fromJson("{\"model\": ", "broken.json"))
                .isInstanceOf(TokenizerLoadException.class).hasMessageContaining("broken.json").hasMessageContaining("line 1");
    }

    @Test
    void missingVocabularyNamesTheField(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tokenizer.json");
        Files.writeString(file, json.replaceFirst("\"vocab\"", "\"vocabulary\""));
        assertThatThrownBy(() -> Tokenizer.fromFile(file)).isInstanceOf(TokenizerLoadException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("$.model.vocab")
                .hasMessageContaining("expected an object of token to id").hasMessageContaining("found nothing");
    }

    @Test
    void unknownTypeListsSupportedTypes() {
        String broken = json.replace("\"type\":\"BertPreTokenizer\"", "\"type\":\"ByteLevel\"")
                .replace("\"type\": \"BertPreTokenizer\"", "\"type\": \"ByteLevel\"");
        assertThat(broken).contains("ByteLevel");
        assertThatThrownBy(() -> Tokenizer.fromJson(broken, "minilm.json")).isInstanceOf(TokenizerLoadException.class)
                .hasMessageContaining("minilm.json").hasMessageContaining("$.pre_tokenizer.type")
                .hasMessageContaining("'ByteLevel'").hasMessageContaining("BertPreTokenizer, Whitespace");
    }

    @Test
    void wrongFieldTypeSaysExpectedAndFound() {
        String broken = json.replaceFirst("\"lowercase\":\\s*true", "\"lowercase\": \"yes\"");
        assertThatThrownBy(() -> Tokenizer.fromJson(broken, "x.json")).isInstanceOf(TokenizerLoadException.class)
                .hasMessageContaining("$.normalizer.lowercase: expected true or false, found string \"yes\"");
    }

    @Test
    void onlySecondOnASingleSequenceIsRefused() {
        Tokenizer t = minilm.withPadding(null)
                .withTruncation(new Truncation(6, TruncationStrategy.ONLY_SECOND, Direction.RIGHT, 0));
        assertThatThrownBy(() -> t.encode("one two three four five")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ONLY_SECOND");
        assertThat(t.encodePair("one", "two three four").tokens()).containsExactly("[CLS]", "one", "[SEP]", "two", "three", "[SEP]");
    }

    @Test
    void settingsCanBeOverriddenAndRestored() {
        Tokenizer off = minilm.withTruncation(null).withPadding(null);
        assertThat(off.truncation()).isNull();
        assertThat(off.padding()).isNull();
        assertThat(off.encode("hello").length()).isEqualTo(3);
        assertThat(off.withPadding(Padding.longest()).encodeBatch(List.of("hello", "hello world again")))
                .allSatisfy(e -> assertThat(e.length()).isEqualTo(5));
    }
}
