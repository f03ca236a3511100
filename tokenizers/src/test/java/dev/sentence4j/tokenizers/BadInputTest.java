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
        String broken = json.replace("\"type\":\"BertPreTokenizer\"", "\"type\":\"WordPieceSplit\"")
                .replace("\"type\": \"BertPreTokenizer\"", "\"type\": \"WordPieceSplit\"");
        assertThat(broken).contains("WordPieceSplit");
        assertThatThrownBy(() -> Tokenizer.fromJson(broken, "minilm.json")).isInstanceOf(TokenizerLoadException.class)
                .hasMessageContaining("minilm.json").hasMessageContaining("$.pre_tokenizer.type")
                .hasMessageContaining("'WordPieceSplit'").hasMessageContaining("BertPreTokenizer, Whitespace")
                .hasMessageContaining("UnicodeScripts");
    }

    private static final String BPE = "{\"model\": {\"type\": \"BPE\", \"vocab\": {\"a\": 0, \"b\": 1, \"ab\": 2},"
            + " \"merges\": MERGES}, \"normalizer\": NORMALIZER}";

    @Test
    void unsupportedModelTypeListsSupportedOnes() {
        String broken = BPE.replace("\"BPE\"", "\"SentencePieceChar\"").replace("MERGES", "[]")
                .replace("NORMALIZER", "null");
        assertThatThrownBy(() -> Tokenizer.fromJson(broken, "m.json")).isInstanceOf(TokenizerLoadException.class)
                .hasMessageContaining("m.json").hasMessageContaining("$.model.type")
                .hasMessageContaining("'SentencePieceChar'").hasMessageContaining("WordPiece, BPE, Unigram, WordLevel");
    }

    @Test
    void corruptMergesNameTheEntry() {
        String missing = BPE.replace("MERGES", "[\"a b\", \"a c\"]").replace("NORMALIZER", "null");
        assertThatThrownBy(() -> Tokenizer.fromJson(missing, "m.json")).isInstanceOf(TokenizerLoadException.class)
                .hasMessageContaining("$.model.merges[1] 'a c': token 'c' is not in the vocabulary");
        String noSpace = BPE.replace("MERGES", "[\"a b\", \"ab\"]").replace("NORMALIZER", "null");
        assertThatThrownBy(() -> Tokenizer.fromJson(noSpace, "m.json")).isInstanceOf(TokenizerLoadException.class)
                .hasMessageContaining("$.model.merges[1]: expected \"left right\"");
        String badArray = BPE.replace("MERGES", "[[\"a\", \"b\"], [\"a\"]]").replace("NORMALIZER", "null");
        assertThatThrownBy(() -> Tokenizer.fromJson(badArray, "m.json")).isInstanceOf(TokenizerLoadException.class)
                .hasMessageContaining("$.model.merges[1]: expected \"left right\" or [left, right]");
    }

    @Test
    void corruptPrecompiledCharsmapNamesTheField() {
        String badBase64 = BPE.replace("MERGES", "[\"a b\"]")
                .replace("NORMALIZER", "{\"type\": \"Precompiled\", \"precompiled_charsmap\": \"AA*A\"}");
        assertThatThrownBy(() -> Tokenizer.fromJson(badBase64, "spm.json")).isInstanceOf(TokenizerLoadException.class)
                .hasMessageContaining("spm.json").hasMessageContaining("$.normalizer.precompiled_charsmap")
                .hasMessageContaining("expected base64");
        // "AAAA": 3 bytes, not even the uint32 trie size
        String tooShort = badBase64.replace("AA*A", "AAAA");
        assertThatThrownBy(() -> Tokenizer.fromJson(tooShort, "spm.json")).isInstanceOf(TokenizerLoadException.class)
                .hasMessageContaining("$.normalizer.precompiled_charsmap").hasMessageContaining("found 3");
        // a header announcing 4096 bytes of trie followed by 4: truncated
        byte[] blob = {0, 16, 0, 0, 1, 2, 3, 4};
        String truncated = badBase64.replace("AA*A", java.util.Base64.getEncoder().encodeToString(blob));
        assertThatThrownBy(() -> Tokenizer.fromJson(truncated, "spm.json")).isInstanceOf(TokenizerLoadException.class)
                .hasMessageContaining("$.normalizer.precompiled_charsmap").hasMessageContaining("truncated trie")
                .hasMessageContaining("4096 bytes of trie").hasMessageContaining("has 4");
        String missing = BPE.replace("MERGES", "[\"a b\"]").replace("NORMALIZER", "{\"type\": \"Precompiled\"}");
        assertThatThrownBy(() -> Tokenizer.fromJson(missing, "spm.json")).isInstanceOf(TokenizerLoadException.class)
                .hasMessageContaining("$.normalizer.precompiled_charsmap: expected a string, found nothing");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // a hang guard: the cycle used to loop forever
    void cyclicPrecompiledCharsmapFailsAtLoad() {
        // Darts-clone units (see ComponentKnownValuesTest.handBuiltCharsmap): the root's children
        // are at 256 ^ byte; the child for 'a' (unit 256 ^ 97 = 353) has offset 97, so its own
        // children are at 353 ^ 97 = 256 ^ byte again: 'a' leads back to itself
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(4 + 4 * 512).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.putInt(4 * 512);
        int[] units = new int[512];
        units[0] = 256 << 10;
        units[256 ^ 'a'] = (97 << 10) | 'a';
        for (int u : units) {
            b.putInt(u);
        }
        String cyclic = BPE.replace("MERGES", "[\"a b\"]").replace("NORMALIZER",
                "{\"type\": \"Precompiled\", \"precompiled_charsmap\": \""
                        + java.util.Base64.getEncoder().encodeToString(b.array()) + "\"}");
        assertThatThrownBy(() -> Tokenizer.fromJson(cyclic, "spm.json")).isInstanceOf(TokenizerLoadException.class)
                .hasMessageContaining("$.normalizer.precompiled_charsmap")
                .hasMessageContaining("corrupt trie: cycle at unit 353");
    }

    @Test
    void sequenceProcessorAfterAMergingOneIsRefused() {
        String template = "{\"type\": \"TemplateProcessing\", \"single\": [{\"Sequence\": {\"id\": \"A\", \"type_id\": 0}}],"
                + " \"pair\": [{\"Sequence\": {\"id\": \"A\", \"type_id\": 0}}], \"special_tokens\": {}}";
        String base = BPE.replace("MERGES", "[\"a b\"]").replace("NORMALIZER", "null");
        String json = base.substring(0, base.length() - 1) + ", \"post_processor\": {\"type\": \"Sequence\","
                + " \"processors\": [" + template + ", {\"type\": \"ByteLevel\"}]}}";
        assertThatThrownBy(() -> Tokenizer.fromJson(json, "seq.json")).isInstanceOf(TokenizerLoadException.class)
                .hasMessageContaining("seq.json").hasMessageContaining("$.post_processor.processors[0]")
                .hasMessageContaining("TemplateProcessing");
    }

    @Test
    void mergingProcessorInANestedSequenceIsNamedByItsRealPath() {
        String template = "{\"type\": \"TemplateProcessing\", \"single\": [{\"Sequence\": {\"id\": \"A\", \"type_id\": 0}}],"
                + " \"pair\": [{\"Sequence\": {\"id\": \"A\", \"type_id\": 0}}], \"special_tokens\": {}}";
        String byteLevel = "{\"type\": \"ByteLevel\"}";
        String base = BPE.replace("MERGES", "[\"a b\"]").replace("NORMALIZER", "null");
        // flattened: ByteLevel, ByteLevel, Template, ByteLevel; the template sits at
        // processors[1].processors[1].processors[0] (flattened index 2 is no path in this file)
        String json = base.substring(0, base.length() - 1) + ", \"post_processor\": {\"type\": \"Sequence\","
                + " \"processors\": [" + byteLevel + ", {\"type\": \"Sequence\", \"processors\": [" + byteLevel
                + ", {\"type\": \"Sequence\", \"processors\": [" + template + "]}]}, " + byteLevel + "]}}";
        assertThatThrownBy(() -> Tokenizer.fromJson(json, "seq.json")).isInstanceOf(TokenizerLoadException.class)
                .hasMessageContaining("seq.json")
                .hasMessageContaining("$.post_processor.processors[1].processors[1].processors[0] is TemplateProcessing");
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
