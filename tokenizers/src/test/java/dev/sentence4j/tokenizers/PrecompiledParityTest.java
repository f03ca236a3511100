package dev.sentence4j.tokenizers;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Parity with HF tokenizers on real SentencePiece charsmaps (the Precompiled normalizer): Unigram
 * tokenizer.json files in XLM-R's layout whose charsmaps SentencePiece itself built from its
 * nmt_nfkc and nmt_nfkc_cf rules (src/test/resources/fixtures/precompiled,
 * scripts/generate-precompiled-fixture.py). Ids, tokens, offsets and the rest on the diverse
 * corpus, Unicode's NormalizationTest.txt and emoji-test.txt, with and without special tokens.
 */
class PrecompiledParityTest {

    static final String NFKC = "fixtures/precompiled/nmt-nfkc-unigram.json.gz";
    static final String NFKC_CF = "fixtures/precompiled/nmt-nfkc-cf-unigram.json.gz";

    @ParameterizedTest
    @ValueSource(strings = {NFKC, NFKC_CF})
    void diverseCorpus(String file) {
        RealTokenizerParityTest.assertParity(file, ParityCorpus.diverse(), true);
        RealTokenizerParityTest.assertParity(file, ParityCorpus.diverse(), false);
    }

    @ParameterizedTest
    @ValueSource(strings = {NFKC, NFKC_CF})
    void normalizationTestLines(String file) {
        RealTokenizerParityTest.assertParity(file, ParityCorpus.normalizationTest(), true);
    }

    @ParameterizedTest
    @ValueSource(strings = {NFKC, NFKC_CF})
    void emojiTestLines(String file) {
        RealTokenizerParityTest.assertParity(file, ParityCorpus.emojiTest(), true);
    }

    @ParameterizedTest
    @ValueSource(strings = {NFKC, NFKC_CF})
    void awkwardInputs(String file) {
        RealTokenizerParityTest.assertParity(file, List.of("", " ", "   ", "ﬁ", "aﬁb", "①②", "ｈｅｌｌｏ　ｗｏｒｌｄ",
                "e\u0301 E\u0301\u0323", "x  y   z", "\u0000a\u0001b\tc\r\nd", "ǅ ǈ ß İ ΣΑΣ", "Å Ω K ℃ ㍿",
                "가\u11a8 \u1100\u1161\u11a8", "👩🏽‍🚀 🇯🇵 #️⃣", "\u200b\u200d\ufeff", "``quoted'' text", "<mask> x <s>"),
                true);
    }
}
