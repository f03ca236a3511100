package dev.sentence4j.tokenizers.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The initial vocabulary of Unigram training (SentencePiece's MakeSeedSentencePieces, HF
 * models/unigram/trainer.rs make_seed_sentence_pieces): every character, scored by its count,
 * then the most frequent substrings of 2 to {@code maxPieceLength} code points, scored by count
 * times length, up to {@code seedSize} pieces in all; scores are then normalized to
 * log-probabilities.
 *
 * <p>Counting: a substring's count is the number of its occurrences in the corpus, i.e. each
 * occurrence inside a distinct word weighted by that word's count, and substrings counted at
 * least twice are candidates. HF and SentencePiece run an enhanced suffix array (esaxx) over the
 * distinct words joined by NUL and count suffix-array positions without the word counts, keeping
 * only the internal nodes of the suffix tree; here every substring is a candidate, so a frequent
 * word that no other word contains is a seed too (HF would only learn it if some other word
 * contained it).
 *
 * <p>How: the suffixes of the distinct words are sorted to depth {@code maxPieceLength} (an LSD
 * radix sort, one stable counting pass per position; a full suffix array is not needed, since no
 * piece is longer), then for each length L the substrings of length L are the runs of adjacent
 * suffixes whose common prefix (capped at the word end) is at least L, and a run's count is the
 * sum of its suffixes' word counts. Candidates are never materialized: a first pass finds the
 * score of the last seed that fits with a min-heap of scores, a second pass keeps the candidates
 * at or above it, and only the seeds become strings. Memory: a few int arrays as long as the
 * distinct words' text, and the seeds (the map of every substring this replaced took 3 GB on 10 MB
 * of text with 173k distinct words).
 *
 * <p>Ties are broken by the piece's text in {@link String#compareTo} order: code points are ranked
 * in their UTF-16 order, so the suffix order is the strings' order (for text without unpaired
 * surrogates, which UTF-8 decoding never produces), and (first suffix of the run, length) orders
 * equal-scored substrings as their strings would.
 */
final class SeedPieces {

    private SeedPieces() {
    }

    /**
     * @param words  code points of each distinct word
     * @param counts {@code counts[i]}: occurrences of {@code words.get(i)}
     * @return chars by count descending, then substrings by count * length descending (ties by
     *     piece, for a deterministic order), their scores log-probabilities
     */
    static List<ScoredPiece> of(List<int[]> words, long[] counts, int maxPieceLength, int seedSize) {
        return withLattices(words, counts, maxPieceLength, seedSize).pieces();
    }

    /**
     * The seeds, and every word's lattice under them: piece i of {@code pieces} has id i + 1 (id 0
     * is the unknown piece, unused here since every char is a seed), and a substring seed's
     * occurrences are the suffixes of its run, so no trie of a million seeds is walked.
     *
     * @param pieces   as {@link #of} returns them
     * @param lattices the words' nodes, positions in the order of {@code words}
     */
    record Result(List<ScoredPiece> pieces, WordLattices lattices) {
    }

    static Result withLattices(List<int[]> words, long[] counts, int maxPieceLength, int seedSize) {
        RankedText text = RankedText.of(words, counts);
        // chars first, by count descending then piece (a String compare: ranks are in that order)
        Integer[] chars = IntStream.range(1, text.rankToCp.length).boxed().toArray(Integer[]::new);
        Arrays.sort(chars, Comparator.comparingLong((Integer r) -> text.charCounts[r]).reversed()
                .thenComparingInt(r -> r));
        int wanted = seedSize - chars.length;
        int depth = Math.min(maxPieceLength, text.longestWord);
        int[] sa = null;
        Candidates kept = new Candidates();
        int[] order = new int[0];
        if (wanted > 0 && depth >= 2) {
            sa = text.suffixesSortedToDepth(depth);
            int[] lcp = text.commonPrefixes(sa, depth);
            long threshold = thresholdScore(text, sa, lcp, depth, wanted);
            forEachSubstring(text, sa, lcp, depth, (first, end, length, score) -> {
                if (score >= threshold) {
                    kept.add(score, first, end, length);
                }
            });
            order = kept.bestFirst();
        }
        int size = chars.length + Math.max(0, Math.min(wanted, order.length)); // every char, even past seedSize
        String[] pieces = new String[size];
        double[] scores = new double[size]; // count, or count * length
        for (int i = 0; i < chars.length; i++) {
            pieces[i] = Character.toString(text.rankToCp[chars[i]]);
            scores[i] = text.charCounts[chars[i]];
        }
        for (int i = chars.length, k = 0; i < size; i++, k++) {
            int c = order[k];
            pieces[i] = text.piece(sa[kept.firsts[c]], kept.lengths[c]);
            scores[i] = kept.scores[c];
        }
        double sum = 0.0;
        for (double s : scores) {
            sum += s;
        }
        double logSum = Math.log(sum);
        List<ScoredPiece> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(new ScoredPiece(pieces[i], Math.log(scores[i]) - logSum));
        }
        return new Result(out, lattices(text, sa, chars, kept, order, size - chars.length, words));
    }

    /**
     * Nodes per position: its char (id 1 + the char's place among the seeds), then each substring
     * seed whose run holds the position, by length ascending (as a trie walk finds them).
     */
    private static WordLattices lattices(RankedText text, int[] sa, Integer[] chars, Candidates kept, int[] order,
                                         int substrings, List<int[]> words) {
        int n = text.ranks.length;
        int[] charId = new int[text.rankToCp.length];
        for (int i = 0; i < chars.length; i++) {
            charId[chars[i]] = 1 + i;
        }
        int[] firstNode = new int[n + 1];
        for (int p = 0; p < n; p++) {
            firstNode[p + 1] = 1; // its char
        }
        for (int k = 0; k < substrings; k++) {
            int c = order[k];
            for (int j = kept.firsts[c]; j < kept.ends[c]; j++) {
                firstNode[sa[j] + 1]++;
            }
        }
        for (int p = 0; p < n; p++) {
            firstNode[p + 1] += firstNode[p];
        }
        int[] ids = new int[firstNode[n]];
        char[] lengths = new char[firstNode[n]];
        int[] fill = new int[n]; // nodes written at each position so far
        for (int p = 0; p < n; p++) {
            ids[firstNode[p]] = charId[text.ranks[p]];
            lengths[firstNode[p]] = 1;
            fill[p] = 1;
        }
        for (int k = 0; k < substrings; k++) {
            int c = order[k];
            for (int j = kept.firsts[c]; j < kept.ends[c]; j++) {
                int p = sa[j];
                int at = firstNode[p] + fill[p]++;
                ids[at] = 1 + chars.length + k;
                lengths[at] = (char) kept.lengths[c];
            }
        }
        for (int p = 0; p < n; p++) { // insertion sort by length: at most maxPieceLength nodes
            for (int i = firstNode[p] + 1; i < firstNode[p + 1]; i++) {
                int id = ids[i];
                char length = lengths[i];
                int j = i - 1;
                while (j >= firstNode[p] && lengths[j] > length) {
                    ids[j + 1] = ids[j];
                    lengths[j + 1] = lengths[j];
                    j--;
                }
                ids[j + 1] = id;
                lengths[j + 1] = length;
            }
        }
        int[] wordStart = new int[words.size() + 1];
        for (int w = 0; w < words.size(); w++) {
            wordStart[w + 1] = wordStart[w] + words.get(w).length;
        }
        return new WordLattices(wordStart, firstNode, ids, lengths, ids.length);
    }

    @FunctionalInterface
    private interface SubstringSink {
        /** A distinct substring: the suffixes {@code sa[first, end)} start with it; score = count * length. */
        void accept(int first, int end, int length, long score);
    }

    /**
     * Every distinct substring of 2 to {@code depth} code points counted at least twice. The
     * substrings of length L are the runs of suffixes whose common prefix with the previous one is
     * at least L; one pass over the suffixes keeps the run of every length open at once (after
     * suffix k: lengths 2 to its available code points), ends those longer than the next common
     * prefix, and counts a run as a difference of prefix sums of the word counts.
     */
    private static void forEachSubstring(RankedText text, int[] sa, int[] lcp, int depth, SubstringSink sink) {
        int n = sa.length;
        long[] prefix = new long[n + 1]; // [k]: the word counts of suffixes sa[0, k)
        for (int k = 0; k < n; k++) {
            prefix[k + 1] = prefix[k] + text.weights[sa[k]];
        }
        int[] runStart = new int[depth + 1]; // [L]: the first suffix of the open run of length L
        int open = 0; // runs of lengths 2..open are open
        for (int k = 0; k <= n; k++) {
            int shared = k < n ? lcp[k] : 0; // runs up to this length go on through suffix k
            for (int length = Math.max(2, shared + 1); length <= open; length++) {
                long count = prefix[k] - prefix[runStart[length]];
                if (count >= 2) {
                    sink.accept(runStart[length], k, length, count * length);
                }
            }
            if (k < n) {
                open = Math.min(depth, text.available(sa[k]));
                for (int length = Math.max(2, shared + 1); length <= open; length++) {
                    runStart[length] = k;
                }
            }
        }
    }

    /** The score of the {@code wanted}-th best candidate (every candidate's score is above 0). */
    private static long thresholdScore(RankedText text, int[] sa, int[] lcp, int depth, int wanted) {
        long[] heap = new long[wanted]; // min-heap of the best scores so far
        int[] size = {0};
        forEachSubstring(text, sa, lcp, depth, (first, end, length, score) -> {
            if (size[0] < wanted) {
                int i = size[0]++;
                while (i > 0 && heap[(i - 1) / 2] > score) {
                    heap[i] = heap[(i - 1) / 2];
                    i = (i - 1) / 2;
                }
                heap[i] = score;
            } else if (score > heap[0]) {
                int i = 0;
                while (true) {
                    int child = 2 * i + 1;
                    if (child >= wanted) {
                        break;
                    }
                    if (child + 1 < wanted && heap[child + 1] < heap[child]) {
                        child++;
                    }
                    if (heap[child] >= score) {
                        break;
                    }
                    heap[i] = heap[child];
                    i = child;
                }
                heap[i] = score;
            }
        });
        return size[0] < wanted ? 0 : heap[0];
    }

    /** Growable parallel arrays of the candidates that may be seeds. */
    private static final class Candidates {
        long[] scores = new long[1024];
        int[] firsts = new int[1024];
        int[] ends = new int[1024];
        int[] lengths = new int[1024];
        int size;

        void add(long score, int first, int end, int length) {
            if (size == scores.length) {
                scores = Arrays.copyOf(scores, size * 2);
                firsts = Arrays.copyOf(firsts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
                lengths = Arrays.copyOf(lengths, size * 2);
            }
            scores[size] = score;
            firsts[size] = first;
            ends[size] = end;
            lengths[size] = length;
            size++;
        }

        /** Indices by score descending, then first suffix, then length: the pieces' order on ties. */
        int[] bestFirst() {
            int[] order = new int[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            mergeSort(order, new int[size], 0, size);
            return order;
        }

        private boolean before(int i, int j) {
            if (scores[i] != scores[j]) {
                return scores[i] > scores[j];
            }
            return firsts[i] != firsts[j] ? firsts[i] < firsts[j] : lengths[i] < lengths[j];
        }

        /** Sorts {@code a[from, to)} by {@link #before} (a plain merge sort: no boxing of a million indices). */
        private void mergeSort(int[] a, int[] tmp, int from, int to) {
            if (to - from < 2) {
                return;
            }
            int mid = (from + to) >>> 1;
            mergeSort(a, tmp, from, mid);
            mergeSort(a, tmp, mid, to);
            if (!before(a[mid], a[mid - 1])) {
                return; // already in order
            }
            System.arraycopy(a, from, tmp, from, to - from);
            int i = from;
            int j = mid;
            for (int k = from; k < to; k++) {
                if (j >= to || (i < mid && !before(tmp[j], tmp[i]))) {
                    a[k] = tmp[i++];
                } else {
                    a[k] = tmp[j++];
                }
            }
        }
    }
}
