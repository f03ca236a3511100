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

    // the heap: entries (rank, pos, newId) ordered by rank then pos
    private int[] heapRank;
    private int[] heapPos;
    private int[] heapNewId;
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
        heapRank = new int[Math.max(4, n)];
        heapPos = new int[heapRank.length];
        heapNewId = new int[heapRank.length];
        heapSize = 0;
        for (int i = 0; i + 1 < n; i++) {
            long m = merges.get(ids[i], ids[i + 1]);
            if (m >= 0) {
                push((int) (m >>> 32), i, (int) m);
            }
        }
        while (heapSize > 0) {
            int pos = heapPos[0];
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

    private boolean less(int a, int b) {
        return heapRank[a] != heapRank[b] ? heapRank[a] < heapRank[b] : heapPos[a] < heapPos[b];
    }

    private void push(int rank, int pos, int newId) {
        if (heapSize == heapRank.length) {
            int c = heapSize * 2;
            heapRank = Arrays.copyOf(heapRank, c);
            heapPos = Arrays.copyOf(heapPos, c);
            heapNewId = Arrays.copyOf(heapNewId, c);
        }
        int i = heapSize++;
        heapRank[i] = rank;
        heapPos[i] = pos;
        heapNewId[i] = newId;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!less(i, parent)) {
                break;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void pop() {
        heapSize--;
        if (heapSize == 0) {
            return;
        }
        heapRank[0] = heapRank[heapSize];
        heapPos[0] = heapPos[heapSize];
        heapNewId[0] = heapNewId[heapSize];
        int i = 0;
        while (true) {
            int l = 2 * i + 1;
            if (l >= heapSize) {
                break;
            }
            int smallest = l + 1 < heapSize && less(l + 1, l) ? l + 1 : l;
            if (!less(smallest, i)) {
                break;
            }
            swap(i, smallest);
            i = smallest;
        }
    }

    private void swap(int a, int b) {
        int r = heapRank[a];
        heapRank[a] = heapRank[b];
        heapRank[b] = r;
        int p = heapPos[a];
        heapPos[a] = heapPos[b];
        heapPos[b] = p;
        int id = heapNewId[a];
        heapNewId[a] = heapNewId[b];
        heapNewId[b] = id;
    }
}
