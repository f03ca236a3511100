package dev.sentence4j.tokenizers.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The cached nodes, renumbered after pieces are removed, against a lattice built afresh by walking
 * the trie of the remaining pieces: same nodes, same order, same scores.
 */
class WordLatticesTest {

    private static final Map<String, Long> WORDS = Map.of("▁lower", 2L, "▁low", 5L, "▁newest", 6L, "▁widest", 3L,
            "▁lowest", 1L, "xyz", 1L);

    /** Node i as "start-end:piece:score". */
    private static List<String> nodes(UnigramLattice lattice, String[] pieces) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lattice.size(); i++) {
            out.add(lattice.start(i) + "-" + lattice.end(i) + ":" + pieces[lattice.id(i)]);
        }
        return out;
    }

    @Test
    void renumberedNodesEqualAFreshTrieWalk() {
        TrainingWords words = TrainingWords.of(WORDS);
        List<ScoredPiece> seeds = SeedPieces.of(words.codePoints(), words.counts(), 16, 1000);
        String[] pieces = new String[seeds.size() + 1];
        double[] scores = new double[seeds.size() + 1];
        pieces[0] = "<unk>";
        for (int i = 0; i < seeds.size(); i++) {
            pieces[i + 1] = seeds.get(i).piece();
            scores[i + 1] = seeds.get(i).score();
        }
        WordLattices lattices = SeedPieces.withLattices(words.codePoints(), words.counts(), 16, 1000).lattices();
        // the seeds' own lattices (from the suffix runs) equal a trie walk over the seeds
        WordLattices walked = WordLattices.of(words, UnigramLattice.Pieces.of(pieces, scores));
        for (int w = 0; w < words.size(); w++) {
            assertThat(nodes(lattices.load(w, new UnigramLattice(), scores, 0), pieces)).as("word %d", w)
                    .isEqualTo(nodes(walked.load(w, new UnigramLattice(), scores, 0), pieces));
        }
        // "y" and "z" are seeds once; drop them: xyz gets the unknown piece at positions 1 and 2
        assertThat(pieces).contains("y", "z", "est", "▁low", "▁lo");
        for (List<String> removed : List.of(List.of("est", "y"), List.of("▁low", "z", "o"), List.of("▁lo", "w"))) {
            int[] newIds = new int[pieces.length];
            List<String> nextPieces = new ArrayList<>();
            List<Double> nextScores = new ArrayList<>();
            for (int i = 0; i < pieces.length; i++) {
                // reversed order of the survivors: renumbering is a permutation too, as pruning's
                newIds[i] = -1;
                if (i == 0 || !removed.contains(pieces[i])) {
                    nextPieces.add(i == 0 ? 0 : Math.min(1, nextPieces.size()), pieces[i]);
                    nextScores.add(i == 0 ? 0 : Math.min(1, nextScores.size()), scores[i] - 0.5 * i);
                }
            }
            for (int k = 0; k < nextPieces.size(); k++) {
                newIds[Arrays.asList(pieces).indexOf(nextPieces.get(k))] = k;
            }
            pieces = nextPieces.toArray(String[]::new);
            scores = nextScores.stream().mapToDouble(Double::doubleValue).toArray();
            lattices.renumber(newIds);
            UnigramLattice.Pieces table = UnigramLattice.Pieces.of(pieces, scores);
            for (int w = 0; w < words.size(); w++) {
                UnigramLattice fresh = new UnigramLattice(words.codePoints().get(w), table);
                UnigramLattice cached = lattices.load(w, new UnigramLattice(), scores, table.unkScore());
                assertThat(nodes(cached, pieces)).as("word %d after removing %s", w, removed)
                        .isEqualTo(nodes(fresh, pieces));
                assertThat(cached.viterbi()).isEqualTo(fresh.viterbi());
                double[] a = new double[pieces.length];
                double[] b = new double[pieces.length];
                assertThat(cached.addMarginals(2, a)).isEqualTo(fresh.addMarginals(2, b));
                assertThat(a).isEqualTo(b);
            }
        }
        // the unknown piece now stands for y, z, o and w
        int xyzIndex = List.copyOf(new TreeMap<>(WORDS).keySet()).indexOf("xyz"); // words are sorted
        assertThat(words.codePoints().get(xyzIndex)).containsExactly('x', 'y', 'z');
        UnigramLattice xyz = lattices.load(xyzIndex, new UnigramLattice(), scores, -99);
        assertThat(nodes(xyz, pieces)).containsExactly("0-1:x", "1-2:<unk>", "2-3:<unk>");
    }

    @Test
    void theUnknownPieceKeepsItsId() {
        TrainingWords words = TrainingWords.of(Map.of("ab", 1L));
        WordLattices lattices = WordLattices.of(words, UnigramLattice.Pieces.of(new String[] {"<unk>", "a"},
                new double[] {0, -1}));
        assertThatThrownBy(() -> lattices.renumber(new int[] {1, 0})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("found 1");
    }
}
