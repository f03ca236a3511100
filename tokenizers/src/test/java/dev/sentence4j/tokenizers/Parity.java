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
