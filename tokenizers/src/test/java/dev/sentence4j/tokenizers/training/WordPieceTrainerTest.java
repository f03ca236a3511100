package dev.sentence4j.tokenizers.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sentence4j.tokenizers.Tokenizer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * "happily" and "happiness" share "happi" when the counts say so. By hand, on happily 3 and
 * happiness 3 with [UNK]: ids [UNK]0, a1 e2 h3 i4 l5 n6 p7 s8 y9, ##a10 ##e11 ##i12 ##l13 ##n14
 * ##p15 ##s16 ##y17 (18 in all). The shared prefix gives four pairs of count 6, the rest count 3:
 * <ol>
 * <li>h ##a (3,10) is the smallest of (3,10) (10,15) (15,15) (15,12): "ha".
 * <li>##p ##i (15,12) beats ##p ##p (15,15) and ha ##p (18,15): "##pi".
 * <li>##p ##pi (15,19) beats ha ##p (18,15): "##ppi".
 * <li>ha ##ppi: "happi".
 * </ol>
 */
class WordPieceTrainerTest {

    private static final Map<String, Long> HAPPY = Map.of("happily", 3L, "happiness", 3L);

    @Test
    void learnsTheSharedPrefixFirst() {
        List<String> vocab = new WordPieceTrainer(22, 0, List.of("[UNK]"), null).train(HAPPY, null);
        assertThat(vocab).containsExactly("[UNK]", "a", "e", "h", "i", "l", "n", "p", "s", "y",
                "##a", "##e", "##i", "##l", "##n", "##p", "##s", "##y", "ha", "##pi", "##ppi", "happi");
    }

    @Test
    void bothWordsStartWithTheLearnedPrefix() {
        Tokenizer t = trained(22, 0);
        assertThat(t.encode("happily happiness", false).tokens())
                .containsExactly("happi", "##l", "##y", "happi", "##n", "##e", "##s", "##s");
        // 'o' was never seen: WordPiece makes the whole word unknown
        assertThat(t.encode("hippo", false).tokens()).containsExactly("[UNK]");
    }

    @Test
    void noSharedPrefixWhenNoPairIsFrequentEnough() {
        // every pair occurs at most 6 times: min frequency 7 learns nothing
        Tokenizer t = trained(100, 7);
        assertThat(t.vocabSize()).isEqualTo(18);
        assertThat(t.encode("happily", false).tokens()).containsExactly("h", "##a", "##p", "##p", "##i", "##l", "##y");
    }

    private static Tokenizer trained(int vocabSize, long minFrequency) {
        TrainerSpec spec = new TrainerSpec(TrainingModel.WORDPIECE, vocabSize, minFrequency, List.of("[UNK]"), null);
        return Tokenizer.fromJson(TokenizerTrainer.toJson(TokenizerTrainer.train(spec, HAPPY, null)), "trained");
    }
}
