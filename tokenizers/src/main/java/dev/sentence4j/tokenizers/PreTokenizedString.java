package dev.sentence4j.tokenizers;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The input cut into pieces (HF PreTokenizedString). A piece that already has its tokens (an
 * added token) is never split again. Empty pieces are dropped, as in HF.
 */
public final class PreTokenizedString {

    /** One piece: its text, and its tokens once known (null before). */
    public static final class Piece {
        private final NormalizedString normalized;
        private List<Token> tokens;

        Piece(NormalizedString normalized, List<Token> tokens) {
            this.normalized = normalized;
            this.tokens = tokens;
        }

        public NormalizedString normalized() {
            return normalized;
        }

        public List<Token> tokens() {
            return tokens;
        }
    }

    /** Receives the sub-pieces of a piece. */
    @FunctionalInterface
    public interface Splitter {
        void split(NormalizedString piece, List<NormalizedString> out);
    }

    private List<Piece> pieces;

    public PreTokenizedString(NormalizedString whole) {
        this.pieces = new ArrayList<>(1);
        this.pieces.add(new Piece(whole, null));
    }

    /**
     * {@code normalized} as a single piece, ready for a pre-tokenizer. The trainers use it to cut
     * corpus lines into words the way HF's trainers are fed (normalize, pre-tokenize, no added
     * tokens).
     */
    public static PreTokenizedString of(NormalizedString normalized) {
        return new PreTokenizedString(normalized);
    }

    public List<Piece> pieces() {
        return pieces;
    }

    /** Splits every piece that has no tokens yet. */
    public void split(Splitter splitter) {
        List<Piece> next = new ArrayList<>(pieces.size() * 2);
        List<NormalizedString> parts = new ArrayList<>();
        for (Piece p : pieces) {
            if (p.tokens != null) {
                next.add(p);
                continue;
            }
            parts.clear();
            splitter.split(p.normalized, parts);
            for (NormalizedString part : parts) {
                if (!part.isEmpty()) {
                    next.add(new Piece(part, null));
                }
            }
        }
        pieces = next;
    }

    /** Replaces the pieces (used by the added-vocabulary extraction, which also sets tokens). */
    void setPieces(List<Piece> newPieces) {
        this.pieces = newPieces;
    }

    static Piece piece(NormalizedString normalized, List<Token> tokens) {
        return new Piece(normalized, tokens);
    }

    void setTokens(int index, List<Token> tokens) {
        pieces.get(index).tokens = tokens;
    }

    // ---- splitting helpers shared by the pre-tokenizers ----

    /**
     * Splits {@code s} on the chars matching {@code isDelimiter} (each one a match of its own, as
     * HF's char patterns) with the given behavior.
     */
    public static void splitOnChars(NormalizedString s, IntPredicate isDelimiter, SplitBehavior behavior,
                                    List<NormalizedString> out) {
        int n = s.length();
        int[] segments = new int[16]; // [3 * k]: start, end, isMatch
        int k = 0;
        int runStart = 0;
        for (int i = 0; i < n; i++) {
            if (isDelimiter.test(s.charAt(i))) {
                if (runStart < i) {
                    segments = put(segments, k++, runStart, i, 0);
                }
                segments = put(segments, k++, i, i + 1, 1);
                runStart = i + 1;
            }
        }
        if (runStart < n) {
            segments = put(segments, k++, runStart, n, 0);
        }
        applyBehavior(s, segments, k, behavior, out);
    }

    /** Splits {@code s} given the match ranges {@code [s0, e0, s1, e1, ...]} (code point indices). */
    public static void splitOnMatches(NormalizedString s, int[] matches, boolean invert, SplitBehavior behavior,
                                      List<NormalizedString> out) {
        int n = s.length();
        int[] segments = new int[Math.max(16, 3 * (matches.length + 1))];
        int k = 0;
        int prev = 0;
        int match = invert ? 0 : 1;
        for (int i = 0; i < matches.length; i += 2) {
            if (prev < matches[i]) {
                segments = put(segments, k++, prev, matches[i], 1 - match);
            }
            segments = put(segments, k++, matches[i], matches[i + 1], match);
            prev = matches[i + 1];
        }
        if (prev < n) {
            segments = put(segments, k++, prev, n, 1 - match);
        }
        if (n == 0) {
            segments = put(segments, k++, 0, 0, 1 - match);
        }
        applyBehavior(s, segments, k, behavior, out);
    }

    private static int[] put(int[] segments, int k, int start, int end, int isMatch) {
        if (3 * k + 3 > segments.length) {
            segments = java.util.Arrays.copyOf(segments, segments.length * 2);
        }
        segments[3 * k] = start;
        segments[3 * k + 1] = end;
        segments[3 * k + 2] = isMatch;
        return segments;
    }

    private static void applyBehavior(NormalizedString s, int[] seg, int k, SplitBehavior behavior,
                                      List<NormalizedString> out) {
        switch (behavior) {
            case REMOVED -> {
                for (int i = 0; i < k; i++) {
                    if (seg[3 * i + 2] == 0) {
                        out.add(s.slice(seg[3 * i], seg[3 * i + 1]));
                    }
                }
            }
            case ISOLATED -> {
                for (int i = 0; i < k; i++) {
                    out.add(s.slice(seg[3 * i], seg[3 * i + 1]));
                }
            }
            case CONTIGUOUS -> {
                int i = 0;
                while (i < k) {
                    int j = i;
                    while (j + 1 < k && seg[3 * (j + 1) + 2] == seg[3 * i + 2]) {
                        j++;
                    }
                    out.add(s.slice(seg[3 * i], seg[3 * j + 1]));
                    i = j + 1;
                }
            }
            case MERGED_WITH_PREVIOUS -> {
                int curStart = -1;
                int curEnd = -1;
                boolean previousMatch = false;
                for (int i = 0; i < k; i++) {
                    boolean isMatch = seg[3 * i + 2] == 1;
                    if (isMatch && !previousMatch && curStart >= 0) {
                        curEnd = seg[3 * i + 1];
                    } else {
                        if (curStart >= 0) {
                            out.add(s.slice(curStart, curEnd));
                        }
                        curStart = seg[3 * i];
                        curEnd = seg[3 * i + 1];
                    }
                    previousMatch = isMatch;
                }
                if (curStart >= 0) {
                    out.add(s.slice(curStart, curEnd));
                }
            }
            case MERGED_WITH_NEXT -> {
                List<int[]> acc = new ArrayList<>();
                boolean previousMatch = false;
                for (int i = k - 1; i >= 0; i--) {
                    boolean isMatch = seg[3 * i + 2] == 1;
                    if (isMatch && !previousMatch && !acc.isEmpty()) {
                        acc.get(acc.size() - 1)[0] = seg[3 * i];
                    } else {
                        acc.add(new int[] {seg[3 * i], seg[3 * i + 1]});
                    }
                    previousMatch = isMatch;
                }
                for (int i = acc.size() - 1; i >= 0; i--) {
                    out.add(s.slice(acc.get(i)[0], acc.get(i)[1]));
                }
            }
            default -> throw new IllegalStateException("unknown behavior " + behavior);
        }
    }
}
