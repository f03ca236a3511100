package dev.sentence4j.tokenizers.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The seed extraction that {@link SeedPieces} replaced, kept as its test oracle: an exact counter
 * of every substring of 2 to {@code maxPieceLength} code points of every word, each occurrence
 * weighted by its word's count, in a map of strings (simple and obviously right, and 3 GB on 10 MB
 * of real text). {@code SeedPiecesTest} checks that both give the same seeds, order and scores.
 */
final class SeedPiecesReference {

    private SeedPiecesReference() {
    }

    /**
     * @param words  code points of each distinct word
     * @param counts {@code counts[i]}: occurrences of {@code words.get(i)}
     * @return chars by count descending, then substrings by count * length descending (ties by
     *     piece, for a deterministic order), their scores log-probabilities
     */
    static List<ScoredPiece> of(List<int[]> words, long[] counts, int maxPieceLength, int seedSize) {
        Map<Integer, long[]> chars = new TreeMap<>();
        Map<String, long[]> substrings = new HashMap<>();
        for (int w = 0; w < words.size(); w++) {
            int[] cps = words.get(w);
            long count = counts[w];
            for (int start = 0; start < cps.length; start++) {
                chars.computeIfAbsent(cps[start], k -> new long[1])[0] += count;
                int maxEnd = Math.min(cps.length, start + maxPieceLength);
                for (int end = start + 2; end <= maxEnd; end++) {
                    substrings.computeIfAbsent(new String(cps, start, end - start), k -> new long[1])[0] += count;
                }
            }
        }
        record Scored(String piece, double score) {
        }
        Comparator<Scored> byScore = Comparator.comparingDouble(Scored::score).reversed()
                .thenComparing(Scored::piece);
        List<Scored> seeds = new ArrayList<>();
        for (var e : chars.entrySet()) {
            seeds.add(new Scored(Character.toString(e.getKey()), e.getValue()[0]));
        }
        seeds.sort(byScore);
        List<Scored> frequent = new ArrayList<>();
        for (var e : substrings.entrySet()) {
            long count = e.getValue()[0];
            if (count >= 2) {
                frequent.add(new Scored(e.getKey(), (double) count * e.getKey().codePointCount(0, e.getKey().length())));
            }
        }
        substrings.clear();
        frequent.sort(byScore);
        for (int i = 0; i < frequent.size() && seeds.size() < seedSize; i++) {
            seeds.add(frequent.get(i));
        }
        double sum = 0.0;
        for (Scored s : seeds) {
            sum += s.score();
        }
        double logSum = Math.log(sum);
        List<ScoredPiece> out = new ArrayList<>(seeds.size());
        for (Scored s : seeds) {
            out.add(new ScoredPiece(s.piece(), Math.log(s.score()) - logSum));
        }
        return out;
    }
}
