package dev.sentence4j.tokenizers.model;

import java.util.Arrays;

/**
 * Open-addressing map from a pair of non-negative ints to a pair of ints, for BPE merges
 * ({@code (left id, right id) -> (rank, new id)}) without boxing. Written once at load, then
 * read-only, so safe to share between threads.
 */
final class PairMap {

    private static final long EMPTY = -1L;

    private long[] keys; // [capacity] left << 32 | right, EMPTY when free
    private long[] values; // [capacity] rank << 32 | new id
    private int size;

    PairMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new long[capacity];
        Arrays.fill(keys, EMPTY);
    }

    int size() {
        return size;
    }

    /** Puts or replaces (HF builds its merge map with insert: a later duplicate wins). */
    void put(int left, int right, int rank, int newId) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        long key = key(left, right);
        int slot = slot(key);
        if (keys[slot] == EMPTY) {
            keys[slot] = key;
            size++;
        }
        values[slot] = ((long) rank << 32) | (newId & 0xFFFFFFFFL);
    }

    /** {@code rank << 32 | newId}, or -1 when the pair is not a merge. */
    long get(int left, int right) {
        long key = key(left, right);
        int slot = slot(key);
        return keys[slot] == EMPTY ? -1L : values[slot];
    }

    private static long key(int left, int right) {
        return ((long) left << 32) | (right & 0xFFFFFFFFL);
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        long h = key * 0x9E3779B97F4A7C15L;
        int slot = (int) (h ^ (h >>> 32)) & mask;
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new long[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }
}
