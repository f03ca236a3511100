package dev.sentence4j.tokenizers.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Learns a Unigram vocabulary (SentencePiece's unigram language model, Kudo 2018, arXiv:1804.10959)
 * from word counts, following HF tokenizers' models/unigram/trainer.rs and SentencePiece's
 * unigram_model_trainer.cc:
 * <ol>
 *   <li>seeds: every char and the most frequent substrings ({@link SeedPieces});</li>
 *   <li>EM rounds: {@code nSubIterations} times an E-step (expected piece counts by
 *       forward-backward over each word's lattice, {@link UnigramLattice}) and an M-step (the
 *       Bayesian update {@code score = ψ(count) - ψ(total)}, pieces expected fewer than 0.5 times
 *       dropped); then pruning ({@link UnigramPruning}) by {@code shrinkingFactor}, until at most
 *       1.1 times the wanted number of pieces remain;</li>
 *   <li>finalization: every required char (scored {@code minScore + k * 0.0001} when EM dropped
 *       it, as HF does), then the best-scored pieces up to the vocabulary size.</li>
 * </ol>
 * Scores are HF's and SentencePiece's: ψ(count) - ψ(total) is not a normalized log-probability
 * (the sum of exp(score) is a little below 1, since exp ψ(x) ≈ x - 1/2), and no renormalization
 * follows, so a trained vocabulary segments text the way HF's would.
 *
 * <p>Deterministic: words are visited in sorted order, ties are broken by the piece's text, and
 * the E-step's per-chunk sums are added in a fixed order whatever the number of cores.
 */
public final class UnigramTrainer {

    /** Called after each EM iteration, e.g. for a progress bar. */
    @FunctionalInterface
    public interface Progress {
        /**
         * @param iteration       EM iterations done so far
         * @param expectedTotal   HF's estimate of the iterations needed (the real number may differ)
         * @param vocabularySize  the number of pieces after this iteration
         */
        void onIteration(int iteration, int expectedTotal, int vocabularySize);
    }

    /** SentencePiece's M-step drops pieces expected fewer times than this. */
    private static final double EXPECTED_FREQUENCY_THRESHOLD = 0.5;
    /** Score step between required chars that EM dropped and finalization puts back (HF). */
    private static final double MIN_SCORE_PENALTY_DELTA = 0.0001;

    private final int vocabSize;
    private final List<String> specialTokens;
    private final String unkToken;
    private final int maxPieceLength;
    private final double shrinkingFactor;
    private final int nSubIterations;
    private final int seedSize;

    /** With HF's defaults: maxPieceLength 16, shrinkingFactor 0.75, nSubIterations 2, seedSize 1,000,000. */
    public UnigramTrainer(int vocabSize, List<String> specialTokens, String unkToken) {
        this(vocabSize, specialTokens, unkToken, 16, 0.75, 2, 1_000_000);
    }

    /**
     * @param vocabSize      the most entries in the result, special tokens included
     * @param specialTokens  first in the result, in this order
     * @param unkToken       the unknown token; added before the special tokens unless among them
     * @param maxPieceLength the longest piece, in code points
     * @param shrinkingFactor the share of pieces each pruning keeps, in (0, 1)
     * @param nSubIterations EM iterations between prunings
     * @param seedSize       the most seed pieces (chars always included)
     */
    public UnigramTrainer(int vocabSize, List<String> specialTokens, String unkToken, int maxPieceLength,
                          double shrinkingFactor, int nSubIterations, int seedSize) {
        Objects.requireNonNull(specialTokens, "specialTokens");
        if (vocabSize < 1) {
            throw new IllegalArgumentException("vocabSize must be at least 1, found " + vocabSize);
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < specialTokens.size(); i++) {
            String t = specialTokens.get(i);
            if (t == null || t.isEmpty()) {
                throw new IllegalArgumentException("specialTokens[" + i + "] must be a non-empty string, found "
                        + (t == null ? "null" : "''"));
            }
            if (!seen.add(t)) {
                throw new IllegalArgumentException("specialTokens[" + i + "] '" + t + "' is a duplicate");
            }
        }
        if (unkToken == null || unkToken.isEmpty()) {
            throw new IllegalArgumentException("unkToken must be a non-empty string, found "
                    + (unkToken == null ? "null" : "''"));
        }
        if (maxPieceLength < 1 || maxPieceLength > Character.MAX_VALUE) { // WordLattices keeps lengths in chars
            throw new IllegalArgumentException("maxPieceLength must be in [1, 65535], found " + maxPieceLength);
        }
        if (!(shrinkingFactor > 0 && shrinkingFactor < 1)) {
            throw new IllegalArgumentException("shrinkingFactor must be in (0, 1), found " + shrinkingFactor);
        }
        if (nSubIterations < 1) {
            throw new IllegalArgumentException("nSubIterations must be at least 1, found " + nSubIterations);
        }
        if (seedSize < 1) {
            throw new IllegalArgumentException("seedSize must be at least 1, found " + seedSize);
        }
        this.vocabSize = vocabSize;
        this.specialTokens = List.copyOf(specialTokens);
        this.unkToken = unkToken;
        this.maxPieceLength = maxPieceLength;
        this.shrinkingFactor = shrinkingFactor;
        this.nSubIterations = nSubIterations;
        this.seedSize = seedSize;
    }

    /** The special tokens as the result starts: the unknown token first unless it is among them. */
    public List<String> resultSpecialTokens() {
        if (specialTokens.contains(unkToken)) {
            return specialTokens;
        }
        List<String> out = new ArrayList<>(specialTokens.size() + 1);
        out.add(unkToken);
        out.addAll(specialTokens);
        return List.copyOf(out);
    }

    /** The index of the unknown token in the result: tokenizer.json's Unigram "unk_id". */
    public int unkId() {
        return resultSpecialTokens().indexOf(unkToken);
    }

    public List<ScoredPiece> train(Map<String, Long> wordCounts) {
        return train(wordCounts, (iteration, expected, size) -> { });
    }

    /**
     * @param wordCounts pre-tokenized words (as the Metaspace pre-tokenizer makes them, "▁hello")
     *                   and their counts
     * @return the special tokens (score 0.0; the unknown token at {@link #unkId()}), then the
     *     learned pieces by score descending (ties by piece): at most {@code vocabSize} entries
     */
    public List<ScoredPiece> train(Map<String, Long> wordCounts, Progress progress) {
        Objects.requireNonNull(progress, "progress");
        TrainingWords words = TrainingWords.of(wordCounts);
        List<String> specials = resultSpecialTokens();
        Set<String> specialSet = new HashSet<>(specials);
        TreeSet<Integer> required = new TreeSet<>();
        for (int[] cps : words.codePoints()) {
            for (int cp : cps) {
                required.add(cp);
            }
        }
        required.removeIf(cp -> specialSet.contains(Character.toString(cp)));
        int target = vocabSize - specials.size(); // learned pieces wanted
        if (required.size() > target) {
            throw new IllegalArgumentException("vocabSize " + vocabSize + " is smaller than the " + required.size()
                    + " characters of the corpus plus " + specials.size() + " special tokens ("
                    + (required.size() + specials.size()) + "); every character must have a piece");
        }

        SeedPieces.Result seeded = SeedPieces.withLattices(words.codePoints(), words.counts(), maxPieceLength, seedSize);
        WordLattices lattices = seeded.lattices(); // piece i + 1 is seeds.get(i), as below
        List<ScoredPiece> seeds = seeded.pieces();
        seeded = null; // a million seeds: keep only the arrays below alive
        String[] pieces = new String[seeds.size() + 1];
        double[] scores = new double[seeds.size() + 1];
        pieces[UnigramLattice.UNK] = unkToken; // only a placeholder at id 0 while training
        scores[UnigramLattice.UNK] = Double.NaN;
        for (int i = 0; i < seeds.size(); i++) {
            pieces[i + 1] = seeds.get(i).piece();
            scores[i + 1] = seeds.get(i).score();
        }
        seeds = null;
        int desired = (int) ((long) target * 11 / 10); // EM stops at 1.1x, finalization cuts (HF, SentencePiece)
        // V = N * f^k, so k = log(V / N) / log(f) prunings (HF's progress estimate)
        int expectedTotal = (Math.max(0, (int) ((Math.log(desired) - Math.log(pieces.length))
                / Math.log(shrinkingFactor))) + 1) * nSubIterations;
        int iteration = 0;
        while (true) {
            for (int sub = 0; sub < nSubIterations; sub++) {
                double[] expected = eStep(scores, words, lattices);
                int kept = 1;
                double total = 0.0;
                for (int i = 1; i < pieces.length; i++) {
                    if (expected[i] >= EXPECTED_FREQUENCY_THRESHOLD) {
                        kept++;
                        total += expected[i];
                    }
                }
                // Bayesian (DP-prior) EM instead of count / total: sparser vocabularies
                // (SentencePiece, after Liang's ACL 2007 tutorial on nonparametric Bayesian methods)
                double logTotal = Digamma.of(total);
                String[] nextPieces = new String[kept];
                double[] nextScores = new double[kept];
                int[] newIds = new int[pieces.length];
                nextPieces[0] = pieces[0];
                nextScores[0] = Double.NaN;
                for (int i = 1, k = 1; i < pieces.length; i++) {
                    newIds[i] = -1;
                    if (expected[i] >= EXPECTED_FREQUENCY_THRESHOLD) {
                        newIds[i] = k;
                        nextPieces[k] = pieces[i];
                        nextScores[k++] = Digamma.of(expected[i]) - logTotal;
                    }
                }
                lattices.renumber(newIds);
                pieces = nextPieces;
                scores = nextScores;
                progress.onIteration(++iteration, expectedTotal, pieces.length - 1);
            }
            if (pieces.length <= desired) {
                break;
            }
            int prunedSize = Math.max(desired, (int) (pieces.length * shrinkingFactor));
            int[] keep = UnigramPruning.keep(pieces, scores, words, lattices, prunedSize);
            if (keep.length >= pieces.length) {
                break; // nothing left that can be pruned (only chars remain): no progress possible
            }
            String[] nextPieces = new String[keep.length];
            double[] nextScores = new double[keep.length];
            int[] newIds = new int[pieces.length];
            Arrays.fill(newIds, -1);
            for (int k = 0; k < keep.length; k++) {
                nextPieces[k] = pieces[keep[k]];
                nextScores[k] = scores[keep[k]];
                newIds[keep[k]] = k;
            }
            lattices.renumber(newIds);
            pieces = nextPieces;
            scores = nextScores;
        }
        return finalizePieces(pieces, scores, required, specials, target);
    }

    /** Expected count of each piece over all words (index 0, the unknown piece, included). */
    static double[] eStep(double[] scores, TrainingWords words, WordLattices lattices) {
        double unkScore = UnigramLattice.Pieces.unkScore(scores);
        return words.sumOverChunks(scores.length, (c, expected) -> {
            UnigramLattice lattice = new UnigramLattice();
            for (int w = words.chunkStart(c); w < words.chunkStart(c + 1); w++) {
                double z = lattices.load(w, lattice, scores, unkScore).addMarginals(words.counts()[w], expected);
                if (Double.isNaN(z)) {
                    throw new IllegalStateException("Unigram training: the likelihood of word '"
                            + new String(words.codePoints().get(w), 0, words.codePoints().get(w).length) + "' is NaN");
                }
            }
        });
    }

    private List<ScoredPiece> finalizePieces(String[] pieces, double[] scores, TreeSet<Integer> required,
                                             List<String> specials, int target) {
        Map<String, Double> existing = new HashMap<>();
        double minScore = Double.POSITIVE_INFINITY;
        for (int i = 1; i < pieces.length; i++) {
            existing.put(pieces[i], scores[i]);
            minScore = Math.min(minScore, scores[i]);
        }
        if (minScore == Double.POSITIVE_INFINITY) {
            minScore = 0.0;
        }
        Map<String, Double> learned = new TreeMap<>();
        double penalty = 0.0;
        for (int cp : required) { // code point order: the penalties do not depend on hashing
            String c = Character.toString(cp);
            Double score = existing.get(c);
            if (score == null) {
                score = minScore + penalty;
                penalty += MIN_SCORE_PENALTY_DELTA;
            }
            learned.put(c, score);
        }
        // SentencePiece's FinalizeSentencePieces takes the best-scored pieces (HF takes them in
        // its internal order); either way the cut is from about 1.1 x target down to target
        Set<String> specialSet = new HashSet<>(specials);
        Comparator<ScoredPiece> byScore = Comparator.comparingDouble(ScoredPiece::score).reversed()
                .thenComparing(ScoredPiece::piece);
        List<ScoredPiece> candidates = new ArrayList<>();
        for (var e : existing.entrySet()) {
            if (!learned.containsKey(e.getKey()) && !specialSet.contains(e.getKey())) {
                candidates.add(new ScoredPiece(e.getKey(), e.getValue()));
            }
        }
        candidates.sort(byScore);
        for (int i = 0; i < candidates.size() && learned.size() < target; i++) {
            learned.put(candidates.get(i).piece(), candidates.get(i).score());
        }
        List<ScoredPiece> sorted = new ArrayList<>(learned.size());
        learned.forEach((p, s) -> sorted.add(new ScoredPiece(p, s)));
        sorted.sort(byScore);
        List<ScoredPiece> out = new ArrayList<>(specials.size() + sorted.size());
        for (String s : specials) {
            out.add(new ScoredPiece(s, 0.0));
        }
        out.addAll(sorted);
        return List.copyOf(out);
    }
}
