package dev.sentence4j.tokenizers.training;

import java.util.Arrays;

/**
 * The lattice nodes of every training word, found once through the trie of the seed pieces and
 * then only renumbered: after the seeds, Unigram training never adds a piece (the M-step and
 * pruning only remove some), so a word's nodes under the current pieces are its seed nodes whose
 * piece survives, plus the unknown piece on a char whose single-char piece is gone, exactly what
 * {@link UnigramLattice#reset} would find by walking a new trie. Walking the trie was most of the
 * E-step's time (a hash probe per code point, the million-piece trie missing the caches).
 *
 * <p>Layout: positions are the words' code points one after the other; the nodes starting at
 * position p are {@code [firstNode[p], firstNode[p + 1])}, in {@link UnigramLattice#reset}'s order
 * (end ascending, then the unknown piece), each a piece id and a length in code points.
 */
final class WordLattices {

    private final int[] wordStart; // [words + 1] first position of each word
    private final int[] firstNode; // [positions + 1]
    private int[] ids; // [nodes] piece id
    private char[] lengths; // [nodes] code points, at most maxPieceLength (checked at most 65535)
    private int nodes;

    /**
     * @param wordStart {@code [words + 1]} the first position of each word
     * @param firstNode {@code [positions + 1]} the first node of each position
     * @param ids       {@code [nodes]} piece ids, each position's in {@link UnigramLattice#reset}'s order
     * @param lengths   {@code [nodes]} their lengths in code points
     */
    WordLattices(int[] wordStart, int[] firstNode, int[] ids, char[] lengths, int nodes) {
        this.wordStart = wordStart;
        this.firstNode = firstNode;
        this.ids = ids;
        this.lengths = lengths;
        this.nodes = nodes;
    }

    /** Finds every word's nodes under {@code pieces} (sequentially: the result is one flat array). */
    static WordLattices of(TrainingWords words, UnigramLattice.Pieces pieces) {
        int[] wordStart = new int[words.size() + 1];
        for (int w = 0; w < words.size(); w++) {
            wordStart[w + 1] = Math.addExact(wordStart[w], words.codePoints().get(w).length);
        }
        int[] firstNode = new int[wordStart[words.size()] + 1];
        int[] ids = new int[Math.max(16, wordStart[words.size()] * 4)];
        char[] lengths = new char[ids.length];
        int nodes = 0;
        UnigramLattice lattice = new UnigramLattice();
        for (int w = 0; w < words.size(); w++) {
            lattice.reset(words.codePoints().get(w), pieces);
            if (nodes + lattice.size() > ids.length) {
                int capacity = Math.max(nodes + lattice.size(), (int) Math.min(Integer.MAX_VALUE - 8, ids.length * 3L / 2));
                ids = Arrays.copyOf(ids, capacity);
                lengths = Arrays.copyOf(lengths, capacity);
            }
            int position = wordStart[w];
            for (int i = 0; i < lattice.size(); i++) {
                while (position < wordStart[w] + lattice.start(i)) {
                    firstNode[++position] = nodes; // positions before the node's start end here
                }
                ids[nodes] = lattice.id(i);
                lengths[nodes] = (char) (lattice.end(i) - lattice.start(i));
                nodes++;
            }
            while (position < wordStart[w + 1]) {
                firstNode[++position] = nodes;
            }
        }
        return new WordLattices(wordStart, firstNode, ids, lengths, nodes);
    }

    int nodes() {
        return nodes;
    }

    /**
     * Renumbers the pieces: {@code newIds[old]} is the piece's new id, or -1 when it is gone; a
     * position whose single-char piece is gone gets the unknown piece ({@link UnigramLattice#UNK}),
     * last among its nodes, as {@link UnigramLattice#reset} puts it. Then frees unused capacity.
     */
    void renumber(int[] newIds) {
        if (newIds[UnigramLattice.UNK] != UnigramLattice.UNK) {
            throw new IllegalArgumentException("the unknown piece must keep id " + UnigramLattice.UNK + ", found "
                    + newIds[UnigramLattice.UNK]);
        }
        int out = 0;
        int positions = firstNode.length - 1;
        for (int p = 0; p < positions; p++) {
            int from = firstNode[p];
            int to = firstNode[p + 1];
            firstNode[p] = out;
            boolean singleChar = false;
            for (int i = from; i < to; i++) {
                int id = newIds[ids[i]];
                if (id < 0) {
                    continue;
                }
                singleChar |= lengths[i] == 1; // the unknown piece included: it is never removed
                ids[out] = id;
                lengths[out++] = lengths[i];
            }
            if (!singleChar) { // the char's piece is gone: it was dropped here, so out < to
                ids[out] = UnigramLattice.UNK;
                lengths[out++] = 1;
            }
        }
        firstNode[positions] = out;
        nodes = out;
        if (nodes < ids.length / 2) {
            ids = Arrays.copyOf(ids, nodes);
            lengths = Arrays.copyOf(lengths, nodes);
        }
    }

    /** Fills {@code lattice} with word {@code w}'s nodes, scored by {@code scores} (unknown: {@code unkScore}). */
    UnigramLattice load(int w, UnigramLattice lattice, double[] scores, double unkScore) {
        int base = wordStart[w];
        lattice.clear(wordStart[w + 1] - base);
        for (int p = base; p < wordStart[w + 1]; p++) {
            for (int i = firstNode[p]; i < firstNode[p + 1]; i++) {
                int id = ids[i];
                lattice.add(p - base, p - base + lengths[i], id, id == UnigramLattice.UNK ? unkScore : scores[id]);
            }
        }
        return lattice;
    }
}
