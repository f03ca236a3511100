package dev.sentence4j.tokenizers.model;

import dev.sentence4j.tokenizers.NormalizedString;
import dev.sentence4j.tokenizers.Token;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * SentencePiece's unigram model (HF models/unigram/model.rs, encode_optimized): Viterbi over the
 * pieces found at each position, maximizing the sum of scores; a char no piece starts with
 * costs {@code minScore - 10} as the unknown piece. Consecutive unknown chars fuse into one token
 * whose value is the text itself (as in HF). With {@code byteFallback}, a text not in the
 * vocabulary becomes its {@code <0xXX>} byte tokens when all exist. Immutable, thread-safe.
 */
public final class Unigram implements Model {

    private static final double UNK_PENALTY = 10.0; // HF K_UNK_PENALTY

    /** One vocabulary entry: the piece and its log-probability score. */
    public record Piece(String piece, double score) {
        public Piece {
            Objects.requireNonNull(piece, "piece");
        }
    }

    private final List<Piece> pieces;
    private final Map<String, Integer> tokenToId;
    private final Integer unkId; // nullable
    private final boolean byteFallback;
    private final double unkScore;
    private final CodePointTrie trie;

    /**
     * The unknown piece's score given the lowest score of the vocabulary: {@code minScore - 10}
     * (HF models/unigram/model.rs: min_score - K_UNK_PENALTY), and {@code 0 - 10} when
     * {@code minScore} is +infinity, the minimum of no scores (an empty vocabulary). The one place
     * this rule lives; the trainer's lattice uses it too.
     */
    public static double unknownScore(double minScore) {
        return (minScore == Double.POSITIVE_INFINITY ? 0.0 : minScore) - UNK_PENALTY;
    }

    public Unigram(List<Piece> pieces, Integer unkId, boolean byteFallback) {
        this.pieces = List.copyOf(Objects.requireNonNull(pieces, "pieces"));
        if (unkId != null && (unkId < 0 || unkId >= this.pieces.size())) {
            throw new IllegalArgumentException("unk_id " + unkId + " is outside the vocabulary (size "
                    + this.pieces.size() + ")");
        }
        this.unkId = unkId;
        this.byteFallback = byteFallback;
        Map<String, Integer> ids = new LinkedHashMap<>(this.pieces.size() * 2);
        double min = Double.POSITIVE_INFINITY;
        int chars = 0;
        for (int i = 0; i < this.pieces.size(); i++) {
            Piece p = this.pieces.get(i);
            ids.put(p.piece(), i); // a duplicate piece maps to its last id, as in HF
            min = Math.min(min, p.score());
            chars += p.piece().length();
        }
        this.tokenToId = Collections.unmodifiableMap(ids);
        this.unkScore = unknownScore(min);
        this.trie = new CodePointTrie(chars + 1);
        for (var e : ids.entrySet()) {
            if (!e.getKey().isEmpty()) {
                trie.put(e.getKey(), e.getValue());
            }
        }
    }

    @Override
    public List<Token> tokenize(NormalizedString word) {
        int n = word.length();
        if (n == 0) {
            return List.of();
        }
        int[] cps = word.codePoints();
        // best path ending at each position: its score, where its last piece starts, that piece's id
        double[] score = new double[n + 1];
        int[] from = new int[n + 1];
        int[] id = new int[n + 1];
        java.util.Arrays.fill(from, -1);
        for (int start = 0; start < n; start++) {
            double here = score[start];
            boolean singleChar = false;
            int node = CodePointTrie.root();
            for (int end = start; end < n; end++) {
                node = trie.child(node, cps[end]);
                if (node < 0) {
                    break;
                }
                int pieceId = trie.value(node);
                if (pieceId < 0) {
                    continue;
                }
                double candidate = pieces.get(pieceId).score() + here;
                if (from[end + 1] < 0 || candidate > score[end + 1]) {
                    score[end + 1] = candidate;
                    from[end + 1] = start;
                    id[end + 1] = pieceId;
                }
                if (end == start) {
                    singleChar = true;
                }
            }
            if (!singleChar) {
                if (unkId == null) {
                    throw new IllegalStateException("Unigram: no piece for '" + Character.toString(cps[start])
                            + "' and no unk_id to fall back on");
                }
                double candidate = unkScore + here;
                if (from[start + 1] < 0 || candidate > score[start + 1]) {
                    score[start + 1] = candidate;
                    from[start + 1] = start;
                    id[start + 1] = unkId;
                }
            }
        }
        // walk back; consecutive unknown pieces fuse (HF: fuse_unk is always on for Unigram)
        List<int[]> spans = new ArrayList<>(); // {start, end}, reversed
        int end = n;
        int unkEnd = -1;
        while (end > 0) {
            int start = from[end];
            if (unkId != null && id[end] == unkId) {
                if (unkEnd < 0) {
                    unkEnd = end;
                }
            } else {
                if (unkEnd >= 0) {
                    spans.add(new int[] {end, unkEnd});
                    unkEnd = -1;
                }
                spans.add(new int[] {start, end});
            }
            end = start;
        }
        if (unkEnd >= 0) {
            spans.add(new int[] {0, unkEnd});
        }
        List<Token> tokens = new ArrayList<>(spans.size());
        for (int i = spans.size() - 1; i >= 0; i--) {
            int s = spans.get(i)[0];
            int e = spans.get(i)[1];
            String text = new String(cps, s, e - s);
            Integer known = tokenToId.get(text);
            if (known != null) {
                tokens.add(new Token(known, text, s, e));
                continue;
            }
            if (byteFallback && addBytes(text, s, e, tokens)) {
                continue;
            }
            if (unkId == null) {
                throw new IllegalStateException("Unigram: '" + text + "' is not in the vocabulary and there is no unk_id");
            }
            tokens.add(new Token(unkId, text, s, e));
        }
        return tokens;
    }

    private boolean addBytes(String text, int start, int end, List<Token> out) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        List<Token> bytes = new ArrayList<>(utf8.length);
        for (byte b : utf8) {
            String name = BPE.byteToken(b);
            Integer id = tokenToId.get(name);
            if (id == null) {
                return false;
            }
            bytes.add(new Token(id, name, start, end)); // every byte token spans the whole text, as in HF
        }
        out.addAll(bytes);
        return true;
    }

    @Override
    public OptionalInt tokenToId(String token) {
        Integer id = tokenToId.get(token);
        return id == null ? OptionalInt.empty() : OptionalInt.of(id);
    }

    @Override
    public Optional<String> idToToken(int id) {
        return id >= 0 && id < pieces.size() ? Optional.of(pieces.get(id).piece()) : Optional.empty();
    }

    @Override
    public int vocabSize() {
        return pieces.size();
    }

    @Override
    public Map<String, Integer> vocabulary() {
        return tokenToId;
    }

    /** The pieces with their scores, in id order. */
    public List<Piece> pieces() {
        return pieces;
    }
}
