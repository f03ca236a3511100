package dev.sentence4j.tokenizers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Parity with HF tokenizers on the four real tokenizer.json files: the diverse corpus, Unicode's
 * NormalizationTest.txt and emoji-test.txt, with and without special tokens.
 */
class RealTokenizerParityTest {

    static List<String> realFiles() {
        return Fixtures.REAL;
    }

    @ParameterizedTest
    @MethodSource("realFiles")
    void diverseCorpus(String file) {
        List<String> lines = ParityCorpus.diverse();
        assertParity(file, lines, true);
        assertParity(file, lines, false);
    }

    @ParameterizedTest
    @MethodSource("realFiles")
    void normalizationTestLines(String file) {
        assertParity(file, ParityCorpus.normalizationTest(), true);
    }

    @ParameterizedTest
    @MethodSource("realFiles")
    void emojiTestLines(String file) {
        assertParity(file, ParityCorpus.emojiTest(), true);
    }

    static void assertParity(String file, List<String> lines, boolean addSpecialTokens) {
        Tokenizer mine = Fixtures.tokenizer(file).withTruncation(null).withPadding(null);
        List<String> failures = new ArrayList<>();
        try (Oracle oracle = Oracle.plain(Fixtures.path(file), addSpecialTokens)) {
            List<Oracle.Expected> expected = oracle.encodeBatch(lines);
            for (int i = 0; i < lines.size(); i++) {
                List<String> d = Parity.diff(mine.encode(lines.get(i), addSpecialTokens), expected.get(i));
                if (!d.isEmpty()) {
                    failures.add("line " + (i + 1) + " '" + Parity.show(lines.get(i)) + "'\n  " + String.join("\n  ", d));
                }
            }
        }
        assertThat(failures).as(file + ": " + failures.size() + " of " + lines.size() + " lines differ; first: "
                + failures.stream().limit(5).toList()).isEmpty();
    }
}
