package dev.sentence4j.tokenizers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Properties over arbitrary text (random code points, unpaired surrogates included). */
class PropertiesTest {

    private static final Tokenizer MINILM = Fixtures.tokenizer(Fixtures.MINILM).withTruncation(null).withPadding(null);
    private static final Tokenizer ZH = Fixtures.tokenizer(Fixtures.BGE_ZH);
    private static final Oracle ORACLE = Oracle.plain(Fixtures.path(Fixtures.MINILM), true);

    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<Character> chars = Arbitraries.chars().all(); // every UTF-16 unit: lone surrogates too
        Arbitrary<String> units = chars.list().ofMaxSize(60).map(l -> {
            StringBuilder b = new StringBuilder();
            l.forEach(b::append);
            return b.toString();
        });
        Arbitrary<String> codePoints = Arbitraries.integers().between(0, 0x10FFFF).list().ofMaxSize(40).map(l -> {
            StringBuilder b = new StringBuilder();
            l.forEach(b::appendCodePoint);
            return b.toString();
        });
        Arbitrary<String> words = Arbitraries.of("hello", "wörld", " ", "  ", "日本", "[MASK]", "😀", "é", "e\u0301",
                "!", "\u200b", "ﬁ", "İ").list().ofMaxSize(20).map(l -> String.join("", l));
        return Arbitraries.oneOf(units, codePoints, words);
    }

    @Property(tries = 300)
    void anyStringEncodesWithSaneOutput(@ForAll("anyText") String text) {
        for (Tokenizer t : List.of(MINILM, ZH)) {
            Encoding e = t.encode(text);
            int vocab = t.vocabSize();
            for (int id : e.ids()) {
                assertThat(id).isBetween(0, vocab - 1);
            }
            int[] o = e.offsets();
            int lastStart = 0;
            for (int i = 0; i < e.length(); i++) {
                assertThat(o[2 * i]).isBetween(0, text.length());
                assertThat(o[2 * i + 1]).isBetween(o[2 * i], text.length());
                if (e.specialTokensMask()[i] == 0) {
                    assertThat(o[2 * i]).isGreaterThanOrEqualTo(lastStart);
                    lastStart = o[2 * i];
                }
            }
        }
    }

    @Property(tries = 50)
    void batchEqualsSingle(@ForAll @Size(max = 8) List<@net.jqwik.api.From("anyText") String> texts) {
        List<Encoding> batch = MINILM.encodeBatch(texts);
        for (int i = 0; i < texts.size(); i++) {
            assertThat(batch.get(i)).isEqualTo(MINILM.encode(texts.get(i)));
        }
    }

    @Property(tries = 200)
    void decodeMatchesOracle(@ForAll("anyText") String text) {
        String valid = text.codePoints().filter(c -> c < 0xD800 || c > 0xDFFF)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        int[] ids = MINILM.encode(valid).ids();
        assertThat(MINILM.decode(ids, true)).isEqualTo(ORACLE.decode(ids, true));
        assertThat(MINILM.decode(ids, false)).isEqualTo(ORACLE.decode(ids, false));
    }
}
