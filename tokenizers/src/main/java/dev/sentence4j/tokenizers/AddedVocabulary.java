package dev.sentence4j.tokenizers;

import dev.sentence4j.tokenizers.normalizer.Normalizer;
import dev.sentence4j.tokenizers.unicode.CharClasses;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Added and special tokens (HF tokenizer/added_vocabulary.rs): found in the text before
 * pre-tokenization, leftmost-longest and non-overlapping, first the non-normalized ones in the raw
 * text, then the normalized ones in each normalized piece.
 */
final class AddedVocabulary {

    private final List<AddedToken> tokens;
    private final Map<String, Integer> contentToId;
    private final Map<Integer, AddedToken> idToToken;
    private final Set<String> specialContents;
    private final Matcher raw;
    private final Matcher normalized;

    AddedVocabulary(List<AddedToken> tokens, Normalizer normalizer) {
        this.tokens = List.copyOf(tokens);
        this.contentToId = new HashMap<>();
        this.idToToken = new HashMap<>();
        this.specialContents = new HashSet<>();
        List<AddedToken> rawTokens = new ArrayList<>();
        List<AddedToken> normTokens = new ArrayList<>();
        List<String> normPatterns = new ArrayList<>();
        // HF matches special tokens first, then the others, each in file order.
        List<AddedToken> ordered = new ArrayList<>();
        for (AddedToken t : tokens) {
            if (t.special()) {
                ordered.add(t);
            }
        }
        for (AddedToken t : tokens) {
            if (!t.special()) {
                ordered.add(t);
            }
        }
        for (AddedToken t : ordered) {
            if (t.content().isEmpty()) {
                continue;
            }
            contentToId.put(t.content(), t.id());
            idToToken.put(t.id(), t);
            if (t.special()) {
                specialContents.add(t.content());
            }
            if (t.normalized()) {
                NormalizedString ns = NormalizedString.of(t.content());
                if (normalizer != null) {
                    normalizer.normalize(ns);
                }
                normTokens.add(t);
                normPatterns.add(ns.normalized());
            } else {
                rawTokens.add(t);
            }
        }
        List<String> rawPatterns = new ArrayList<>();
        for (AddedToken t : rawTokens) {
            rawPatterns.add(t.content());
        }
        this.raw = new Matcher(rawTokens, rawPatterns);
        this.normalized = new Matcher(normTokens, normPatterns);
    }

    List<AddedToken> tokens() {
        return tokens;
    }

    Integer idOf(String content) {
        return contentToId.get(content);
    }

    AddedToken tokenOf(int id) {
        return idToToken.get(id);
    }

    boolean isSpecial(String content) {
        return specialContents.contains(content);
    }

    boolean isEmpty() {
        return tokens.isEmpty();
    }

    /** HF extract_and_normalize: split on added tokens, normalizing the pieces in between. */
    PreTokenizedString extractAndNormalize(Normalizer normalizer, String text) {
        PreTokenizedString pts = new PreTokenizedString(NormalizedString.of(text));
        if (!raw.isEmpty()) {
            splitWithTokens(pts, raw, null);
        }
        if (normalizer != null || !normalized.isEmpty()) {
            splitWithTokens(pts, normalized, normalizer);
        }
        return pts;
    }

    private static void splitWithTokens(PreTokenizedString pts, Matcher matcher, Normalizer normalizer) {
        List<PreTokenizedString.Piece> next = new ArrayList<>();
        for (PreTokenizedString.Piece piece : pts.pieces()) {
            if (piece.tokens() != null) {
                next.add(piece);
                continue;
            }
            NormalizedString s = piece.normalized();
            if (normalizer != null) {
                normalizer.normalize(s);
            }
            if (matcher.isEmpty()) {
                if (!s.isEmpty()) {
                    next.add(PreTokenizedString.piece(s, null));
                }
                continue;
            }
            for (int[] m : matcher.findSplits(s)) {
                NormalizedString slice = s.slice(m[0], m[1]);
                if (slice.isEmpty()) {
                    continue;
                }
                if (m[2] >= 0) {
                    AddedToken t = matcher.tokens.get(m[2]);
                    next.add(PreTokenizedString.piece(slice,
                            List.of(new Token(t.id(), slice.normalized(), 0, slice.length()))));
                } else {
                    next.add(PreTokenizedString.piece(slice, null));
                }
            }
        }
        pts.setPieces(next);
    }

    /** Leftmost-longest matching over a trie of code points, with HF's single_word/lstrip/rstrip rules. */
    private static final class Matcher {
        private final List<AddedToken> tokens;
        private final List<Map<Integer, Object>> nodes = new ArrayList<>(); // child maps; key -1 = token index

        Matcher(List<AddedToken> tokens, List<String> patterns) {
            this.tokens = tokens;
            nodes.add(new HashMap<>());
            for (int i = 0; i < patterns.size(); i++) {
                String p = patterns.get(i);
                if (p.isEmpty()) {
                    continue;
                }
                int node = 0;
                for (int k = 0; k < p.length(); ) {
                    int cp = p.codePointAt(k);
                    k += Character.charCount(cp);
                    Object child = nodes.get(node).get(cp);
                    if (child == null) {
                        nodes.add(new HashMap<>());
                        child = nodes.size() - 1;
                        nodes.get(node).put(cp, child);
                    }
                    node = (Integer) child;
                }
                nodes.get(node).putIfAbsent(-1, i); // the first pattern wins on duplicates
            }
        }

        boolean isEmpty() {
            return tokens.isEmpty();
        }

        /** Pieces covering {@code s}: {start, end, token index or -1}. */
        List<int[]> findSplits(NormalizedString s) {
            int n = s.length();
            int[] cps = s.codePoints();
            List<int[]> splits = new ArrayList<>();
            int startOffset = 0;
            int i = 0;
            while (i < n) {
                // longest pattern starting at i
                int node = 0;
                int bestEnd = -1;
                int bestToken = -1;
                for (int j = i; j < n; j++) {
                    Object child = nodes.get(node).get(cps[j]);
                    if (child == null) {
                        break;
                    }
                    node = (Integer) child;
                    Object t = nodes.get(node).get(-1);
                    if (t != null) {
                        bestEnd = j + 1;
                        bestToken = (Integer) t;
                    }
                }
                if (bestEnd < 0) {
                    i++;
                    continue;
                }
                int matchEnd = bestEnd;
                AddedToken token = tokens.get(bestToken);
                int start = i;
                int stop = bestEnd;
                i = matchEnd; // the automaton resumes after the raw match
                if (token.singleWord()) {
                    boolean startSpace = start == 0 || !CharClasses.isWordChar(cps[start - 1]);
                    boolean stopSpace = stop == n || !CharClasses.isWordChar(cps[stop]);
                    if (!startSpace || !stopSpace) {
                        continue;
                    }
                }
                if (token.lstrip()) {
                    int newStart = start;
                    while (newStart > 0 && CharClasses.isWhitespace(cps[newStart - 1])) {
                        newStart--;
                    }
                    start = Math.max(newStart, startOffset);
                }
                if (token.rstrip()) {
                    while (stop < n && CharClasses.isWhitespace(cps[stop])) {
                        stop++;
                    }
                }
                if (start > startOffset) {
                    splits.add(new int[] {startOffset, start, -1});
                }
                splits.add(new int[] {start, stop, bestToken});
                startOffset = stop;
            }
            if (startOffset != n || n == 0) {
                splits.add(new int[] {startOffset, n, -1});
            }
            return splits;
        }
    }
}
