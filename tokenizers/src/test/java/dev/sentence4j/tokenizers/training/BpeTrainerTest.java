package dev.sentence4j.tokenizers.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Merges computed by hand on the "low lower newest widest" corpus (the word counts of Sennrich,
 * Haddow and Birch 2016, "Neural Machine Translation of Rare Words with Subword Units", section
 * 3.2: low 5, lower 2, newest 6, widest 3), without their end-of-word marker.
 *
 * <p>Ids: the alphabet in code point order, d0 e1 i2 l3 n4 o5 r6 s7 t8 w9, then merge results.
 * Pair counts: es 9, st 9, we 8, lo 7, ow 7, ne 6, ew 6, wi 3, id 3, de 3, er 2.
 * <ol>
 * <li>e s (9): tie with s t (9), (1,7) &lt; (7,8). newest = n e w es t, widest = w i d es t.
 * <li>es t (9). Now w-est 6, d-est 3, we 2.
 * <li>l o (7): tie with o w (7), (3,5) &lt; (5,9).
 * <li>lo w (7).
 * <li>e w (6): ties n e (4,1), e w (1,9), w est (9,11); (1,9) is smallest. newest = n ew est.
 * <li>n ew (6): tie with ew est (14,11); (4,14) is smaller.
 * <li>new est (6).
 * <li>d est (3): ties w i (9,2), i d (2,0), d est (0,11).
 * <li>i dest (3): tie with w i (9,2); (2,17) is smaller.
 * <li>w idest (3).
 * <li>e r (2): tie with low e (13,1); (1,6) is smaller.
 * <li>low er (2). No pair is left.
 * </ol>
 */
class BpeTrainerTest {

    static final Map<String, Long> SENNRICH = Map.of("low", 5L, "lower", 2L, "newest", 6L, "widest", 3L);

    static final List<String> HAND_MERGES = List.of("e s", "es t", "l o", "lo w", "e w", "n ew", "new est", "d est",
            "i dest", "w idest", "e r", "low er");

    private static List<String> merges(LearnedBpe bpe) {
        return bpe.merges().stream().map(m -> m.left() + " " + m.right()).toList();
    }

    @Test
    void learnsTheHandComputedMergesInOrder() {
        LearnedBpe bpe = new BpeTrainer(1000, 0, List.of(), null, Set.of(), null).train(SENNRICH, null);
        assertThat(merges(bpe)).containsExactlyElementsOf(HAND_MERGES);
        assertThat(bpe.vocab()).containsExactly("d", "e", "i", "l", "n", "o", "r", "s", "t", "w",
                "es", "est", "lo", "low", "ew", "new", "newest", "dest", "idest", "widest", "er", "lower");
    }

    @Test
    void stopsAtTheVocabularySize() {
        // 10 chars + 2 special tokens + 3 merges
        LearnedBpe bpe = new BpeTrainer(15, 0, List.of("<unk>", "<s>"), null, Set.of(), null).train(SENNRICH, null);
        assertThat(merges(bpe)).containsExactly("e s", "es t", "l o");
        assertThat(bpe.vocab()).hasSize(15).startsWith("<unk>", "<s>", "d");
    }

    @Test
    void aHugeVocabularySizeStopsWhenNothingIsLeftToMerge() {
        // 1.5e9 used to size a HashMap as vocabSize * 2 (an int overflow: "Illegal initial capacity");
        // the result is the same as with any size past the 22 entries the corpus can fill
        LearnedBpe bpe = new BpeTrainer(1_500_000_000, 0, List.of(), null, Set.of(), null).train(SENNRICH, null);
        assertThat(merges(bpe)).containsExactlyElementsOf(HAND_MERGES);
        assertThat(bpe.vocab()).hasSize(22);
    }

    @Test
    void minFrequencyStopsBeforeRarerPairs() {
        // "e r" and "low er" occur twice: min frequency 3 keeps the first ten merges, 2 keeps all
        assertThat(merges(new BpeTrainer(1000, 3, List.of(), null, Set.of(), null).train(SENNRICH, null)))
                .containsExactlyElementsOf(HAND_MERGES.subList(0, 10));
        assertThat(merges(new BpeTrainer(1000, 2, List.of(), null, Set.of(), null).train(SENNRICH, null)))
                .containsExactlyElementsOf(HAND_MERGES);
    }

    @Test
    void aRepeatedSymbolMergesWithoutOverlap() {
        // "aaaaa" x1: pair (a,a) counts 4; merging left to right gives aa aa a (HF Word::merge)
        LearnedBpe bpe = new BpeTrainer(1000, 0, List.of(), null, Set.of(), null)
                .train(Map.of("aaaaa", 1L), null);
        // ids: a0, aa1; after the first merge the word is [aa, aa, a]: pairs (1,1) and (1,0);
        // (1,0) is smaller, so "aa a" comes next, leaving [aa, aaa]: then "aa aaa".
        assertThat(merges(bpe)).containsExactly("a a", "aa a", "aa aaa");
        assertThat(bpe.vocab()).containsExactly("a", "aa", "aaa", "aaaaa");
    }

    @Test
    void limitAlphabetKeepsTheMostFrequentCharsAndDropsTheOthersFromWords() {
        // char counts: e 6*2+3+2 = 17, w 16, s 9, t 9, ... ; with 4 kept: e w s t (then l, o at 7)
        LearnedBpe bpe = new BpeTrainer(1000, 0, List.of(), 4, Set.of(), null).train(SENNRICH, null);
        assertThat(bpe.vocab()).startsWith("e", "s", "t", "w");
        // newest -> e w e s t, widest -> w e s t, lower -> w e, low -> w: (w,e) now counts
        // 6 + 3 + 2 = 11, more than (e,s) 9, so it comes first; then (e,s) is gone (e we s t,
        // we s t) and (s,t) 9 ties (we,s) 9: ids e0 s1 t2 w3 we4, (1,2) < (4,1)
        assertThat(merges(bpe).subList(0, 2)).containsExactly("w e", "s t");
    }

    @Test
    void initialAlphabetIsAlwaysInTheVocabulary() {
        // unseen, yet kept first when the alphabet is cut to 2
        LearnedBpe bpe = new BpeTrainer(1000, 0, List.of(), 2, Set.of((int) 'z', (int) 'q'), null)
                .train(SENNRICH, null);
        assertThat(bpe.vocab()).containsExactly("q", "z");
    }

    @Test
    void aVocabularySmallerThanSpecialTokensPlusAlphabetIsRefused() {
        assertThatThrownBy(() -> new BpeTrainer(11, 0, List.of("<unk>", "<s>"), null, Set.of(), null)
                .train(SENNRICH, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("vocab size 11")
                .hasMessageContaining("2 special tokens plus the alphabet of 10 characters")
                .hasMessageContaining("at least 12");
    }

    @Test
    void noWordsIsRefused() {
        assertThatThrownBy(() -> new BpeTrainer(100, 0, List.of(), null, Set.of(), null).train(Map.of(), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no words to train on");
    }
}
