package dev.sentence4j.tokenizers.normalizer;

import dev.sentence4j.tokenizers.NormalizedString;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Objects;

/**
 * SentencePiece's normalization rules from a {@code precompiled_charsmap} (HF
 * normalizers/precompiled.rs), e.g. nmt_nfkc in XLM-R and T5 files.
 *
 * <p>HF does not apply the rules as SentencePiece does (longest match over the whole string); it
 * walks extended grapheme clusters. A cluster under 6 UTF-8 bytes is looked up whole, and
 * replaced whole when the shortest prefix of it is in the trie, even if that prefix is shorter
 * than the cluster; otherwise each char is looked up alone. HF's comment on this: "Yes, this
 * seems broken ... If you question this code, check this normalizer against XNLI".
 *
 * <p>Alignments follow HF's {@code replace} helper: the new chars replace the old ones pairwise;
 * extra new chars are insertions; when fewer come out, the LAST change pushed so far (possibly
 * a previous cluster's) absorbs the removal, and when nothing was pushed yet (a removed char at
 * the very start) the removal is lost, so the following chars shift onto the removed char's
 * alignment. Checked against HF on "aﬁb", "\u0001ab", "a\u0001\u0001b", "Ǆ\u030C".
 */
public record Precompiled(PrecompiledCharsmap charsmap) implements Normalizer {

    public Precompiled {
        Objects.requireNonNull(charsmap, "charsmap");
    }

    @Override
    public void normalize(NormalizedString s) {
        int n = s.length();
        if (n == 0) {
            return;
        }
        int[] cps = s.codePoints();
        String text = s.normalized();
        BreakIterator graphemes = BreakIterator.getCharacterInstance(Locale.ROOT);
        graphemes.setText(text);
        Stream out = new Stream(n + 8);
        byte[] utf8 = new byte[64];
        boolean modified = false;
        int cp = 0; // index of the cluster's first code point
        for (int start = graphemes.first(), end = graphemes.next(); end != BreakIterator.DONE;
                start = end, end = graphemes.next()) {
            int count = text.codePointCount(start, end);
            if (utf8.length < 4 * count) {
                utf8 = new byte[4 * count];
            }
            int bytes = encode(cps, cp, count, utf8);
            String whole = bytes < 6 ? charsmap.shortestPrefixReplacement(utf8, bytes) : null;
            if (whole != null) {
                modified = true;
                out.replace(whole, count);
            } else {
                for (int i = cp; i < cp + count; i++) {
                    String one = charsmap.shortestPrefixReplacement(utf8, encode(cps, i, 1, utf8));
                    if (one != null) {
                        modified = true;
                        out.replace(one, 1);
                    } else {
                        out.add(cps[i], 0);
                    }
                }
            }
            cp += count;
        }
        if (modified) {
            NormalizedString.Transform t = s.transform();
            for (int i = 0; i < out.size; i++) {
                t.add(out.chars[i], out.changes[i]);
            }
            t.apply(0);
        }
    }

    /** The (char, change) stream, editable at its end as HF's replace needs. */
    private static final class Stream {
        int[] chars;
        int[] changes;
        int size;

        Stream(int capacity) {
            chars = new int[capacity];
            changes = new int[capacity];
        }

        void add(int c, int change) {
            if (size == chars.length) {
                chars = java.util.Arrays.copyOf(chars, size * 2);
                changes = java.util.Arrays.copyOf(changes, size * 2);
            }
            chars[size] = c;
            changes[size] = change;
            size++;
        }

        /** HF precompiled.rs replace: {@code oldCount} chars become {@code replacement}. */
        void replace(String replacement, int oldCount) {
            int newCount = 0;
            for (int p = 0; p < replacement.length(); newCount++) {
                int c = replacement.codePointAt(p);
                add(c, 0);
                p += Character.charCount(c);
            }
            int diff = newCount - oldCount;
            if (diff > 0) {
                for (int i = size - diff; i < size; i++) {
                    changes[i] = 1;
                }
            } else if (diff < 0 && size > 0) {
                changes[size - 1] += diff;
            }
        }
    }

    /** UTF-8 of {@code cps[from, from + count)} into {@code out}; a lone surrogate as its 3 bytes. */
    private static int encode(int[] cps, int from, int count, byte[] out) {
        int k = 0;
        for (int i = from; i < from + count; i++) {
            int c = cps[i];
            if (c < 0x80) {
                out[k++] = (byte) c;
            } else if (c < 0x800) {
                out[k++] = (byte) (0xC0 | c >> 6);
                out[k++] = (byte) (0x80 | c & 0x3F);
            } else if (c < 0x10000) {
                out[k++] = (byte) (0xE0 | c >> 12);
                out[k++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[k++] = (byte) (0x80 | c & 0x3F);
            } else {
                out[k++] = (byte) (0xF0 | c >> 18);
                out[k++] = (byte) (0x80 | c >> 12 & 0x3F);
                out[k++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[k++] = (byte) (0x80 | c & 0x3F);
            }
        }
        return k;
    }
}
