package dev.sentence4j.tokenizers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sentence4j.tokenizers.unicode.Scripts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Our UnicodeScripts pre-tokenizer cuts exactly where HF's does, for every code point: together
 * the two tests prove that our script table (unicode/scripts.txt) and HF's (scripts.rs after
 * fixed_script) are the same partition of all code points (surrogates aside: Rust strings cannot
 * hold them).
 *
 * <p>The fixture (components/unicodescripts-wordlevel.json) has only the UnicodeScripts
 * pre-tokenizer before a WordLevel model, so each piece is one token whose offsets are the piece.
 * For each code point c, "c r" (r a character of c's class in our table, 'a' when we give c no
 * script) is one piece "c r" if c is in r's class, one piece "r" if c has no script (a leading
 * character without a script is dropped), and two pieces otherwise; so equal offsets mean HF puts
 * c where we do. "r s" for the characters of every two of our classes is cut in two by HF too,
 * so our classes are not finer than HF's.
 */
class UnicodeScriptsParityTest {

    private static final String FIXTURE = "fixtures/components/unicodescripts-wordlevel.json";

    /** The first code point of each of our script classes. */
    private static Map<Integer, Integer> firstOfEachClass() {
        Map<Integer, Integer> first = new LinkedHashMap<>();
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            int script = Scripts.of(c);
            if (script != Scripts.ANY && (c < 0xD800 || c > 0xDFFF)) {
                first.putIfAbsent(script, c);
            }
        }
        return first;
    }

    @Test
    void everyCodePointIsInHfsClass() {
        Map<Integer, Integer> reference = firstOfEachClass();
        List<String> texts = new ArrayList<>(1 << 16);
        List<String> failures = new ArrayList<>();
        int compared = 0;
        Tokenizer mine = Fixtures.tokenizer(FIXTURE);
        try (Oracle oracle = Oracle.plain(Fixtures.path(FIXTURE), false)) {
            for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
                if (c >= 0xD800 && c <= 0xDFFF) {
                    continue;
                }
                int script = Scripts.of(c);
                texts.add(Character.toString(c) + Character.toString(script == Scripts.ANY ? 'a' : reference.get(script)));
                if (texts.size() == 1 << 16 || c == Character.MAX_CODE_POINT) {
                    compared += texts.size();
                    compare(mine, oracle, texts, failures);
                    texts.clear();
                }
            }
        }
        assertThat(compared).isEqualTo(0x110000 - 0x800);
        assertThat(failures).as(failures.size() + " code points differ; first: "
                + failures.stream().limit(8).toList()).isEmpty();
    }

    @Test
    void everyTwoClassesAreDistinctInHf() {
        Map<Integer, Integer> reference = firstOfEachClass();
        // HF's Script enum has 138 values; Any is none, and fixed_script folds Hiragana and Katakana into Han
        assertThat(reference).hasSize(135);
        List<String> texts = new ArrayList<>();
        for (int a : reference.values()) {
            for (int b : reference.values()) {
                if (a != b) {
                    texts.add(Character.toString(a) + Character.toString(b));
                }
            }
        }
        Tokenizer mine = Fixtures.tokenizer(FIXTURE);
        List<String> failures = new ArrayList<>();
        try (Oracle oracle = Oracle.plain(Fixtures.path(FIXTURE), false)) {
            compare(mine, oracle, texts, failures);
        }
        for (String t : texts) {
            assertThat(mine.encode(t, false).length()).as(t).isEqualTo(2);
        }
        assertThat(failures).as(failures.size() + " pairs differ; first: " + failures.stream().limit(8).toList())
                .isEmpty();
    }

    private static void compare(Tokenizer mine, Oracle oracle, List<String> texts, List<String> failures) {
        List<Oracle.Expected> expected = oracle.encodeBatch(texts, false);
        for (int i = 0; i < texts.size(); i++) {
            int[] ours = mine.encode(texts.get(i), false).offsets();
            if (!Arrays.equals(ours, expected.get(i).offsets())) {
                failures.add(texts.get(i).codePoints().mapToObj(c -> String.format("U+%04X", c)).toList()
                        + ": ours " + Arrays.toString(ours) + ", HF " + Arrays.toString(expected.get(i).offsets()));
            }
        }
    }
}
