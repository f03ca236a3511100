package dev.sentence4j.tokenizers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Field-by-field comparison of our encodings with the oracle's, with readable differences. */
final class Parity {

    private Parity() {
    }

    /** Differences between {@code mine} and {@code expected}, empty when identical. */
    static List<String> diff(Encoding mine, Oracle.Expected expected) {
        List<String> out = new ArrayList<>();
        diff("", mine, expected, out);
        return out;
    }

    private static void diff(String where, Encoding mine, Oracle.Expected exp, List<String> out) {
        check(where + "tokens", Arrays.toString(mine.tokens()), Arrays.toString(exp.tokens()), out);
        check(where + "ids", Arrays.toString(mine.ids()), Arrays.toString(exp.ids()), out);
        check(where + "typeIds", Arrays.toString(mine.typeIds()), Arrays.toString(exp.typeIds()), out);
        check(where + "offsets", Arrays.toString(mine.offsets()), Arrays.toString(exp.offsets()), out);
        check(where + "wordIds", Arrays.toString(mine.wordIds()), Arrays.toString(exp.wordIds()), out);
        check(where + "specialTokensMask", Arrays.toString(mine.specialTokensMask()),
                Arrays.toString(exp.specialTokensMask()), out);
        check(where + "attentionMask", Arrays.toString(mine.attentionMask()), Arrays.toString(exp.attentionMask()), out);
        if (mine.overflowing().size() != exp.overflowing().size()) {
            out.add(where + "overflowing count: mine " + mine.overflowing().size() + ", oracle "
                    + exp.overflowing().size());
            return;
        }
        for (int i = 0; i < mine.overflowing().size(); i++) {
            diff(where + "overflowing[" + i + "].", mine.overflowing().get(i), exp.overflowing().get(i), out);
        }
    }

    private static void check(String field, String mine, String oracle, List<String> out) {
        if (!mine.equals(oracle)) {
            out.add(field + ":\n    mine   " + abbreviate(mine) + "\n    oracle " + abbreviate(oracle));
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 600 ? s.substring(0, 600) + "..." : s;
    }

    /**
     * Every input encoded with and without special tokens, compared field by field with the oracle;
     * with special tokens also decoded, skipping special tokens and keeping them. Pairs are
     * (texts[i], texts[i + 1]) for i = 0, step, 2 * step, ..., with and without special tokens.
     * One line per difference.
     */
    static List<String> encodeDecodeAndPairs(Tokenizer mine, Oracle oracle, List<String> inputs, List<String> texts,
                                             int step) {
        List<String> failures = new ArrayList<>();
        for (boolean special : new boolean[] {true, false}) {
            List<Oracle.Expected> expected = oracle.encodeBatch(inputs, special);
            for (int i = 0; i < inputs.size(); i++) {
                Encoding e = mine.encode(inputs.get(i), special);
                List<String> d = diff(e, expected.get(i));
                if (!d.isEmpty()) {
                    failures.add("'" + show(inputs.get(i)) + "' special=" + special + "\n  " + String.join("\n  ", d));
                }
                if (special) {
                    for (boolean skip : new boolean[] {true, false}) {
                        String decoded = mine.decode(e.ids(), skip);
                        String oracleDecoded = oracle.decode(e.ids(), skip);
                        if (!decoded.equals(oracleDecoded)) {
                            failures.add("decode skip=" + skip + " '" + show(inputs.get(i)) + "': mine '"
                                    + show(decoded) + "' oracle '" + show(oracleDecoded) + "'");
                        }
                    }
                }
            }
            for (int i = 0; i + 1 < texts.size(); i += step) {
                List<String> d = diff(mine.encodePair(texts.get(i), texts.get(i + 1), special),
                        oracle.encodePair(texts.get(i), texts.get(i + 1), special));
                if (!d.isEmpty()) {
                    failures.add("pair '" + show(texts.get(i)) + "' / '" + show(texts.get(i + 1)) + "' special="
                            + special + "\n  " + String.join("\n  ", d));
                }
            }
        }
        return failures;
    }

    /** Escapes a text for a failure message. */
    static String show(String text) {
        StringBuilder b = new StringBuilder();
        String t = text.length() > 200 ? text.substring(0, 200) + "..." : text;
        t.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || Character.getType(c) == Character.FORMAT
                    || Character.isWhitespace(c) && c != ' ') {
                b.append(String.format("\\u%04X", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }
}
