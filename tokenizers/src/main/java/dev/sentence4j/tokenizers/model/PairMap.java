package dev.sentence4j.tokenizers.model;

import java.util.Arrays;

/**
 * Open-addressing map from a pair of non-negative ints to a pair of ints, for BPE merges
 * ({@code (left id, right id) -> (rank, new id)}) without boxing. Written once at load, then
 * read-only, so safe to share between threads.
 *
 * <p>Keys and values are interleaved in one array so that a lookup touches one cache line, not
 * two: Gemma 3's 514k merges make a 16 MB table that misses the cache on almost every lookup
 * (JFR on bench/tokenizer-families.sh had {@code slot} as the second hottest frame).
 */
final class PairMap {

    private static final long EMPTY = -1L;

    private long[] table; // [2 * capacity] key (left << 32 | right, EMPTY when free), value (rank << 32 | new id)
    private int size;

    PairMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
        table = newTable(capacity);
    }

    int size() {
        return size;
    }

    /** Puts or replaces (HF builds its merge map with insert: a later duplicate wins). */
    void put(int left, int right, int rank, int newId) {
        if (4 * (size + 1) > table.length) { // load factor 1/2
            grow();
        }
        long key = key(left, right);
        int slot = slot(table, key);
        if (table[slot] == EMPTY) {
            table[slot] = key;
            size++;
        }
        table[slot + 1] = ((long) rank << 32) | (newId & 0xFFFFFFFFL);
    }

    /** {@code rank << 32 | newId}, or -1 when the pair is not a merge. */
    long get(int left, int right) {
        long[] t = table;
        int slot = slot(t, key(left, right));
        return t[slot] == EMPTY ? -1L : t[slot + 1];
    }

    private static long key(int left, int right) {
        return ((long) left << 32) | (right & 0xFFFFFFFFL);
    }

    /** Index of the key's entry (even), or of the free entry where it would go. */
    private static int slot(long[] t, long key) {
        int mask = (t.length >>> 1) - 1;
        long h = key * 0x9E3779B97F4A7C15L;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (t[2 * i] != EMPTY && t[2 * i] != key) {
            i = (i + 1) & mask;
        }
        return 2 * i;
    }

    private static long[] newTable(int capacity) {
        long[] t = new long[2 * capacity];
        Arrays.fill(t, EMPTY);
        return t;
    }

    private void grow() {
        long[] old = table;
        table = newTable(old.length); // twice the capacity: old.length is 2 * capacity
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != EMPTY) {
                int slot = slot(table, old[i]);
                table[slot] = old[i];
                table[slot + 1] = old[i + 1];
            }
        }
    }
}
