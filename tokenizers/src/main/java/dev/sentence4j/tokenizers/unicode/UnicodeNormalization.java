package dev.sentence4j.tokenizers.unicode;

import dev.sentence4j.tokenizers.NormalizedString;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.BitSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * NFD, NFKD, NFC and NFKC producing the {@code (char, change)} stream HF tokenizers gets from the
 * unicode-normalization-alignments crate, so that alignments (and so offsets) match:
 * <ul>
 *   <li>decomposition: the first char of a decomposed code point replaces it (change 0), the
 *       others are inserted (change 1); runs of non-starters are then stably sorted by combining
 *       class, each char carrying its change along;</li>
 *   <li>composition: a composed char's change is the composee's plus the combined char's,
 *       minus one (it consumes both); uncomposed marks keep theirs.</li>
 * </ul>
 * The mappings themselves come from {@link java.text.Normalizer} applied to single code points.
 */
public final class UnicodeNormalization {

    /** The four Unicode normalization forms. */
    public enum Form {
        NFC(false, true), NFD(false, false), NFKC(true, true), NFKD(true, false);

        final boolean compatibility;
        final boolean compose;

        Form(boolean compatibility, boolean compose) {
            this.compatibility = compatibility;
            this.compose = compose;
        }
    }

    private static final int[][] CANONICAL_BMP = new int[0x10000][];
    private static final int[][] COMPAT_BMP = new int[0x10000][];
    private static final ConcurrentHashMap<Long, Integer> COMPOSITIONS = new ConcurrentHashMap<>();
    private static final int NONE = -1;

    private UnicodeNormalization() {
    }

    /** Applies {@code form} to {@code s}, keeping alignments as HF does. */
    public static void apply(NormalizedString s, Form form) {
        int n = s.length();
        int[] cps = s.codePoints();
        // Fast path: ASCII-only text is invariant under every form.
        boolean ascii = true;
        for (int i = 0; i < n; i++) {
            if (cps[i] >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return;
        }
        Stream decomposed = decompose(cps, n, form.compatibility);
        Stream out = form.compose ? compose(decomposed) : decomposed;
        NormalizedString.Transform t = s.transform();
        for (int i = 0; i < out.n; i++) {
            t.add(out.chars[i], out.changes[i]);
        }
        t.apply(0);
    }

    /** Growable (char, change) pairs. */
    private static final class Stream {
        int[] chars;
        int[] changes;
        int n;

        Stream(int capacity) {
            chars = new int[Math.max(capacity, 4)];
            changes = new int[chars.length];
        }

        void add(int c, int change) {
            if (n == chars.length) {
                chars = Arrays.copyOf(chars, n * 2);
                changes = Arrays.copyOf(changes, n * 2);
            }
            chars[n] = c;
            changes[n] = change;
            n++;
        }
    }

    private static Stream decompose(int[] cps, int n, boolean compat) {
        Stream out = new Stream(n + 8);
        int pendingStart = 0; // first index of the not yet sorted run (after the last starter)
        for (int i = 0; i < n; i++) {
            int[] d = decomposition(cps[i], compat);
            for (int k = 0; k < d.length; k++) {
                int c = d[k];
                if (CombiningClass.of(c) == 0) {
                    sortByClass(out, pendingStart, out.n);
                    out.add(c, k == 0 ? 0 : 1);
                    pendingStart = out.n;
                } else {
                    out.add(c, k == 0 ? 0 : 1);
                }
            }
        }
        sortByClass(out, pendingStart, out.n);
        return out;
    }

    /** Stable insertion sort of [from, to) by combining class (runs are short). */
    private static void sortByClass(Stream s, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            int c = s.chars[i];
            int ch = s.changes[i];
            int cc = CombiningClass.of(c);
            int j = i - 1;
            while (j >= from && CombiningClass.of(s.chars[j]) > cc) {
                s.chars[j + 1] = s.chars[j];
                s.changes[j + 1] = s.changes[j];
                j--;
            }
            s.chars[j + 1] = c;
            s.changes[j + 1] = ch;
        }
    }

    private static Stream compose(Stream in) {
        Stream out = new Stream(in.n);
        int[] buffer = new int[8];
        int[] bufferChanges = new int[8];
        int buffered = 0;
        boolean hasComposee = false;
        int composee = 0;
        int composeeChange = 0;
        int lastClass = NONE;
        for (int i = 0; i < in.n; i++) {
            int ch = in.chars[i];
            int change = in.changes[i];
            int chClass = CombiningClass.of(ch);
            if (!hasComposee) {
                if (chClass != 0) {
                    out.add(ch, change);
                    continue;
                }
                hasComposee = true;
                composee = ch;
                composeeChange = change;
                continue;
            }
            if (lastClass == NONE) {
                int r = composition(composee, ch);
                if (r != NONE) {
                    composee = r;
                    composeeChange = composeeChange + change - 1;
                    continue;
                }
                if (chClass == 0) {
                    out.add(composee, composeeChange);
                    composee = ch;
                    composeeChange = change;
                    continue;
                }
            } else {
                if (lastClass >= chClass) {
                    // ch is blocked from the composee
                    if (chClass == 0) {
                        out.add(composee, composeeChange);
                        for (int b = 0; b < buffered; b++) {
                            out.add(buffer[b], bufferChanges[b]);
                        }
                        buffered = 0;
                        composee = ch;
                        composeeChange = change;
                        lastClass = NONE;
                        continue;
                    }
                } else {
                    int r = composition(composee, ch);
                    if (r != NONE) {
                        composee = r;
                        composeeChange = composeeChange + change - 1;
                        continue;
                    }
                }
            }
            if (buffered == buffer.length) {
                buffer = Arrays.copyOf(buffer, buffered * 2);
                bufferChanges = Arrays.copyOf(bufferChanges, buffered * 2);
            }
            buffer[buffered] = ch;
            bufferChanges[buffered] = change;
            buffered++;
            lastClass = chClass;
        }
        if (hasComposee) {
            out.add(composee, composeeChange);
        }
        for (int b = 0; b < buffered; b++) {
            out.add(buffer[b], bufferChanges[b]);
        }
        return out;
    }

    /** Full canonical (or compatibility) decomposition of one code point. */
    static int[] decomposition(int cp, boolean compat) {
        if (cp < 0xA0) {
            return new int[] {cp};
        }
        if (cp < 0x10000) {
            int[][] cache = compat ? COMPAT_BMP : CANONICAL_BMP;
            int[] d = cache[cp];
            if (d == null) {
                d = computeDecomposition(cp, compat);
                cache[cp] = d;
            }
            return d;
        }
        return computeDecomposition(cp, compat);
    }

    private static int[] computeDecomposition(int cp, boolean compat) {
        if ((Character.isSurrogate((char) cp) && cp < 0x10000) || CharClasses.keepsDecomposition(cp, compat)) {
            return new int[] {cp};
        }
        String s = Character.toString(cp);
        String d = Normalizer.normalize(s, compat ? Normalizer.Form.NFKD : Normalizer.Form.NFD);
        return d.codePoints().toArray();
    }

    /** The primary composite of {@code a} followed by {@code b}, or NONE. */
    static int composition(int a, int b) {
        if (b < SecondHalves.LOWEST || !SecondHalves.SET.get(b)) {
            return NONE; // the common case (b a letter, digit, CJK ideograph...), without a map lookup
        }
        long key = ((long) a << 21) | b;
        Integer cached = COMPOSITIONS.get(key);
        if (cached != null) {
            return cached;
        }
        String nfc = Normalizer.normalize(Character.toString(a) + Character.toString(b), Normalizer.Form.NFC);
        int r = nfc.codePointCount(0, nfc.length()) == 1 ? nfc.codePointAt(0) : NONE;
        if (COMPOSITIONS.size() < 100_000) {
            COMPOSITIONS.put(key, r);
        }
        return r;
    }

    /**
     * The code points that follow the first one in some canonical decomposition: a superset of the
     * second halves of primary composites (Unicode's composition pairs come from canonical
     * decompositions), so any b outside it composes with nothing. Built once, on first composition.
     */
    private static final class SecondHalves {
        static final int LOWEST = 0x300; // U+0300 COMBINING GRAVE ACCENT: no second half lies below
        static final BitSet SET = build();

        private static BitSet build() {
            BitSet set = new BitSet(0x110000);
            for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
                if (c >= 0xD800 && c <= 0xDFFF) {
                    continue;
                }
                String s = Character.toString(c);
                if (!Normalizer.isNormalized(s, Normalizer.Form.NFD)) {
                    String d = Normalizer.normalize(s, Normalizer.Form.NFD);
                    for (int i = Character.charCount(d.codePointAt(0)); i < d.length(); ) {
                        int x = d.codePointAt(i);
                        set.set(x);
                        i += Character.charCount(x);
                    }
                }
            }
            if (set.nextSetBit(0) < LOWEST) {
                throw new IllegalStateException("a canonical decomposition has a second half below U+0300: "
                        + Integer.toHexString(set.nextSetBit(0)));
            }
            return set;
        }
    }
}
