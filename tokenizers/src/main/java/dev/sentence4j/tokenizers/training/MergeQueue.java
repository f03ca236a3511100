package dev.sentence4j.tokenizers.training;

import java.util.Arrays;

/**
 * A binary max-heap of (count, pair) entries for the BPE trainer: the most frequent pair first,
 * and among equal counts the smaller pair key, i.e. the smaller (left id, right id), as HF's
 * {@code Merge} ordering does. Entries go stale when counts change; the trainer checks the popped
 * count against the table and re-queues (HF does the same), so no entry is ever updated in place.
 */
final class MergeQueue {

    private long[] counts = new long[1024];
    private long[] keys = new long[1024];
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    void push(long count, long key) {
        if (size == counts.length) {
            counts = Arrays.copyOf(counts, size * 2);
            keys = Arrays.copyOf(keys, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(count, key, counts[parent], keys[parent])) {
                break;
            }
            counts[i] = counts[parent];
            keys[i] = keys[parent];
            i = parent;
        }
        counts[i] = count;
        keys[i] = key;
    }

    long topCount() {
        return counts[0];
    }

    long topKey() {
        return keys[0];
    }

    void pop() {
        size--;
        if (size == 0) {
            return;
        }
        long count = counts[size];
        long key = keys[size];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && before(counts[child + 1], keys[child + 1], counts[child], keys[child])) {
                child++;
            }
            if (!before(counts[child], keys[child], count, key)) {
                break;
            }
            counts[i] = counts[child];
            keys[i] = keys[child];
            i = child;
        }
        counts[i] = count;
        keys[i] = key;
    }

    /** Whether (c1, k1) comes out before (c2, k2): higher count, then smaller key. */
    private static boolean before(long c1, long k1, long c2, long k2) {
        return c1 > c2 || (c1 == c2 && k1 < k2);
    }
}
