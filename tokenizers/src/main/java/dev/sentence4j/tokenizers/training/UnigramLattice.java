package dev.sentence4j.tokenizers.training;

import dev.sentence4j.tokenizers.model.CodePointTrie;
import dev.sentence4j.tokenizers.model.Unigram;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The segmentation lattice of one word under the trainer's current pieces (HF
 * models/unigram/lattice.rs, SentencePiece's Lattice): a node for every piece found at every
 * position, plus the unknown piece (id {@link #UNK}, score {@code minScore - 10}) on a char that no
 * single-char piece covers, exactly where {@code model/Unigram} puts it at inference. On top of it:
 * forward-backward marginals (the E-step), Viterbi (pruning's frequencies) and the two best paths
 * (pruning's alternatives). The inference model keeps its own Viterbi: it fuses unknown chars and
 * produces tokens with offsets, which the trainer needs neither of.
 */
final class UnigramLattice {

    /** The id of the unknown piece while training (SentencePiece keeps it at id 0). */
    static final int UNK = 0;

    /** The pieces a lattice is built from: piece id -> score, found through a trie. */
    record Pieces(CodePointTrie trie, double[] scores, double unkScore) {

        /** {@code pieces[UNK]} is the unknown piece: not in the trie, its score ignored. */
        static Pieces of(String[] pieces, double[] scores) {
            int chars = 0;
            for (String piece : pieces) {
                chars += piece.length();
            }
            // pieces share prefixes (seeds are substrings of one another): size the trie for about
            // one node per piece and let it grow, rather than one per char (424 MB for 1M seeds)
            CodePointTrie trie = new CodePointTrie(Math.min(chars, pieces.length) + 1);
            for (int i = 0; i < pieces.length; i++) {
                if (i != UNK) {
                    trie.put(pieces[i], i);
                }
            }
            return new Pieces(trie, scores, unkScore(scores));
        }

        /** The unknown piece's score, by the rule inference uses ({@link Unigram#unknownScore}). */
        static double unkScore(double[] scores) {
            double min = Double.POSITIVE_INFINITY;
            for (int i = 0; i < scores.length; i++) {
                if (i != UNK) {
                    min = Math.min(min, scores[i]);
                }
            }
            return Unigram.unknownScore(min);
        }
    }

    private int length; // code points
    // nodes in (start ascending, end ascending) order
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int[] ids = new int[16];
    private double[] scores = new double[16];
    private int size;
    // forward-backward sums, kept between words: a pass over all words allocates nothing per word
    private double[] forward = new double[16]; // [length + 1]
    private double[] backward = new double[16]; // [length + 1]
    private int[] via = new int[16]; // [length + 1] Viterbi's node ending the best path to each position

    /** An empty lattice, to be {@linkplain #reset reset} to each word in turn. */
    UnigramLattice() {
    }

    UnigramLattice(int[] cps, Pieces pieces) {
        reset(cps, pieces);
    }

    /** Makes this the lattice of {@code cps}, reusing its buffers. */
    UnigramLattice reset(int[] cps, Pieces pieces) {
        this.length = cps.length;
        this.size = 0;
        for (int start = 0; start < length; start++) {
            boolean singleChar = false;
            int node = CodePointTrie.root();
            for (int end = start; end < length; end++) {
                node = pieces.trie().child(node, cps[end]);
                if (node < 0) {
                    break;
                }
                int id = pieces.trie().value(node);
                if (id >= 0) {
                    add(start, end + 1, id, pieces.scores()[id]);
                    singleChar |= end == start;
                }
            }
            if (!singleChar) {
                add(start, start + 1, UNK, pieces.unkScore());
            }
        }
        return this;
    }

    /** Makes this an empty lattice over {@code length} code points, for {@link #add} to fill. */
    UnigramLattice clear(int length) {
        this.length = length;
        this.size = 0;
        return this;
    }

    /** Nodes: add them in (start ascending, then as {@link #reset} orders them) order. */
    void add(int start, int end, int id, double score) {
        if (size == ids.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
            ids = Arrays.copyOf(ids, size * 2);
            scores = Arrays.copyOf(scores, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        ids[size] = id;
        scores[size] = score;
        size++;
    }

    int size() {
        return size;
    }

    int start(int node) {
        return starts[node];
    }

    int end(int node) {
        return ends[node];
    }

    int id(int node) {
        return ids[node];
    }

    /**
     * Adds {@code freq} times each node's posterior probability to {@code expected[id]} and returns
     * the word's log-likelihood (log of the sum over all segmentations of exp(sum of scores)).
     */
    double addMarginals(double freq, double[] expected) {
        growPositionArrays();
        double[] forward = this.forward; // log-sum over paths from 0 to each position
        double[] backward = this.backward; // log-sum over paths from each position to the end
        Arrays.fill(forward, 0, length + 1, Double.NEGATIVE_INFINITY);
        Arrays.fill(backward, 0, length + 1, Double.NEGATIVE_INFINITY);
        forward[0] = 0.0;
        backward[length] = 0.0;
        // nodes are sorted by start: a position's forward sum is final before any node leaves it
        for (int i = 0; i < size; i++) {
            forward[ends[i]] = logAdd(forward[ends[i]], forward[starts[i]] + scores[i]);
        }
        for (int i = size - 1; i >= 0; i--) {
            backward[starts[i]] = logAdd(backward[starts[i]], scores[i] + backward[ends[i]]);
        }
        double z = forward[length];
        for (int i = 0; i < size; i++) {
            expected[ids[i]] += freq * Math.exp(forward[starts[i]] + scores[i] + backward[ends[i]] - z);
        }
        return z;
    }

    private void growPositionArrays() {
        if (forward.length < length + 1) {
            forward = new double[Math.max(length + 1, forward.length * 2)];
            backward = new double[forward.length];
            via = new int[forward.length];
        }
    }

    private static double logAdd(double a, double b) {
        if (a == Double.NEGATIVE_INFINITY) {
            return b;
        }
        if (b == Double.NEGATIVE_INFINITY) {
            return a;
        }
        double max = Math.max(a, b);
        return max + Math.log1p(Math.exp(-Math.abs(a - b)));
    }

    /** Adds {@code freq} to {@code counts[id]} for each piece of the best segmentation. */
    void addViterbi(double freq, double[] counts) {
        int[] via = bestPath();
        for (int pos = length; pos > 0; pos = starts[via[pos]]) {
            counts[ids[via[pos]]] += freq;
        }
    }

    /** The piece ids of the best segmentation (first found wins a tie: the longer last piece). */
    int[] viterbi() {
        int[] via = bestPath();
        int count = 0;
        for (int pos = length; pos > 0; pos = starts[via[pos]]) {
            count++;
        }
        int[] path = new int[count];
        for (int pos = length; pos > 0; pos = starts[via[pos]]) {
            path[--count] = ids[via[pos]];
        }
        return path;
    }

    /** {@code via[pos]}: the node ending the best path to each position. */
    private int[] bestPath() {
        growPositionArrays();
        double[] best = forward; // best path score to each position
        int[] via = this.via; // -1 = none yet
        Arrays.fill(best, 0, length + 1, 0.0);
        Arrays.fill(via, 0, length + 1, -1);
        for (int i = 0; i < size; i++) {
            if (starts[i] > 0 && via[starts[i]] < 0) {
                continue; // unreachable: cannot happen, every position has a single-char node
            }
            double candidate = best[starts[i]] + scores[i];
            if (via[ends[i]] < 0 || candidate > best[ends[i]]) {
                best[ends[i]] = candidate;
                via[ends[i]] = i;
            }
        }
        return via;
    }

    /**
     * The best and, when there is one, the second best segmentation, as piece ids (SentencePiece's
     * NBest(2)): two-best Viterbi, keeping at each position the two best (node, rank of the path it
     * extends) pairs.
     */
    List<int[]> twoBest() {
        double[] score = new double[2 * (length + 1)]; // [position * 2 + rank]
        int[] node = new int[2 * (length + 1)];
        int[] prevRank = new int[2 * (length + 1)];
        int[] count = new int[length + 1];
        count[0] = 1;
        for (int i = 0; i < size; i++) {
            int s = starts[i];
            int e = ends[i];
            for (int r = 0; r < count[s]; r++) {
                double candidate = score[2 * s + r] + scores[i];
                if (count[e] < 2) {
                    insert(score, node, prevRank, count, e, count[e]++, candidate, i, r);
                } else if (candidate > score[2 * e + 1]) {
                    insert(score, node, prevRank, count, e, 1, candidate, i, r);
                }
            }
        }
        List<int[]> paths = new ArrayList<>(2);
        for (int rank = 0; rank < count[length]; rank++) {
            List<Integer> reversed = new ArrayList<>();
            int pos = length;
            int r = rank;
            while (pos > 0) {
                int n = node[2 * pos + r];
                reversed.add(ids[n]);
                r = prevRank[2 * pos + r];
                pos = starts[n];
            }
            int[] path = new int[reversed.size()];
            for (int k = 0; k < path.length; k++) {
                path[k] = reversed.get(path.length - 1 - k);
            }
            paths.add(path);
        }
        return paths;
    }

    /** Puts a path at {@code slot} of position {@code e}, then keeps the two slots ordered. */
    private static void insert(double[] score, int[] node, int[] prevRank, int[] count, int e, int slot,
                               double candidate, int n, int r) {
        score[2 * e + slot] = candidate;
        node[2 * e + slot] = n;
        prevRank[2 * e + slot] = r;
        if (slot == 1 && count[e] == 2 && score[2 * e + 1] > score[2 * e]) {
            swap(score, 2 * e);
            swap(node, 2 * e);
            swap(prevRank, 2 * e);
        }
    }

    private static void swap(double[] a, int i) {
        double t = a[i];
        a[i] = a[i + 1];
        a[i + 1] = t;
    }

    private static void swap(int[] a, int i) {
        int t = a[i];
        a[i] = a[i + 1];
        a[i + 1] = t;
    }
}
