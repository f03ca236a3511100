package dev.sentence4j.tokenizers.tools;

import dev.sentence4j.tokenizers.tools.UnicodeScriptProbe.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Regenerates src/main/resources/dev/sentence4j/tokenizers/unicode/scripts.txt: the script
 * classes of HF tokenizers' UnicodeScripts pre-tokenizer (its own table, scripts.rs, about
 * Unicode 9, after fixed_script), recovered by probing HF for every code point. Run through
 * scripts/generate-script-table.sh.
 *
 * <p>The JDK's Character.UnicodeScript (folded as fixed_script folds: Hiragana, Katakana and
 * U+30FC into Han, ' ' and unassigned into Any) is only a first guess: each code point c is
 * probed as c + r, r a character of the guessed class, which tells "same class", "Any" or
 * "another class"; the last ones are probed against a character of every class (and the generator
 * fails, naming it, on a code point unlike all of them). The classes' characters are probed
 * pairwise, so the table's classes are exactly HF's, each named after the JDK script of its
 * character.
 */
public final class GenerateScriptTable {

    static final int ANY = -1;

    private GenerateScriptTable() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0]
                : "src/main/resources/dev/sentence4j/tokenizers/unicode/scripts.txt");
        int[] all = LegacyCategoryProbe.allCodePoints(c -> true);
        int[] guess = new int[all.length];
        for (int i = 0; i < all.length; i++) {
            guess[i] = guess(all[i]);
        }
        int latin = Character.UnicodeScript.LATIN.ordinal();
        int[] script = new int[all.length];
        try (UnicodeScriptProbe probe = new UnicodeScriptProbe()) {
            // one character per guessed class: the middle of its longest run that HF gives a
            // script (a script's newer blocks, e.g. Tamil Supplement, are Any in HF's table, and
            // scripts added after Unicode 9 get no class at all)
            List<int[]> runs = new ArrayList<>(); // {class, length, middle code point}
            for (int i = 0; i < all.length; ) {
                int j = i;
                while (j + 1 < all.length && guess[j + 1] == guess[i] && all[j + 1] == all[j] + 1) {
                    j++;
                }
                if (guess[i] != ANY) {
                    runs.add(new int[] {guess[i], j - i + 1, all[(i + j) / 2]});
                }
                i = j + 1;
            }
            runs.sort((x, y) -> Integer.compare(y[1], x[1]));
            Outcome[] known = probe.compare(runs.stream().mapToInt(r -> r[2]).toArray(),
                    runs.stream().mapToInt(r -> 'a').toArray());
            Map<Integer, Integer> reference = new LinkedHashMap<>();
            reference.put(latin, (int) 'a');
            for (int k = 0; k < runs.size(); k++) {
                if (known[k] != Outcome.ANY) {
                    reference.putIfAbsent(runs.get(k)[0], runs.get(k)[2]);
                }
            }
            List<Integer> classes = new ArrayList<>(reference.keySet());
            checkDistinct(probe, classes, reference);
            int[] refs = new int[all.length];
            for (int i = 0; i < all.length; i++) {
                if (guess[i] != ANY && !reference.containsKey(guess[i])) {
                    guess[i] = ANY;
                }
                refs[i] = reference.get(guess[i] == ANY ? latin : guess[i]);
            }
            Outcome[] first = probe.compare(all, refs);
            List<Integer> other = new ArrayList<>();
            for (int i = 0; i < all.length; i++) {
                switch (first[i]) {
                    case SAME -> script[i] = guess[i] == ANY ? latin : guess[i];
                    case ANY -> script[i] = ANY;
                    case DIFFERENT -> other.add(i);
                }
            }
            System.out.println(all.length + " code points, " + classes.size() + " classes; "
                    + other.size() + " not in their guessed class nor Any");
            for (int i : other) {
                int[] cps = new int[classes.size()];
                int[] rs = new int[classes.size()];
                for (int k = 0; k < classes.size(); k++) {
                    cps[k] = all[i];
                    rs[k] = reference.get(classes.get(k));
                }
                Outcome[] o = probe.compare(cps, rs);
                int found = -1;
                for (int k = 0; k < o.length; k++) {
                    if (o[k] == Outcome.SAME) {
                        found = classes.get(k);
                    }
                }
                if (found == -1) {
                    throw new IllegalStateException(String.format(
                            "U+%04X is in none of HF's known script classes", all[i]));
                }
                script[i] = found;
            }
        }
        int changed = 0;
        for (int i = 0; i < all.length; i++) {
            changed += script[i] != guess(all[i]) ? 1 : 0;
        }
        List<String> lines = new ArrayList<>();
        lines.add("# Script classes of HF tokenizers' UnicodeScripts pre-tokenizer (pre_tokenizers/unicode_scripts:");
        lines.add("# scripts.rs, a frozen table of about Unicode 9, then fixed_script: Hiragana, Katakana and U+30FC");
        lines.add("# are Han, ' ' is Any). Generated by scripts/generate-script-table.sh, which probes HF tokenizers");
        lines.add("# " + GenerateUnicodeTables.djlVersion() + " (DJL ai.djl.huggingface:tokenizers) for every code point");
        lines.add("# (GenerateScriptTable). Names are the JDK's Character.UnicodeScript of each class; JDK "
                + Runtime.version().feature() + "'s own");
        lines.add("# table (folded the same way) differs on " + changed + " code points.");
        lines.add("# Lines 'first last SCRIPT', hex, inclusive; code points not listed are Any (no script).");
        Character.UnicodeScript[] names = Character.UnicodeScript.values();
        for (int i = 0; i < all.length; ) {
            int j = i;
            while (j + 1 < all.length && script[j + 1] == script[i] && all[j + 1] == all[j] + 1) {
                j++;
            }
            if (script[i] != ANY) {
                lines.add(String.format("%X %X %s", all[i], all[j], names[script[i]]));
            }
            i = j + 1;
        }
        Files.write(out, lines);
        System.out.println("wrote " + out + " (" + lines.size() + " lines, " + changed + " code points differ from the JDK)");
    }

    /** The JDK's script, folded as HF's fixed_script folds (unassigned and ' ' as Any). */
    static int guess(int c) {
        if (c == ' ') {
            return ANY;
        }
        if (c == 0x30FC) {
            return Character.UnicodeScript.HAN.ordinal();
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return switch (s) {
            case UNKNOWN -> ANY;
            case HIRAGANA, KATAKANA -> Character.UnicodeScript.HAN.ordinal();
            default -> s.ordinal();
        };
    }

    private static void checkDistinct(UnicodeScriptProbe probe, List<Integer> classes, Map<Integer, Integer> reference) {
        List<int[]> pairs = new ArrayList<>();
        for (int a : classes) {
            for (int b : classes) {
                if (a != b) {
                    pairs.add(new int[] {reference.get(a), reference.get(b)});
                }
            }
        }
        Outcome[] o = probe.compare(pairs.stream().mapToInt(p -> p[0]).toArray(),
                pairs.stream().mapToInt(p -> p[1]).toArray());
        for (int i = 0; i < o.length; i++) {
            if (o[i] != Outcome.DIFFERENT) {
                throw new IllegalStateException(String.format("U+%04X then U+%04X: %s, expected two classes",
                        pairs.get(i)[0], pairs.get(i)[1], o[i]));
            }
        }
    }
}
