package dev.sentence4j.tokenizers.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * One pruning round of Unigram training (SentencePiece's PruneSentencePieces, HF
 * models/unigram/trainer.rs prune_sentence_pieces): estimates for each piece how much the corpus
 * likelihood drops if it is removed and its occurrences are re-segmented into its second-best
 * segmentation, and keeps the pieces whose removal costs most.
 *
 * <p>A piece is kept without a loss when its second-best segmentation does not exist (single
 * chars); removed outright when its best segmentation is not itself and Viterbi never uses it.
 * The loss of piece i with Viterbi frequency freq[i] (of total {@code sum}) and alternatives A is
 * {@code freq[i]/N * (log(freq[i]/sum) - Σ_{a∈A} log((freq[a] + freq[i]) / (sum + freq[i](|A| - 1))))}
 * where N is the number of word occurrences. Two deliberate differences from HF's code, both
 * where HF departs from SentencePiece: the new total uses |A| (the number of alternatives of this
 * piece) where HF uses the number of pieces; and freq[i] stands for the summed counts of the words
 * containing piece i (HF sums them over an inverted index, which gives the same number).
 */
final class UnigramPruning {

    private UnigramPruning() {
    }

    /**
     * @param pieces     current pieces, index 0 the unknown piece
     * @param scores     their scores
     * @param lattices   every word's nodes under these pieces
     * @param prunedSize the size wanted (kept-without-loss pieces may exceed it)
     * @return the indices kept, 0 first, then those kept without a loss, then by loss descending
     */
    static int[] keep(String[] pieces, double[] scores, TrainingWords words, WordLattices lattices, int prunedSize) {
        UnigramLattice.Pieces table = UnigramLattice.Pieces.of(pieces, scores);
        int n = pieces.length;
        boolean[] alwaysKeep = new boolean[n];
        int[][] alternatives = new int[n][];
        // how each piece is re-segmented without itself: the second best segmentation of its text
        IntStream.range(1, n).parallel().forEach(id -> {
            List<int[]> best = new UnigramLattice(pieces[id].codePoints().toArray(), table).twoBest();
            alternatives[id] = new int[0];
            if (best.size() == 1) {
                alwaysKeep[id] = true;
            } else if (best.get(0).length >= 2) {
                alwaysKeep[id] = false;
            } else {
                alwaysKeep[id] = true;
                alternatives[id] = best.get(1);
            }
        });

        // Viterbi frequencies: sums of integer counts, exact in any order (below 2^53)
        double[] freq = words.sumOverChunks(n, (c, f) -> {
            UnigramLattice lattice = new UnigramLattice();
            for (int w = words.chunkStart(c); w < words.chunkStart(c + 1); w++) {
                lattices.load(w, lattice, scores, table.unkScore()).addViterbi(words.counts()[w], f);
            }
        });
        double occurrences = Arrays.stream(words.counts()).asDoubleStream().sum();
        double sum = Arrays.stream(freq).sum();
        double logSum = Math.log(sum);

        List<Integer> kept = new ArrayList<>();
        kept.add(UnigramLattice.UNK);
        record Candidate(int id, String piece, double loss) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int id = 1; id < n; id++) {
            if (freq[id] == 0.0 && !alwaysKeep[id]) {
                continue; // unused by Viterbi and never its own best segmentation: safe to remove
            }
            if (alternatives[id].length == 0) {
                kept.add(id); // no alternative segmentation: keep
                continue;
            }
            if (freq[id] == 0.0) {
                continue; // unused: removing it costs nothing (HF and SentencePiece drop it too)
            }
            double f = freq[id] / occurrences;
            double logProb = Math.log(freq[id]) - logSum;
            double logSumAlt = Math.log(sum + freq[id] * (alternatives[id].length - 1));
            double logProbAlt = 0.0;
            for (int alt : alternatives[id]) {
                logProbAlt += Math.log(freq[alt] + freq[id]) - logSumAlt;
            }
            candidates.add(new Candidate(id, pieces[id], f * (logProb - logProbAlt)));
        }
        candidates.sort(Comparator.comparingDouble(Candidate::loss).reversed().thenComparing(Candidate::piece));
        for (int i = 0; i < candidates.size() && kept.size() < prunedSize; i++) {
            kept.add(candidates.get(i).id());
        }
        return kept.stream().mapToInt(Integer::intValue).toArray();
    }
}
