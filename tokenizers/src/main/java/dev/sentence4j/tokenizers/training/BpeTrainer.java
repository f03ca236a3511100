package dev.sentence4j.tokenizers.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Learns BPE merges from word counts, as HF tokenizers' {@code BpeTrainer} (models/bpe/trainer.rs)
 * does: the vocabulary starts with the special tokens and the alphabet, every word is split into
 * characters (after the first, prefixed with {@code continuingSubwordPrefix} when set: WordPiece's
 * "##"), then the most frequent adjacent pair is merged, again and again, until the vocabulary
 * reaches {@code vocabSize}, no pair occurs {@code minFrequency} times, or nothing is left to merge.
 *
 * <p>Each step touches only the words that contain the merged pair (a pair -> words index) and a
 * priority queue yields the next pair, so training never rescans the corpus (Sennrich et al. 2016's
 * reference code recounts every pair after every merge).
 *
 * <p>Ties between pairs of equal count go to the smaller (left id, right id), HF's order. Ids are
 * deterministic here: special tokens, the alphabet in code point order, then the prefixed alphabet
 * in code point order (HF gives those ids in hash-map order), then merge results in the order they
 * are learned. So with a plain alphabet, ties between two single characters go lexicographically.
 */
public final class BpeTrainer {

    /** Receives (merges learned, merges at most) now and then. */
    @FunctionalInterface
    public interface Progress {
        void merged(long done, long total);
    }

    private final int vocabSize;
    private final long minFrequency;
    private final List<String> specialTokens;
    private final Integer limitAlphabet;
    private final Set<Integer> initialAlphabet;
    private final String prefix; // nullable: continuing_subword_prefix

    /**
     * @param initialAlphabet code points in the alphabet, seen or not (byte-level BPE: the 256 byte
     *                        symbols); a {@code limitAlphabet} cut drops seen chars first, as in HF
     */
    public BpeTrainer(int vocabSize, long minFrequency, List<String> specialTokens, Integer limitAlphabet,
                      Set<Integer> initialAlphabet, String continuingSubwordPrefix) {
        if (vocabSize < 1) {
            throw new IllegalArgumentException("vocab size must be positive, got " + vocabSize);
        }
        if (specialTokens == null || initialAlphabet == null) {
            throw new IllegalArgumentException("special tokens and initial alphabet must not be null (empty for none)");
        }
        if (continuingSubwordPrefix != null && continuingSubwordPrefix.isEmpty()) {
            throw new IllegalArgumentException("continuing subword prefix must be null or non-empty");
        }
        this.vocabSize = vocabSize;
        this.minFrequency = minFrequency;
        this.specialTokens = List.copyOf(specialTokens);
        this.limitAlphabet = limitAlphabet;
        this.initialAlphabet = Set.copyOf(initialAlphabet);
        this.prefix = continuingSubwordPrefix;
    }

    /** Trains on {@code wordCounts} (word -> occurrences; words as the pre-tokenizer produced them). */
    public LearnedBpe train(Map<String, Long> wordCounts, Progress progress) {
        if (wordCounts.isEmpty()) {
            throw new IllegalArgumentException("no words to train on: the corpus is empty after normalization and"
                    + " pre-tokenization");
        }
        // sized by what the data can fill, not by vocabSize (a user's 1.5e9 must not allocate, or
        // overflow "vocabSize * 2"): every merge shortens some word, so the vocabulary never exceeds
        // the special tokens, the initial alphabet and twice the code points (plain and prefixed forms)
        long codePoints = 0;
        for (String word : wordCounts.keySet()) {
            codePoints += word.length();
        }
        int expected = (int) Math.min(vocabSize, Math.min(1 << 20,
                specialTokens.size() + initialAlphabet.size() + 2 * codePoints));
        List<String> vocab = new ArrayList<>(expected);
        Map<String, Integer> ids = HashMap.newHashMap(expected);
        for (String s : specialTokens) {
            add(s, vocab, ids);
        }
        int specials = vocab.size();
        int[] alphabet = alphabet(wordCounts);
        for (int c : alphabet) {
            add(Character.toString(c), vocab, ids);
        }
        // the prefixed alphabet: every kept char seen after the first position of a word
        TreeSet<Integer> continuing = new TreeSet<>();
        if (prefix != null) {
            for (String w : wordCounts.keySet()) {
                w.codePoints().skip(1).filter(c -> ids.containsKey(Character.toString(c))).forEach(continuing::add);
            }
            for (int c : continuing) {
                add(prefix + Character.toString(c), vocab, ids);
            }
        }
        if (vocab.size() > vocabSize) {
            throw new IllegalArgumentException("vocab size " + vocabSize + " is smaller than the " + specials
                    + " special tokens plus the alphabet of " + alphabet.length + " characters"
                    + (prefix == null ? "" : " and their " + continuing.size() + " '" + prefix + "' forms")
                    + ": at least " + vocab.size() + " needed");
        }

        // words as symbol ids; chars left out of the alphabet are dropped, as HF does
        int n = wordCounts.size();
        int[][] words = new int[n][];
        int[] lengths = new int[n];
        long[] counts = new long[n];
        int w = 0;
        long symbols = 0;
        for (Map.Entry<String, Long> e : wordCounts.entrySet()) {
            words[w] = split(e.getKey(), ids);
            lengths[w] = words[w].length;
            counts[w] = e.getValue();
            symbols += lengths[w];
            w++;
        }

        // distinct pairs are far fewer than symbols (English: about a quarter); the table grows if not
        PairStats stats = new PairStats((int) Math.min(1 << 22, Math.max(1024, symbols / 4)));
        for (w = 0; w < n; w++) {
            int[] s = words[w];
            for (int i = 0; i + 1 < lengths[w]; i++) {
                int slot = stats.slot(PairStats.key(s[i], s[i + 1]));
                stats.addCount(slot, counts[w]);
                stats.addWord(slot, w);
            }
        }
        MergeQueue queue = new MergeQueue();
        for (int slot = 0; slot < stats.capacity(); slot++) {
            if (stats.count(slot) > 0) {
                queue.push(stats.count(slot), stats.key(slot));
            }
        }

        List<LearnedBpe.Merge> merges = new ArrayList<>();
        long target = Math.max(1, vocabSize - vocab.size());
        int[] touched = new int[64];
        int step = 0;
        while (vocab.size() < vocabSize && !queue.isEmpty()) {
            long key = queue.topKey();
            long queued = queue.topCount();
            queue.pop();
            int slot = stats.find(key);
            long current = stats.count(slot);
            if (queued != current) {
                // stale: a lower current count is re-queued; a higher one already has its own entry
                if (current > 0 && current < queued) {
                    queue.push(current, key);
                }
                continue;
            }
            if (current < 1 || current < minFrequency) {
                break;
            }
            int a = PairStats.left(key);
            int b = PairStats.right(key);
            String right = vocab.get(b);
            if (prefix != null && right.startsWith(prefix)) {
                right = right.substring(prefix.length());
            }
            String token = vocab.get(a) + right;
            int merged = add(token, vocab, ids);
            merges.add(new LearnedBpe.Merge(vocab.get(a), vocab.get(b)));

            int touchedCount = 0;
            for (int word : stats.words(slot)) {
                // one word adds at most one new pair per symbol: a long word (a CJK or Thai run under
                // byte-level BPE, a base64 blob under WordPiece) can add hundreds in one call
                if (touchedCount + lengths[word] > touched.length) {
                    touched = Arrays.copyOf(touched, Math.max(touched.length * 2, touchedCount + lengths[word]));
                }
                touchedCount = mergeWord(words, lengths, counts, word, a, b, merged, stats, step, touched, touchedCount);
            }
            for (int i = 0; i < touchedCount; i++) {
                long c = stats.count(touched[i]);
                if (c > 0) {
                    queue.push(c, stats.key(touched[i]));
                }
            }
            step++;
            if (progress != null && (step & 255) == 0) {
                progress.merged(Math.min(step, target), target);
            }
        }
        if (progress != null) {
            progress.merged(target, target);
        }
        return new LearnedBpe(vocab, merges);
    }

    /**
     * Merges every (a, b) in one word, left to right without overlap (HF Word::merge), and moves
     * the word's weight from its old pairs to its new ones. Pairs with the new symbol gain this
     * word in their index and are collected in {@code touched} to be queued once per step.
     */
    private static int mergeWord(int[][] words, int[] lengths, long[] counts, int word, int a, int b, int merged,
                                 PairStats stats, int step, int[] touched, int touchedCount) {
        int[] s = words[word];
        int len = lengths[word];
        boolean found = false;
        for (int i = 0; i + 1 < len; i++) {
            if (s[i] == a && s[i + 1] == b) {
                found = true;
                break;
            }
        }
        if (!found) {
            return touchedCount; // a stale index entry
        }
        long count = counts[word];
        for (int i = 0; i + 1 < len; i++) {
            stats.addCount(stats.find(PairStats.key(s[i], s[i + 1])), -count);
        }
        int j = 0;
        for (int i = 0; i < len; ) {
            if (i + 1 < len && s[i] == a && s[i + 1] == b) {
                s[j++] = merged;
                i += 2;
            } else {
                s[j++] = s[i++];
            }
        }
        lengths[word] = j;
        for (int i = 0; i + 1 < j; i++) {
            int slot = stats.slot(PairStats.key(s[i], s[i + 1]));
            stats.addCount(slot, count);
            if (s[i] == merged || s[i + 1] == merged) {
                stats.addWord(slot, word);
                if (stats.markQueued(slot, step)) {
                    touched[touchedCount++] = slot;
                }
            }
        }
        return touchedCount;
    }

    /** Seen chars (weighted by word count) plus the initial alphabet, cut to limitAlphabet, in code point order. */
    private int[] alphabet(Map<String, Long> wordCounts) {
        Map<Integer, Long> freq = new HashMap<>();
        for (Map.Entry<String, Long> e : wordCounts.entrySet()) {
            long c = e.getValue();
            e.getKey().codePoints().forEach(cp -> freq.merge(cp, c, Long::sum));
        }
        for (int cp : initialAlphabet) {
            freq.put(cp, Long.MAX_VALUE);
        }
        List<Map.Entry<Integer, Long>> kept = new ArrayList<>(freq.entrySet());
        if (limitAlphabet != null && kept.size() > limitAlphabet) {
            // keep the most frequent; among equals, the smaller code point (HF: unspecified)
            kept.sort(Comparator.<Map.Entry<Integer, Long>>comparingLong(Map.Entry::getValue).reversed()
                    .thenComparing(Map.Entry::getKey));
            kept = kept.subList(0, limitAlphabet);
        }
        return kept.stream().mapToInt(Map.Entry::getKey).sorted().toArray();
    }

    private int[] split(String word, Map<String, Integer> ids) {
        int[] cps = word.codePoints().toArray();
        int[] out = new int[cps.length];
        int k = 0;
        for (int i = 0; i < cps.length; i++) {
            String c = Character.toString(cps[i]);
            if (!ids.containsKey(c)) {
                continue;
            }
            // the prefix goes by position in the word, dropped chars included (HF tokenize_words)
            out[k++] = ids.get(prefix != null && i > 0 ? prefix + c : c);
        }
        return Arrays.copyOf(out, k);
    }

    private static int add(String token, List<String> vocab, Map<String, Integer> ids) {
        Integer id = ids.get(token);
        if (id != null) {
            return id;
        }
        vocab.add(token);
        ids.put(token, vocab.size() - 1);
        return vocab.size() - 1;
    }
}
