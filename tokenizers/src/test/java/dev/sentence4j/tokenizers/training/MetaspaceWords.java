package dev.sentence4j.tokenizers.training;

import java.util.Map;
import java.util.TreeMap;

/**
 * Word counts as HF's Metaspace pre-tokenizer (replacement '▁', prepend_scheme "always",
 * split true, no normalizer) cuts lines: every ' ' becomes '▁', a '▁' is prepended when the line
 * does not start with one, and the line is cut before every '▁'. A test-side stand-in for the
 * training framework's word counting; the parity test checks its pieces with HF itself.
 */
public final class MetaspaceWords {

    public static final char REPLACEMENT = '\u2581';

    private MetaspaceWords() {
    }

    public static Map<String, Long> count(Iterable<String> lines) {
        Map<String, Long> counts = new TreeMap<>();
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            String s = line.replace(' ', REPLACEMENT);
            if (s.charAt(0) != REPLACEMENT) {
                s = REPLACEMENT + s;
            }
            int start = 0;
            for (int i = 1; i <= s.length(); i++) {
                if (i == s.length() || s.charAt(i) == REPLACEMENT) {
                    counts.merge(s.substring(start, i), 1L, Long::sum);
                    start = i;
                }
            }
        }
        return counts;
    }
}
