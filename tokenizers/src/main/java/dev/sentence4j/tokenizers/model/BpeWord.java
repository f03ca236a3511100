package dev.sentence4j.tokenizers.model;

import java.util.Arrays;

/**
 * One word being merged (HF models/bpe/word.rs): a doubly linked list of symbols over flat arrays
 * and a binary heap of candidate merges ordered by (rank, position), as in HF's merge_all. Each
 * merge is O(log n), so a word of n symbols merges in O(n log n) (no quadratic rescans).
 */
final class BpeWord {

    private int[] ids; // [n] symbol id
    private int[] lengths; // [n] UTF-8 byte length of the symbol (HF's Symbol.len)
    private int[] prev; // [n] previous live symbol, -1 for none
    private int[] next; // [n] next live symbol, -1 for none
    private boolean[] removed; // [n]
    private int n;

    // The heap of candidate merges ordered by rank then position, as HF's MergeQueue orders them.
    // Rank and position (both >= 0) pack into one long whose natural order is that order, so a
    // sift compares one array; on a 10 MB one-word input (Llama 2) the heap holds millions of
    // entries, and three parallel arrays cost three cache misses per level (JFR: pop was the
    // hottest frame).
    private long[] heapKey; // [capacity] rank << 32 | pos
    private int[] heapNewId; // [capacity] the id the merge makes, checked against the pair when popped
    private int heapSize;

    BpeWord(int capacity) {
        int c = Math.max(4, capacity);
        ids = new int[c];
        lengths = new int[c];
        prev = new int[c];
        next = new int[c];
        removed = new boolean[c];
    }

    /**
     * Appends a symbol of {@code byteLength} bytes. Offsets are the running sum of the lengths
     * (HF's get_offsets_iter), whatever order the symbols were added in.
     */
    void add(int id, int byteLength) {
        if (n == ids.length) {
            int c = n * 2;
            ids = Arrays.copyOf(ids, c);
            lengths = Arrays.copyOf(lengths, c);
            prev = Arrays.copyOf(prev, c);
            next = Arrays.copyOf(next, c);
            removed = Arrays.copyOf(removed, c);
        }
        ids[n] = id;
        lengths[n] = byteLength;
        prev[n] = n - 1;
        next[n] = -1;
        if (n > 0) {
            next[n - 1] = n;
        }
        n++;
    }

    /** HF Word::merge_all without dropout. */
    void mergeAll(PairMap merges) {
        heapKey = new long[Math.max(4, n)];
        heapNewId = new int[heapKey.length];
        heapSize = 0;
        for (int i = 0; i + 1 < n; i++) {
            long m = merges.get(ids[i], ids[i + 1]);
            if (m >= 0) {
                push((int) (m >>> 32), i, (int) m);
            }
        }
        while (heapSize > 0) {
            int pos = (int) heapKey[0];
            int newId = heapNewId[0];
            pop();
            if (removed[pos] || next[pos] == -1) {
                continue;
            }
            int right = next[pos];
            long m = merges.get(ids[pos], ids[right]);
            if (m < 0 || (int) m != newId) {
                continue; // an expired entry: the pair changed since it was queued
            }
            ids[pos] = newId;
            lengths[pos] += lengths[right];
            removed[right] = true;
            next[pos] = next[right];
            if (next[right] >= 0) {
                prev[next[right]] = pos;
            }
            if (prev[pos] >= 0) {
                long left = merges.get(ids[prev[pos]], ids[pos]);
                if (left >= 0) {
                    push((int) (left >>> 32), prev[pos], (int) left);
                }
            }
            if (next[pos] >= 0) {
                long after = merges.get(ids[pos], ids[next[pos]]);
                if (after >= 0) {
                    push((int) (after >>> 32), pos, (int) after);
                }
            }
        }
    }

    /** Live symbols as {id, start byte, end byte} triples, flat. */
    int[] symbols() {
        int live = 0;
        for (int i = 0; i < n; i++) {
            if (!removed[i]) {
                live++;
            }
        }
        int[] out = new int[3 * live];
        int k = 0;
        int offset = 0;
        for (int i = 0; i < n; i++) {
            if (!removed[i]) {
                out[k++] = ids[i];
                out[k++] = offset;
                offset += lengths[i];
                out[k++] = offset;
            }
        }
        return out;
    }

    private void push(int rank, int pos, int newId) {
        if (heapSize == heapKey.length) {
            int c = heapSize * 2;
            heapKey = Arrays.copyOf(heapKey, c);
            heapNewId = Arrays.copyOf(heapNewId, c);
        }
        long key = ((long) rank << 32) | pos;
        int i = heapSize++;
        while (i > 0) { // sift up, moving parents down into the hole
            int parent = (i - 1) >>> 1;
            if (heapKey[parent] <= key) {
                break;
            }
            heapKey[i] = heapKey[parent];
            heapNewId[i] = heapNewId[parent];
            i = parent;
        }
        heapKey[i] = key;
        heapNewId[i] = newId;
    }

    private void pop() {
        heapSize--;
        if (heapSize == 0) {
            return;
        }
        long key = heapKey[heapSize];
        int newId = heapNewId[heapSize];
        int i = 0;
        while (true) { // sift down, moving the smaller child up into the hole
            int child = 2 * i + 1;
            if (child >= heapSize) {
                break;
            }
            if (child + 1 < heapSize && heapKey[child + 1] < heapKey[child]) {
                child++;
            }
            if (heapKey[child] >= key) {
                break;
            }
            heapKey[i] = heapKey[child];
            heapNewId[i] = heapNewId[child];
            i = child;
        }
        heapKey[i] = key;
        heapNewId[i] = newId;
    }
}
