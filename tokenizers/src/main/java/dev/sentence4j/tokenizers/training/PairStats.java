package dev.sentence4j.tokenizers.training;

import java.util.Arrays;

/**
 * The BPE trainer's pair table: for each adjacent symbol pair, its count over the corpus (each
 * word weighted by its count) and the words it occurs in (HF bpe/trainer.rs {@code pair_counts}
 * and {@code where_to_update}). A word index list may hold words that lost the pair since: a merge
 * finds nothing to do in them. Open addressing on the pair key {@code left << 32 | right}.
 */
final class PairStats {

    private static final long EMPTY = -1L; // ids are >= 0, so no real key is negative

    private long[] keys;
    private long[] counts;
    private int[][] words;  // [slot][wordCount[slot]]: word indices
    private int[] wordCount;
    private int[] mark;     // [slot]: the last merge step that queued this pair
    private int size;

    PairStats(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        allocate(capacity);
    }

    static long key(int left, int right) {
        return (long) left << 32 | (right & 0xFFFFFFFFL);
    }

    static int left(long key) {
        return (int) (key >>> 32);
    }

    static int right(long key) {
        return (int) key;
    }

    /** The slot of {@code key}, created (count 0, no words) if absent. */
    int slot(long key) {
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (true) {
            long k = keys[i];
            if (k == key) {
                return i;
            }
            if (k == EMPTY) {
                if (2 * (size + 1) > keys.length) {
                    grow();
                    return slot(key);
                }
                keys[i] = key;
                size++;
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    /** The slot of {@code key}, or -1. */
    int find(long key) {
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (true) {
            long k = keys[i];
            if (k == key) {
                return i;
            }
            if (k == EMPTY) {
                return -1;
            }
            i = (i + 1) & mask;
        }
    }

    long count(int slot) {
        return counts[slot];
    }

    long key(int slot) {
        return keys[slot];
    }

    void addCount(int slot, long delta) {
        counts[slot] += delta;
    }

    /** Records that {@code word} contains the pair; consecutive repeats of one word are stored once. */
    void addWord(int slot, int word) {
        int n = wordCount[slot];
        int[] list = words[slot];
        if (list == null) {
            list = new int[2];
            words[slot] = list;
        } else if (list[n - 1] == word) {
            return;
        } else if (n == list.length) {
            list = Arrays.copyOf(list, n + (n >> 1) + 1);
            words[slot] = list;
        }
        list[n] = word;
        wordCount[slot] = n + 1;
    }

    /** The words recorded for the pair (a copy: merging adds to the lists). */
    int[] words(int slot) {
        return words[slot] == null ? new int[0] : Arrays.copyOf(words[slot], wordCount[slot]);
    }

    /** Marks the pair as queued at {@code step}; false if it already was. */
    boolean markQueued(int slot, int step) {
        if (mark[slot] == step) {
            return false;
        }
        mark[slot] = step;
        return true;
    }

    int capacity() {
        return keys.length;
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        Arrays.fill(keys, EMPTY);
        counts = new long[capacity];
        words = new int[capacity][];
        wordCount = new int[capacity];
        mark = new int[capacity];
        Arrays.fill(mark, -1);
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldCounts = counts;
        int[][] oldWords = words;
        int[] oldWordCount = wordCount;
        int[] oldMark = mark;
        allocate(oldKeys.length * 2);
        size = 0;
        int mask = keys.length - 1;
        for (int s = 0; s < oldKeys.length; s++) {
            if (oldKeys[s] == EMPTY) {
                continue;
            }
            int i = mix(oldKeys[s]) & mask;
            while (keys[i] != EMPTY) {
                i = (i + 1) & mask;
            }
            keys[i] = oldKeys[s];
            counts[i] = oldCounts[s];
            words[i] = oldWords[s];
            wordCount[i] = oldWordCount[s];
            mark[i] = oldMark[s];
            size++;
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
