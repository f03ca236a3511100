package dev.sentence4j.tokenizers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Known cuts of the UnicodeScripts pre-tokenizer: HF's own unit tests
 * (pre_tokenizers/unicode_scripts/pre_tokenizer.rs) and cases worked out by hand from its rules
 * and its table (scripts.rs). Parity over every code point is in UnicodeScriptsParityTest.
 */
class UnicodeScriptsTest {

    /** The fixture's only pre-tokenizer is UnicodeScripts and its model is WordLevel: one token per piece. */
    private static List<String> pieces(String text) {
        Encoding e = Fixtures.tokenizer("fixtures/components/unicodescripts-wordlevel.json").encode(text, false);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < e.length(); i++) {
            out.add(text.substring(e.offsets()[2 * i], e.offsets()[2 * i + 1]));
        }
        return out;
    }

    @Test
    void hfUnitTests() {
        // Hiragana and Han are one script; 。 (U+3002) is Common; Yes is Latin
        assertThat(pieces("どこで生れ。Yes")).containsExactly("どこで生れ", "。", "Yes");
        // ' ' has no script: it stays with the piece before it
        assertThat(pieces("Apples are りんご 林檎")).containsExactly("Apples are ", "りんご 林檎");
    }

    @Test
    void commonAndInheritedAreScriptsOfTheirOwn() {
        assertThat(pieces("a1b")).containsExactly("a", "1", "b");
        assertThat(pieces("$5.00")).containsExactly("$5.00");
        assertThat(pieces("e\u0301t\u00e9")).containsExactly("e", "\u0301", "t\u00e9");
        assertThat(pieces("Hello, world!")).containsExactly("Hello", ", ", "world", "!");
    }

    @Test
    void japaneseIsOneScript() {
        // Katakana, Hiragana, Han and U+30FC (prolonged sound mark, Common in Unicode, Han per fixed_script)
        assertThat(pieces("カーナビは東京")).containsExactly("カーナビは東京");
        // U+30FB (katakana middle dot) stays Common; Hangul is its own script
        assertThat(pieces("ジョン・スミス한국")).containsExactly("ジョン", "・", "スミス", "한국");
        assertThat(pieces("Привет мир and Ελλάδα")).containsExactly("Привет мир ", "and ", "Ελλάδα");
    }

    @Test
    void charactersWithoutScriptNeverCut() {
        // only ' ' (U+0020) is Any among ASCII: a tab is Common and cuts
        assertThat(pieces("a b\tc")).containsExactly("a b", "\t", "c");
        // U+FFFF is not in HF's table (Any); U+1F970 (Unicode 11) neither; U+1F600 is Common
        assertThat(pieces("a\uffffb")).containsExactly("a\uffffb");
        assertThat(pieces("a\ud83e\udd70b")).containsExactly("a\ud83e\udd70b");
        assertThat(pieces("a\ud83d\ude00b")).containsExactly("a", "\ud83d\ude00", "b");
        // U+11FC0 (Tamil Supplement, Unicode 12) is Any in HF's Unicode 9 table, Tamil in the JDK's
        assertThat(pieces("\u0b95\ud807\udfc0a")).containsExactly("\u0b95\ud807\udfc0", "a");
    }

    @Test
    void leadingCharactersWithoutScriptAreDropped() {
        // HF's first cut is at the first character with a script, so what comes before belongs to no piece
        assertThat(pieces("  hello")).containsExactly("hello");
        assertThat(pieces("   ")).isEmpty();
        assertThat(pieces("")).isEmpty();
        assertThat(pieces(" 1 2 x")).containsExactly("1 2 ", "x");
    }

    @Test
    void loneSurrogateIsClassedAsTheReplacementCharacter() {
        // Java-only (Rust strings cannot hold one): as U+FFFD, which is Common
        assertThat(pieces("a\ud800b")).containsExactly("a", "\ud800", "b");
        assertThat(pieces("1\ud800\ufffd2")).containsExactly("1\ud800\ufffd2");
    }
}
