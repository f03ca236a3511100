package dev.sentence4j.tokenizers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Parity with HF tokenizers on small hand-designed tokenizer.json files (src/test/resources/
 * fixtures, written by scripts/generate-fixtures.py) that use the components the real BERT files
 * do not: NFC/NFD/NFKC/NFKD, StripAccents, Strip, Replace, Prepend, Lowercase, Whitespace,
 * WhitespaceSplit, Split (every behaviour, invert), Digits, Punctuation, BertProcessing,
 * RobertaProcessing, and added tokens with lstrip/rstrip/single_word/normalized.
 */
class FixtureParityTest {

    static final List<String> EXTRA = List.of(
            "hello <mask> world", "hello    <mask>   world", "<mask>hello", "hll wrld hll", "xhll hllx hll!",
            "a [special]   b", "[special][special]", "  [MASK]  x [MASK]y", "<special> x<special> <special>y",
            "ｈｅｌｌｏ　ｗｏｒｌｄ ① ﬁ", "quick-brown--fox- jumps", "12345 a1b22 2024.", "the...end. x..y",
            "Ünïcödé ñ Ç Å", "``quoted``   spaces", "  leading and trailing  ", "tokenizer unbelievable",
            "É\u0301 e\u0301\u0323 \u1e0b\u0323", "new york 日本語 中文 한국어", "");

    @ParameterizedTest
    @ValueSource(strings = {"fixtures/nfkc-split-digits.json", "fixtures/prepend-whitespace-roberta.json",
            "fixtures/nfd-strip-split-behaviours.json", "fixtures/bert-accents-nfc-invert.json"})
    void matchesOracle(String fixture) {
        Tokenizer mine = Fixtures.tokenizer(fixture);
        List<String> inputs = new ArrayList<>(EXTRA);
        inputs.addAll(ParityCorpus.diverse());
        List<String> norm = ParityCorpus.normalizationTest();
        for (int i = 0; i < norm.size(); i += 7) {
            inputs.add(norm.get(i));
        }
        List<String> failures = new ArrayList<>();
        for (boolean special : new boolean[] {true, false}) {
            try (Oracle oracle = Oracle.plain(Fixtures.path(fixture), special)) {
                List<Oracle.Expected> expected = oracle.encodeBatch(inputs);
                for (int i = 0; i < inputs.size(); i++) {
                    Encoding e = mine.encode(inputs.get(i), special);
                    List<String> d = Parity.diff(e, expected.get(i));
                    if (!d.isEmpty()) {
                        failures.add("'" + Parity.show(inputs.get(i)) + "'\n  " + String.join("\n  ", d));
                    }
                    if (special && i < 200) {
                        String decoded = mine.decode(e.ids(), true);
                        String oracleDecoded = oracle.decode(e.ids(), true);
                        if (!decoded.equals(oracleDecoded)) {
                            failures.add("decode '" + Parity.show(inputs.get(i)) + "': mine '" + decoded + "' oracle '"
                                    + oracleDecoded + "'");
                        }
                    }
                }
                for (int i = 0; i + 1 < EXTRA.size(); i++) {
                    List<String> d = Parity.diff(mine.encodePair(EXTRA.get(i), EXTRA.get(i + 1), special),
                            oracle.encodePair(EXTRA.get(i), EXTRA.get(i + 1)));
                    if (!d.isEmpty()) {
                        failures.add("pair '" + EXTRA.get(i) + "' / '" + EXTRA.get(i + 1) + "'\n  " + String.join("\n  ", d));
                    }
                }
            }
        }
        assertThat(failures).as(fixture + ": " + failures.size() + " differ; first: "
                + failures.stream().limit(4).toList()).isEmpty();
    }
}
