package dev.sentence4j.tokenizers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A 10 MB input completes: Llama 2's file has no pre-tokenizer, so the whole text is one BPE word
 * of millions of symbols, which only a heap of merges (not rescanning all pairs after each merge)
 * gets through (HF's NormalizedString::replace, one splice per match, is quadratic here; ours is
 * one pass). The timeout is a hang guard, not a speed assertion.
 */
class LargeInputTest {

    private static final int SIZE = 10 * 1024 * 1024;

    static String text(int size) {
        StringBuilder b = new StringBuilder(size + 20_000);
        int i = 0;
        while (b.length() < size) {
            String line = ParityCorpus.diverse().get(i++ % ParityCorpus.diverse().size());
            b.append(line).append(' ');
        }
        return b.toString();
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void tenMegabytesAsOneBpeWord() {
        String text = text(SIZE);
        Encoding e = Fixtures.tokenizer(Fixtures.LLAMA2).encode(text, false);
        assertThat(e.length()).isGreaterThan(SIZE / 20);
        int[] o = e.offsets();
        assertThat(o[0]).isZero();
        assertThat(o[o.length - 1]).isEqualTo(text.length());
    }

    /** Byte-level BPE on 1 MB (its words are short, so size only scales linearly; kept small for test time). */
    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void oneMegabyteByteLevelRoundTrip() {
        String text = text(SIZE / 10);
        Tokenizer gpt2 = Fixtures.tokenizer(Fixtures.GPT2);
        Encoding e = gpt2.encode(text, false);
        assertThat(e.length()).isGreaterThan(SIZE / 200);
        assertThat(gpt2.decode(e.ids(), false)).isEqualTo(text);
    }
}
