package dev.sentence4j.tokenizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Ids published for all-MiniLM-L6-v2 (sentence-transformers) and hand-checked encodings. */
class KnownValuesTest {

    private final Tokenizer minilm = Fixtures.tokenizer(Fixtures.MINILM).withTruncation(null).withPadding(null);

    @Test
    void walkerWalked() {
        assertThat(minilm.encode("Walker walked a long walk").ids())
                .containsExactly(101, 5232, 2939, 1037, 2146, 3328, 102);
    }

    @Test
    void frameworkSentence() {
        assertThat(minilm.encode("This framework generates embeddings for each input sentence").ids())
                .containsExactly(101, 2023, 7705, 19421, 7861, 8270, 4667, 2015, 2005, 2169, 7953, 6251, 102);
    }

    @Test
    void helloWorld() {
        Encoding e = minilm.encode("hello world what a time to be alive!");
        assertThat(e.ids()).containsExactly(101, 7592, 2088, 2054, 1037, 2051, 2000, 2022, 4142, 999, 102);
        assertThat(e.tokens()).containsExactly("[CLS]", "hello", "world", "what", "a", "time", "to", "be", "alive",
                "!", "[SEP]");
        assertThat(e.offsets()).containsExactly(0, 0, 0, 5, 6, 11, 12, 16, 17, 18, 19, 23, 24, 26, 27, 29, 30, 35,
                35, 36, 0, 0);
        assertThat(e.wordIds()).containsExactly(-1, 0, 1, 2, 3, 4, 5, 6, 7, 8, -1);
        assertThat(e.specialTokensMask()).containsExactly(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1);
        assertThat(e.typeIds()).containsOnly(0);
        assertThat(e.attentionMask()).containsOnly(1);
    }

    @Test
    void gpt2HelloWorld() {
        // GPT-2's ids for "Hello world" as OpenAI's encoder (and tiktoken's "gpt2") gives them
        Encoding e = Fixtures.tokenizer(Fixtures.GPT2).encode("Hello world");
        assertThat(e.ids()).containsExactly(15496, 995);
        assertThat(e.tokens()).containsExactly("Hello", "\u0120world");
        assertThat(e.offsets()).containsExactly(0, 5, 5, 11);
        assertThat(Fixtures.tokenizer(Fixtures.GPT2).decode(e.ids(), false)).isEqualTo("Hello world");
    }

    @Test
    void fileSettingsApplyByDefault() {
        Tokenizer fromFile = Fixtures.tokenizer(Fixtures.MINILM);
        assertThat(fromFile.truncation()).isEqualTo(Truncation.of(128));
        assertThat(fromFile.padding().strategy()).isEqualTo(PaddingStrategy.FIXED);
        Encoding e = fromFile.encode("Walker walked a long walk");
        assertThat(e.length()).isEqualTo(128);
        assertThat(e.ids()).startsWith(101, 5232, 2939, 1037, 2146, 3328, 102, 0);
        assertThat(e.attentionMask()).startsWith(1, 1, 1, 1, 1, 1, 1, 0);
    }

    @Test
    void offsetsSurviveNormalization() {
        String text = "Héllo, Wörld! 日本語 déjà-vu";
        Encoding e = minilm.encode(text, false);
        String[] tokens = e.tokens();
        int[] offsets = e.offsets();
        StringBuilder pieces = new StringBuilder();
        for (int i = 0; i < tokens.length; i++) {
            pieces.append(text, offsets[2 * i], offsets[2 * i + 1]).append('|');
        }
        assertThat(pieces.toString()).isEqualTo("Héllo|,|Wörld|!|日|本|語|dé|jà|-|vu|");
        assertThat(tokens).containsExactly("hello", ",", "world", "!", "日", "本", "語", "de", "##ja", "-", "vu");
    }

    @Test
    void maskInsideSentence() {
        Encoding e = minilm.encode("The capital of France is [MASK].");
        assertThat(e.tokens()).containsExactly("[CLS]", "the", "capital", "of", "france", "is", "[MASK]", ".",
                "[SEP]");
        assertThat(e.ids()[6]).isEqualTo(103);
    }
}
