package dev.sentence4j.tokenizers.model;

import java.util.Arrays;

/**
 * A trie over code points, children in one open-addressing table keyed by (node, code point).
 * Immutable once built; lookups allocate nothing. Public so that the Unigram trainer's lattice
 * (training/UnigramLattice) walks the same structure as {@link Unigram}'s Viterbi.
 */
public final class CodePointTrie {

    private static final int ROOT = 0;
    private long[] keys; // [capacity] (node << 21 | cp) + 1, 0 = empty
    private int[] children; // [capacity]
    private int[] values; // [nodes] token id ending here, or -1
    private int nodes = 1;
    private int size;

    public CodePointTrie(int expectedNodes) {
        int capacity = Integer.highestOneBit(Math.max(16, expectedNodes * 2)) * 2;
        keys = new long[capacity];
        children = new int[capacity];
        values = new int[Math.max(16, expectedNodes)];
        Arrays.fill(values, -1);
    }

    public static int root() {
        return ROOT;
    }

    public void put(String key, int value) {
        int node = ROOT;
        for (int i = 0; i < key.length(); ) {
            int cp = key.codePointAt(i);
            i += Character.charCount(cp);
            int child = child(node, cp);
            if (child < 0) {
                child = addChild(node, cp);
            }
            node = child;
        }
        values[node] = value;
    }

    /** The child of {@code node} along {@code cp}, or -1. */
    public int child(int node, int cp) {
        long key = (((long) node) << 21 | cp) + 1;
        int mask = keys.length - 1;
        int slot = mix(key) & mask;
        while (true) {
            long k = keys[slot];
            if (k == key) {
                return children[slot];
            }
            if (k == 0) {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** The value stored at {@code node}, or -1. */
    public int value(int node) {
        return values[node];
    }

    private int addChild(int node, int cp) {
        if ((size + 1) * 2 > keys.length) {
            rehash();
        }
        int child = nodes++;
        if (child >= values.length) {
            int old = values.length;
            values = Arrays.copyOf(values, old * 2);
            Arrays.fill(values, old, values.length, -1);
        }
        insert(((((long) node) << 21) | cp) + 1, child);
        size++;
        return child;
    }

    private void insert(long key, int child) {
        int mask = keys.length - 1;
        int slot = mix(key) & mask;
        while (keys[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        children[slot] = child;
    }

    private void rehash() {
        long[] oldKeys = keys;
        int[] oldChildren = children;
        keys = new long[oldKeys.length * 2];
        children = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                insert(oldKeys[i], oldChildren[i]);
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
