package dev.sentence4j.tokenizers.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class UnigramTrainerTest {

    /** Sennrich et al.'s BPE example (low 5, lower 2, newest 6, widest 3) as Metaspace words. */
    private static final Map<String, Long> LOW_LOWER = Map.of("▁low", 5L, "▁lower", 2L, "▁newest", 6L, "▁widest", 3L);

    private static Set<String> pieces(List<ScoredPiece> result) {
        return result.stream().map(ScoredPiece::piece).collect(Collectors.toSet());
    }

    @Test
    void scoresAreHfsDigammaUpdate() {
        // single-char words: a lattice of one node, so the E-step counts are the word counts
        // (a 3, b 1) and the M-step gives ψ(3) - ψ(4) = -1/3 and ψ(1) - ψ(4) = -(1 + 1/2 + 1/3)
        List<ScoredPiece> result = new UnigramTrainer(10, List.of(), "<unk>").train(Map.of("a", 3L, "b", 1L));
        assertThat(result).hasSize(3);
        assertThat(result.get(0)).isEqualTo(new ScoredPiece("<unk>", 0.0));
        assertThat(result.get(1).piece()).isEqualTo("a");
        assertThat(result.get(1).score()).isCloseTo(-1.0 / 3, within(1e-9));
        assertThat(result.get(2).piece()).isEqualTo("b");
        assertThat(result.get(2).score()).isCloseTo(-11.0 / 6, within(1e-9));
    }

    @Test
    void charsDroppedByEmComeBackAtTheMinimumScorePlusAPenalty() {
        // "ab" x2. Seeds a 2, b 2, ab 2*2 = 4 (log-probs 1/4, 1/4, 1/2); E-step: P(ab) = 8/9, so
        // a and b are expected 2/9 times each, under 0.5: the M-step drops them, and ab alone
        // scores ψ(16/9) - ψ(16/9) = 0. Finalization puts the chars back at the minimum score
        // (0) plus 0.0001 per char already put back, in code point order: a 0.0, b 0.0001.
        List<ScoredPiece> result = new UnigramTrainer(10, List.of("<unk>"), "<unk>").train(Map.of("ab", 2L));
        assertThat(result).containsExactly(new ScoredPiece("<unk>", 0.0), new ScoredPiece("b", 0.0001),
                new ScoredPiece("a", 0.0), new ScoredPiece("ab", 0.0));
    }

    @Test
    void learnsEveryCharAndTheFrequentWords() {
        List<ScoredPiece> result = new UnigramTrainer(30, List.of("<unk>"), "<unk>").train(LOW_LOWER);
        Set<String> pieces = pieces(result);
        for (String c : List.of("▁", "l", "o", "w", "e", "r", "n", "s", "t", "i", "d")) {
            assertThat(pieces).as("char " + c).contains(c);
        }
        // on so small a corpus EM keeps whole words: their subwords are expected under 0.5 times
        assertThat(pieces).contains("▁low", "▁lower", "▁newest", "▁widest");
        // learned pieces by score descending, after the special token
        for (int i = 2; i < result.size(); i++) {
            assertThat(result.get(i).score()).isLessThanOrEqualTo(result.get(i - 1).score());
        }
        // the most probable piece is the most frequent word
        assertThat(result.get(1).piece()).isEqualTo("▁newest");
    }

    /**
     * Ten stems, each seen a few times alone and once with each of five endings. A word seen once
     * is no seed (seeds occur at least twice), so EM must segment it: stems and endings are learned.
     */
    static Map<String, Long> morphology() {
        String[] stems = {"happ", "walk", "talk", "jump", "play", "work", "read", "build", "paint", "clean"};
        String[] endings = {"", "s", "ing", "ed", "er", "ers"};
        Map<String, Long> counts = new TreeMap<>();
        for (int i = 0; i < stems.length; i++) {
            for (int j = 0; j < endings.length; j++) {
                counts.put("▁" + stems[i] + endings[j], j == 0 ? 3L + i % 4 : 1L);
            }
        }
        return counts;
    }

    @Test
    void vocabSizeIsRespectedExactly() {
        // 22 chars + 2 special tokens = 24, the smallest size allowed; 100 is out of reach (EM
        // drops pieces expected under 0.5 times): fewer entries then, never padding
        assertThat(new UnigramTrainer(100, List.of("<unk>", "<s>"), "<unk>").train(morphology()).size())
                .isBetween(40, 99);
        for (int size : new int[] {24, 30, 40}) {
            List<ScoredPiece> result = new UnigramTrainer(size, List.of("<unk>", "<s>"), "<unk>").train(morphology());
            assertThat(result).as("vocab size " + size).hasSize(size);
            assertThat(pieces(result)).as("no duplicates").hasSize(size);
        }
    }

    @Test
    void sharedEndingsAreLearned() {
        Set<String> pieces = pieces(new UnigramTrainer(40, List.of("<unk>"), "<unk>").train(morphology()));
        assertThat(pieces).contains("s", "ing", "ed", "ers", "▁walk", "▁play");
    }

    @Test
    void specialTokensComeFirstWithTheUnknownTokenWhereGiven() {
        UnigramTrainer inside = new UnigramTrainer(40, List.of("<s>", "<unk>", "</s>"), "<unk>");
        assertThat(inside.unkId()).isEqualTo(1);
        assertThat(inside.train(morphology()).subList(0, 3)).containsExactly(new ScoredPiece("<s>", 0.0),
                new ScoredPiece("<unk>", 0.0), new ScoredPiece("</s>", 0.0));
        UnigramTrainer added = new UnigramTrainer(40, List.of("<s>", "</s>"), "[UNK]");
        assertThat(added.unkId()).isZero();
        List<ScoredPiece> result = added.train(morphology());
        assertThat(result).hasSize(40);
        assertThat(result.subList(0, 3).stream().map(ScoredPiece::piece)).containsExactly("[UNK]", "<s>", "</s>");
    }

    @Test
    void deterministicWhateverTheMapOrder() {
        Map<String, Long> counts = MetaspaceWords.count(List.of("the quick brown fox jumps over the lazy dog",
                "the dog sleeps", "a quick fox is a quick thinker", "foxes and dogs and cats"));
        Map<String, Long> reversed = new LinkedHashMap<>();
        new TreeSet<>(counts.keySet()).descendingSet().forEach(w -> reversed.put(w, counts.get(w)));
        UnigramTrainer trainer = new UnigramTrainer(40, List.of("<unk>"), "<unk>");
        List<ScoredPiece> first = trainer.train(counts);
        assertThat(trainer.train(new HashMap<>(counts))).isEqualTo(first);
        assertThat(trainer.train(reversed)).isEqualTo(first);
        assertThat(pieces(first)).contains("▁quick", "▁the");
    }

    @Test
    void vocabularySmallerThanCharsPlusSpecialsIsRefused() {
        // 11 chars (▁ l o w e r n s t i d) + 2 special tokens = 13 > 12
        assertThatThrownBy(() -> new UnigramTrainer(12, List.of("<s>"), "<unk>").train(LOW_LOWER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("vocabSize 12")
                .hasMessageContaining("11 characters")
                .hasMessageContaining("2 special tokens");
        assertThat(new UnigramTrainer(13, List.of("<s>"), "<unk>").train(LOW_LOWER)).hasSize(13);
    }

    @Test
    void badInputGetsClearErrors() {
        UnigramTrainer trainer = new UnigramTrainer(100, List.of(), "<unk>");
        assertThatThrownBy(() -> trainer.train(Map.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("wordCounts is empty");
        assertThatThrownBy(() -> trainer.train(Map.of("▁a", 0L))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'▁a'").hasMessageContaining("found 0");
        assertThatThrownBy(() -> trainer.train(Map.of("", 2L))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty word");
        assertThatThrownBy(() -> new UnigramTrainer(100, List.of("<s>", "<s>"), "<unk>"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("specialTokens[1] '<s>'");
        assertThatThrownBy(() -> new UnigramTrainer(100, List.of(), "<unk>", 16, 1.0, 2, 1000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shrinkingFactor");
        assertThatThrownBy(() -> new ScoredPiece("a", Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'a'");
        assertThatThrownBy(() -> new ScoredPiece("", 0.0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void maxPieceLengthBoundsThePieces() {
        List<ScoredPiece> result = new UnigramTrainer(40, List.of("<unk>"), "<unk>", 3, 0.75, 2, 1_000_000)
                .train(LOW_LOWER);
        assertThat(result.subList(1, result.size())).allSatisfy(p ->
                assertThat(p.piece().codePointCount(0, p.piece().length())).isLessThanOrEqualTo(3));
        assertThat(pieces(result)).contains("est", "▁lo");
    }
}
