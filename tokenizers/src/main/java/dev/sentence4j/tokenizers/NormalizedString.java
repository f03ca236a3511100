package dev.sentence4j.tokenizers;

import java.util.Arrays;

/**
 * A piece of the input text as the pipeline sees it: the normalized code points, and for each of
 * them the range of the ORIGINAL string (UTF-16 indices, absolute) it came from.
 *
 * <p>This mirrors HF tokenizers' {@code NormalizedString} (tokenizer/normalizer.rs), with the
 * alignments kept per code point instead of per UTF-8 byte (HF gives every byte of a char the
 * same alignment, so the two are equivalent) and in absolute coordinates instead of relative to
 * a slice. Normalizers change it through {@link #transform}, which takes the same
 * {@code (char, change)} stream as HF's {@code transform}: change 0 replaces the current char,
 * 1 inserts a new one, -N replaces the current char and removes the N after it.
 *
 * <p>Mutable working state, confined to one encode call; never shared between threads.
 */
public final class NormalizedString {

    private final String original;
    /** Start and end of the original range this piece covers (HF's original_shift). */
    private final int originalStart;
    private final int originalEnd;
    private int[] chars; // [length] normalized code points
    private int[] alignStart; // [length] original UTF-16 start of each normalized code point
    private int[] alignEnd; // [length] original UTF-16 end of each normalized code point
    private int length;

    private NormalizedString(String original, int originalStart, int originalEnd,
                             int[] chars, int[] alignStart, int[] alignEnd, int length) {
        this.original = original;
        this.originalStart = originalStart;
        this.originalEnd = originalEnd;
        this.chars = chars;
        this.alignStart = alignStart;
        this.alignEnd = alignEnd;
        this.length = length;
    }

    /** The whole of {@code text}, not normalized yet: each code point aligned to itself. */
    public static NormalizedString of(String text) {
        int n = text.codePointCount(0, text.length());
        int[] cps = new int[n];
        int[] starts = new int[n];
        int[] ends = new int[n];
        int i = 0;
        for (int pos = 0; pos < text.length(); ) {
            int cp = text.codePointAt(pos);
            int next = pos + Character.charCount(cp);
            cps[i] = cp;
            starts[i] = pos;
            ends[i] = next;
            i++;
            pos = next;
        }
        return new NormalizedString(text, 0, text.length(), cps, starts, ends, n);
    }

    /** Number of normalized code points. */
    public int length() {
        return length;
    }

    public boolean isEmpty() {
        return length == 0;
    }

    /** The normalized code point at {@code index}. */
    public int charAt(int index) {
        return chars[index];
    }

    /** The normalized code points; the array may be longer than {@link #length()}. Do not modify. */
    public int[] codePoints() {
        return chars;
    }

    /** The normalized text. */
    public String normalized() {
        return new String(chars, 0, length);
    }

    /** The normalized text of code points {@code [from, to)}. */
    public String normalized(int from, int to) {
        return new String(chars, from, to - from);
    }

    /** The whole original string (not just this piece's part of it). */
    public String original() {
        return original;
    }

    public int originalStart() {
        return originalStart;
    }

    public int originalEnd() {
        return originalEnd;
    }

    /**
     * Original UTF-16 range of normalized code points {@code [from, to)}, as HF's
     * convert_offsets: start of the first alignment, end of the last one (not min/max).
     * Returns {start, end}.
     */
    public int originalStartOf(int from, int to) {
        if (from == to) {
            return originalStart + from; // HF returns the empty range itself, relative to the slice
        }
        return alignStart[from];
    }

    public int originalEndOf(int from, int to) {
        if (from == to) {
            return originalStart + to;
        }
        return alignEnd[to - 1];
    }

    /**
     * A new piece holding normalized code points {@code [from, to)} (HF's slice with a
     * normalized range): its original range is the alignment range of those code points.
     */
    public NormalizedString slice(int from, int to) {
        int oStart;
        int oEnd;
        if (from == to) {
            oStart = originalStart + from;
            oEnd = oStart;
        } else {
            oStart = alignStart[from];
            oEnd = alignEnd[to - 1];
        }
        return new NormalizedString(original, oStart, oEnd,
                Arrays.copyOfRange(chars, from, to),
                Arrays.copyOfRange(alignStart, from, to),
                Arrays.copyOfRange(alignEnd, from, to),
                to - from);
    }

    /** Starts a transformation of the whole normalized string (HF's transform). */
    public Transform transform() {
        return new Transform(this, 0, length);
    }

    /** Starts a transformation of the normalized code points {@code [from, to)} (HF's transform_range). */
    public Transform transformRange(int from, int to) {
        return new Transform(this, from, to);
    }

    /**
     * Collects the {@code (code point, change)} stream of one transformation, then applies it
     * with {@link #apply(int)}. Alignments follow HF exactly: a replacing char takes the
     * alignment of the char it replaces; an inserted char the alignment of the char just before
     * the current position (or an empty range at the start of this piece).
     */
    public static final class Transform {
        private final NormalizedString target;
        private final int from;
        private final int to;
        private int[] outChars;
        private int[] outChanges;
        private int n;

        private Transform(NormalizedString target, int from, int to) {
            this.target = target;
            this.from = from;
            this.to = to;
            int capacity = Math.max(4, to - from + 4);
            this.outChars = new int[capacity];
            this.outChanges = new int[capacity];
        }

        /** Appends one output code point with its change. */
        public Transform add(int codePoint, int change) {
            if (n == outChars.length) {
                int capacity = outChars.length * 2;
                outChars = Arrays.copyOf(outChars, capacity);
                outChanges = Arrays.copyOf(outChanges, capacity);
            }
            outChars[n] = codePoint;
            outChanges[n] = change;
            n++;
            return this;
        }

        /** Applies the collected stream; {@code initialOffset} chars are removed at the start. */
        public void apply(int initialOffset) {
            NormalizedString s = target;
            int[] newStart = new int[n];
            int[] newEnd = new int[n];
            int pos = from + initialOffset;
            for (int i = 0; i < n; i++) {
                int change = outChanges[i];
                if (change > 0) {
                    if (pos < 1) {
                        newStart[i] = s.originalStart;
                        newEnd[i] = s.originalStart;
                    } else {
                        newStart[i] = s.alignStart[pos - 1];
                        newEnd[i] = s.alignEnd[pos - 1];
                    }
                } else {
                    if (pos < s.length) {
                        newStart[i] = s.alignStart[pos];
                        newEnd[i] = s.alignEnd[pos];
                    } else if (s.length > 0) {
                        // HF would index past the end here (a malformed stream); stay in bounds.
                        newStart[i] = s.alignEnd[s.length - 1];
                        newEnd[i] = newStart[i];
                    } else {
                        newStart[i] = s.originalStart;
                        newEnd[i] = s.originalStart;
                    }
                    pos += 1 - change;
                }
            }
            int tail = s.length - to;
            int newLength = from + n + tail;
            int[] chars = new int[newLength];
            int[] starts = new int[newLength];
            int[] ends = new int[newLength];
            System.arraycopy(s.chars, 0, chars, 0, from);
            System.arraycopy(s.alignStart, 0, starts, 0, from);
            System.arraycopy(s.alignEnd, 0, ends, 0, from);
            System.arraycopy(outChars, 0, chars, from, n);
            System.arraycopy(newStart, 0, starts, from, n);
            System.arraycopy(newEnd, 0, ends, from, n);
            System.arraycopy(s.chars, to, chars, from + n, tail);
            System.arraycopy(s.alignStart, to, starts, from + n, tail);
            System.arraycopy(s.alignEnd, to, ends, from + n, tail);
            s.chars = chars;
            s.alignStart = starts;
            s.alignEnd = ends;
            s.length = newLength;
        }
    }

    /**
     * Replaces each range {@code [s, e)} of {@code matches} ({@code [s0, e0, s1, e1, ...]}, sorted,
     * not overlapping, not empty) with {@code content} in one pass. As HF's replace (one
     * transform_range per match, the whole match as the initial offset), every new char takes the
     * alignment of the match's last char; an empty content removes the match.
     */
    public void replaceRanges(int[] matches, int[] content) {
        int count = matches.length / 2;
        if (count == 0) {
            return;
        }
        int removed = 0;
        for (int i = 0; i < matches.length; i += 2) {
            removed += matches[i + 1] - matches[i];
        }
        int newLength = length - removed + count * content.length;
        int[] newChars = new int[newLength];
        int[] newStart = new int[newLength];
        int[] newEnd = new int[newLength];
        int k = 0;
        int prev = 0;
        for (int i = 0; i < matches.length; i += 2) {
            int from = matches[i];
            int to = matches[i + 1];
            int kept = from - prev;
            System.arraycopy(chars, prev, newChars, k, kept);
            System.arraycopy(alignStart, prev, newStart, k, kept);
            System.arraycopy(alignEnd, prev, newEnd, k, kept);
            k += kept;
            for (int c : content) {
                newChars[k] = c;
                newStart[k] = alignStart[to - 1];
                newEnd[k] = alignEnd[to - 1];
                k++;
            }
            prev = to;
        }
        int tail = length - prev;
        System.arraycopy(chars, prev, newChars, k, tail);
        System.arraycopy(alignStart, prev, newStart, k, tail);
        System.arraycopy(alignEnd, prev, newEnd, k, tail);
        chars = newChars;
        alignStart = newStart;
        alignEnd = newEnd;
        length = newLength;
    }

    /** Keeps the code points for which {@code keep} holds (HF's filter). */
    public void filter(java.util.function.IntPredicate keep) {
        boolean all = true;
        for (int i = 0; i < length; i++) {
            if (!keep.test(chars[i])) {
                all = false;
                break;
            }
        }
        if (all) {
            return;
        }
        // Removed chars are attributed to the kept char before them; leading ones are the
        // initial offset (HF's filter walks backwards to the same effect).
        Transform t = transform();
        int leading = 0;
        int lastKept = -1;
        int removedAfterLast = 0;
        for (int i = 0; i < length; i++) {
            int c = chars[i];
            if (keep.test(c)) {
                if (lastKept >= 0) {
                    t.add(chars[lastKept], -removedAfterLast);
                }
                lastKept = i;
                removedAfterLast = 0;
            } else if (lastKept < 0) {
                leading++;
            } else {
                removedAfterLast++;
            }
        }
        if (lastKept >= 0) {
            t.add(chars[lastKept], -removedAfterLast);
        }
        t.apply(leading);
    }

    /** Replaces each code point by {@code map(c)} (HF's map). */
    public void map(java.util.function.IntUnaryOperator map) {
        for (int i = 0; i < length; i++) {
            chars[i] = map.applyAsInt(chars[i]);
        }
    }

    @Override
    public String toString() {
        return "NormalizedString[" + normalized() + " <- " + original.substring(originalStart, originalEnd) + "]";
    }
}
