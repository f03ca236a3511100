package dev.sentence4j.tokenizers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Byte-level BPE over arbitrary valid strings: decode(encode(x)) == x (every byte has a token, the
 * decoder maps them back), and the encoding equals HF's.
 */
class ByteLevelPropertiesTest {

    private static final Tokenizer GPT2 = Fixtures.tokenizer(Fixtures.GPT2);
    private static final Tokenizer ROBERTA_STYLE = Fixtures.tokenizer("fixtures/subword/bytelevel-bpe-roberta.json");
    private static final Oracle GPT2_ORACLE = Oracle.plain(Fixtures.path(Fixtures.GPT2), false);

    @Provide
    Arbitrary<String> validText() {
        Arbitrary<String> codePoints = Arbitraries.integers().between(0, 0x10FFFF)
                .filter(c -> c < 0xD800 || c > 0xDFFF).list().ofMaxSize(40).map(l -> {
                    StringBuilder b = new StringBuilder();
                    l.forEach(b::appendCodePoint);
                    return b.toString();
                });
        Arbitrary<String> pieces = Arbitraries.of("Hello", " world", "  ", "\n", "\t", "'s", "'ll", "don't", "123",
                " 4.5", "日本語", "😀", "👩\u200D👩\u200D👧", "é", "e\u0301", "<|endoftext|>", "Ġ", "ĠĠ", "!!", " ?",
                "\u00a0", "\u3000", "x").list().ofMaxSize(25).map(l -> String.join("", l));
        return Arbitraries.oneOf(codePoints, pieces);
    }

    @Property(tries = 300)
    void decodeInvertsEncode(@ForAll("validText") String text) {
        for (Tokenizer t : List.of(GPT2, ROBERTA_STYLE)) {
            Encoding e = t.encode(text, false);
            assertThat(t.decode(e.ids(), false)).as("round trip of '%s'", Parity.show(text)).isEqualTo(text);
        }
    }

    @Property(tries = 150)
    void gpt2MatchesOracle(@ForAll("validText") String text) {
        assertThat(Parity.diff(GPT2.encode(text, false), GPT2_ORACLE.encodeBatch(List.of(text)).get(0)))
                .as("'%s'", Parity.show(text)).isEmpty();
    }
}
