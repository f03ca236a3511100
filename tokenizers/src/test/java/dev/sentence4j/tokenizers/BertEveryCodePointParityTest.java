package dev.sentence4j.tokenizers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * BertNormalizer and BertPreTokenizer read frozen character classes (unicode/legacy-categories.txt,
 * probed from HF because its Unicode tables are older than the JDK's). This proves the table for
 * every code point: "a" + c + "a" encodes to the same ids, tokens and offsets as HF tokenizers,
 * through the real all-MiniLM-L6-v2 file (clean_text, Chinese characters, accents stripped,
 * lowercase) and through a cased, accent-keeping fixture. Surrogates are left out: Rust strings
 * cannot hold them.
 */
class BertEveryCodePointParityTest {

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.MINILM, "fixtures/bert-accents-nfc-invert.json"})
    void everyCodePointBetweenTwoLetters(String file) {
        Tokenizer mine = Fixtures.tokenizer(file).withTruncation(null).withPadding(null);
        List<String> texts = new ArrayList<>(1 << 16);
        List<String> failures = new ArrayList<>();
        int compared = 0;
        try (Oracle oracle = Oracle.plain(Fixtures.path(file), false)) {
            for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
                if (c < 0xD800 || c > 0xDFFF) {
                    texts.add("a" + Character.toString(c) + "a");
                }
                if (texts.size() == 1 << 16 || c == Character.MAX_CODE_POINT) {
                    compared += texts.size();
                    List<Oracle.Expected> expected = oracle.encodeBatch(texts);
                    for (int i = 0; i < texts.size(); i++) {
                        List<String> d = Parity.diff(mine.encode(texts.get(i), false), expected.get(i));
                        if (!d.isEmpty()) {
                            failures.add(String.format("U+%04X: %s", texts.get(i).codePointAt(1), d));
                        }
                    }
                    texts.clear();
                }
            }
        }
        assertThat(compared).isEqualTo(0x110000 - 0x800);
        assertThat(failures).as(file + ": " + failures.size() + " code points differ; first: "
                + failures.stream().limit(8).toList()).isEmpty();
    }
}
