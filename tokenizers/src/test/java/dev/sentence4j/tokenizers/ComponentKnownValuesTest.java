package dev.sentence4j.tokenizers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sentence4j.tokenizers.decoder.CtcDecoder;
import dev.sentence4j.tokenizers.normalizer.ByteLevelNormalizer;
import dev.sentence4j.tokenizers.normalizer.Nmt;
import dev.sentence4j.tokenizers.normalizer.Normalizer;
import dev.sentence4j.tokenizers.normalizer.Precompiled;
import dev.sentence4j.tokenizers.normalizer.PrecompiledCharsmap;
import dev.sentence4j.tokenizers.pretokenizer.ByteLevel;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed values for the Precompiled, ByteLevel and Nmt normalizers and the CTC decoder
 * (their parity with HF is in PrecompiledParityTest and SubwordFixtureParityTest).
 */
class ComponentKnownValuesTest {

    /**
     * A charsmap built by hand from the Darts-clone unit layout (offset = unit >>> 10 when bit 9
     * is clear, label = low byte, bit 8 = has a leaf, a leaf unit's value = low 31 bits), with
     * two rules: "a" -> "bc" and "x" -> "" (replacement strings "bc\0\0" at offsets 0 and 3).
     */
    static byte[] handBuiltCharsmap() {
        int[] units = new int[2048];
        units[0] = 256 << 10; // root: children at 256 ^ byte
        int a = 256 ^ 'a'; // 0x161
        units[a] = (1024 << 10) | (1 << 8) | 'a'; // offset 1024: its leaf at a ^ 1024
        units[a ^ 1024] = 0x80000000; // leaf, value 0 -> "bc"
        int x = 256 ^ 'x'; // 0x178
        units[x] = (1024 << 10) | (1 << 8) | 'x';
        units[x ^ 1024] = 0x80000000 | 3; // value 3 -> ""
        byte[] strings = "bc\0\0".getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.allocate(4 + 4 * units.length + strings.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(4 * units.length);
        for (int u : units) {
            b.putInt(u);
        }
        b.put(strings);
        return b.array();
    }

    private static String normalize(Normalizer n, String text, List<Integer> spans) {
        NormalizedString s = NormalizedString.of(text);
        n.normalize(s);
        for (int i = 0; i < s.length(); i++) {
            spans.add(s.originalStartOf(i, i + 1));
            spans.add(s.originalEndOf(i, i + 1));
        }
        return s.normalized();
    }

    @Test
    void handBuiltCharsmapRewritesAndKeepsAlignments() {
        Precompiled p = new Precompiled(PrecompiledCharsmap.parse(handBuiltCharsmap()));
        List<Integer> spans = new java.util.ArrayList<>();
        // "a" (0,1) -> "bc": b replaces it, c is inserted after it, both aligned to (0,1);
        // "x" (2,3) -> "": removed, the change folded into the char before it ('-', (1,2))
        assertThat(normalize(p, "a-xz", spans)).isEqualTo("bc-z");
        assertThat(spans).containsExactly(0, 1, 0, 1, 1, 2, 3, 4);
        spans.clear();
        // nothing matches: unchanged
        assertThat(normalize(p, "hello", spans)).isEqualTo("hello");
        assertThat(spans).containsExactly(0, 1, 1, 2, 2, 3, 3, 4, 4, 5);
    }

    @Test
    void corruptHandBuiltCharsmapsAreRefused() {
        byte[] good = handBuiltCharsmap();
        assertThatThrownBy(() -> PrecompiledCharsmap.parse(Arrays.copyOf(good, 4000)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("truncated trie")
                .hasMessageContaining("8192 bytes of trie");
        byte[] badLeaf = good.clone();
        int leaf = 4 + 4 * ((256 ^ 'x') ^ 1024);
        ByteBuffer.wrap(badLeaf).order(ByteOrder.LITTLE_ENDIAN).putInt(leaf, 0x80000000 | 99);
        assertThatThrownBy(() -> PrecompiledCharsmap.parse(badLeaf)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("points at byte 99 of the 4 bytes").hasMessageContaining("past their end");
        byte[] badUtf8 = good.clone();
        badUtf8[badUtf8.length - 4] = (byte) 0xFF;
        assertThatThrownBy(() -> PrecompiledCharsmap.parse(badUtf8)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not valid UTF-8");
    }

    @Test
    void realCharsmapAppliesNfkc() {
        Tokenizer t = Fixtures.tokenizer(PrecompiledParityTest.NFKC);
        // NFKC by hand: fullwidth letters -> ASCII, U+3000 -> ' ', the ligature U+FB01 -> "fi"
        assertThat(t.encode("ｈｅｌｌｏ　ｗｏｒｌｄ", false).tokens()).containsExactly(
                t.encode("hello world", false).tokens());
        assertThat(t.encode("ﬁ", false).tokens()).containsExactly(t.encode("fi", false).tokens());
        // the case-folding rule set lowercases; plain nmt_nfkc does not
        Tokenizer cf = Fixtures.tokenizer(PrecompiledParityTest.NFKC_CF);
        assertThat(cf.encode("HELLO", false).tokens()).containsExactly(cf.encode("hello", false).tokens());
        assertThat(String.join("", t.encode("HELLO", false).tokens())).isEqualTo("\u2581HELLO");
    }

    @Test
    void byteLevelNormalizerWritesUtf8BytesAsGpt2Chars() {
        List<Integer> spans = new java.util.ArrayList<>();
        // 'é' = C3 A9 -> 'Ã' '©' (printable bytes map to themselves); ' ' -> 'Ġ' (U+0120)
        assertThat(normalize(new ByteLevelNormalizer(), "é a", spans)).isEqualTo("Ã©Ġa");
        assertThat(spans).containsExactly(0, 1, 0, 1, 1, 2, 2, 3);
        spans.clear();
        // U+1F600 = F0 9F 98 80 -> ð Ł ĺ Ģ (0x9F, 0x98, 0x80 are among the 68 remapped bytes)
        assertThat(normalize(new ByteLevelNormalizer(), "😀", spans)).isEqualTo("ðŁĺĢ");
        assertThat(spans).containsExactly(0, 2, 0, 2, 0, 2, 0, 2);
    }

    @Test
    void byteLevelNormalizerAndPreTokenizerWriteALoneSurrogateAsReplacementChar() {
        // a Java string can hold a lone surrogate, a Rust string cannot: both ByteLevel stages
        // write U+FFFD = EF BF BD -> 'ï' '¿' '½' (all three printable, so they map to themselves)
        List<Integer> spans = new java.util.ArrayList<>();
        assertThat(normalize(new ByteLevelNormalizer(), "a\uD800b", spans)).isEqualTo("aï¿½b");
        assertThat(spans).containsExactly(0, 1, 1, 2, 1, 2, 1, 2, 2, 3);
        PreTokenizedString pts = PreTokenizedString.of(NormalizedString.of("a\uDC00b"));
        new ByteLevel(false, false, false).preTokenize(pts);
        assertThat(pts.pieces()).hasSize(1);
        assertThat(pts.pieces().get(0).normalized().normalized()).isEqualTo("aï¿½b");
    }

    @Test
    void unigramUnknownScoreIsMinimumMinusTen() {
        // HF models/unigram/model.rs: unk score = min_score - K_UNK_PENALTY (10.0)
        assertThat(dev.sentence4j.tokenizers.model.Unigram.unknownScore(-3.5)).isEqualTo(-13.5);
        // no scores at all: the minimum of none is +infinity, and HF's min_score starts at 0... - 10
        assertThat(dev.sentence4j.tokenizers.model.Unigram.unknownScore(Double.POSITIVE_INFINITY)).isEqualTo(-10.0);
    }

    @Test
    void nmtDropsControlCharsAndMapsSpaces() {
        List<Integer> spans = new java.util.ArrayList<>();
        assertThat(normalize(new Nmt(), "a\u0001b\tc\u200bd\u007f", spans)).isEqualTo("ab c d");
        assertThat(spans).containsExactly(0, 1, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7);
    }

    @Test
    void ctcDecoderCollapsesRepeatsAsHfsOwnSample() {
        // HF decoders/ctc.rs handmade_with_delimiter_sample
        List<String> tokens = List.of("<pad> <pad> h e e l l <pad> l o o o <pad> <pad> | <pad> w o o o r <pad> <pad> l l d"
                .split(" "));
        assertThat(new CtcDecoder("<pad>", "|", true).decodeChain(tokens))
                .containsExactly("h", "e", "l", "l", "o", " ", "w", "o", "r", "l", "d");
        assertThat(new CtcDecoder("<pad>", "|", true).decode(tokens)).isEqualTo("hello world");
    }
}
