package dev.sentence4j.tokenizers.training;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The distinct words one after the other, as code point ranks (1.. in UTF-16 order; 0 ends a
 * word), with, for each position, its word's count and the number of code points left in the
 * word. The suffix sorting and common prefixes that {@link SeedPieces} reads its seeds from.
 */
final class RankedText {
    int[] ranks; // [positions]
    int[] left; // [positions] code points from here to the word's end
    long[] weights; // [positions] the count of the word holding the position
    int[] rankToCp; // [1 + distinct chars], index 0 unused
    long[] charCounts; // [1 + distinct chars] occurrences of each char
    int longestWord;

    static RankedText of(List<int[]> words, long[] counts) {
        int n = 0;
        for (int[] w : words) {
            n = Math.addExact(n, w.length);
        }
        int[] all = new int[n];
        int p = 0;
        for (int[] w : words) {
            System.arraycopy(w, 0, all, p, w.length);
            p += w.length;
        }
        Arrays.sort(all);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || all[i] != all[i - 1]) {
                all[distinct++] = all[i];
            }
        }
        int[] sortedCps = Arrays.copyOf(all, distinct); // code point order, for binary search
        RankedText t = new RankedText();
        t.rankToCp = new int[distinct + 1];
        System.arraycopy(Arrays.stream(sortedCps).boxed().sorted(Comparator.comparing(Character::toString))
                .mapToInt(Integer::intValue).toArray(), 0, t.rankToCp, 1, distinct);
        int[] rankOfSorted = new int[sortedCps.length]; // rank of sortedCps[i]
        for (int r = 1; r < t.rankToCp.length; r++) {
            rankOfSorted[Arrays.binarySearch(sortedCps, t.rankToCp[r])] = r;
        }
        t.ranks = new int[n];
        t.left = new int[n];
        t.weights = new long[n];
        t.charCounts = new long[t.rankToCp.length];
        p = 0;
        for (int w = 0; w < words.size(); w++) {
            int[] cps = words.get(w);
            t.longestWord = Math.max(t.longestWord, cps.length);
            for (int i = 0; i < cps.length; i++, p++) {
                int r = rankOfSorted[Arrays.binarySearch(sortedCps, cps[i])];
                t.ranks[p] = r;
                t.left[p] = cps.length - i;
                t.weights[p] = counts[w];
                t.charCounts[r] += counts[w];
            }
        }
        return t;
    }

    int available(int position) {
        return left[position];
    }

    /** The rank at {@code position + k}, or 0 past the word's end. */
    int rankAt(int position, int k) {
        return k < left[position] ? ranks[position + k] : 0;
    }

    /** All positions, sorted by their first {@code depth} code points (stable LSD radix sort). */
    int[] suffixesSortedToDepth(int depth) {
        int n = ranks.length;
        int[] sa = new int[n];
        for (int i = 0; i < n; i++) {
            sa[i] = i;
        }
        int[] next = new int[n];
        int[] bucket = new int[rankToCp.length + 1];
        for (int k = depth - 1; k >= 0; k--) {
            Arrays.fill(bucket, 0);
            for (int i = 0; i < n; i++) {
                bucket[rankAt(sa[i], k) + 1]++;
            }
            for (int b = 1; b < bucket.length; b++) {
                bucket[b] += bucket[b - 1];
            }
            for (int i = 0; i < n; i++) {
                next[bucket[rankAt(sa[i], k)]++] = sa[i];
            }
            int[] swap = sa;
            sa = next;
            next = swap;
        }
        return sa;
    }

    /** {@code lcp[k]}: code points {@code sa[k-1]} and {@code sa[k]} share, within their words, up to depth. */
    int[] commonPrefixes(int[] sa, int depth) {
        int[] lcp = new int[sa.length];
        for (int k = 1; k < sa.length; k++) {
            int a = sa[k - 1];
            int b = sa[k];
            int max = Math.min(depth, Math.min(left[a], left[b]));
            int h = 0;
            while (h < max && ranks[a + h] == ranks[b + h]) {
                h++;
            }
            lcp[k] = h;
        }
        return lcp;
    }

    String piece(int position, int length) {
        int[] cps = new int[length];
        for (int i = 0; i < length; i++) {
            cps[i] = rankToCp[ranks[position + i]];
        }
        return new String(cps, 0, length);
    }
}
