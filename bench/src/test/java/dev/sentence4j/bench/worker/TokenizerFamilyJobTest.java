package dev.sentence4j.bench.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The long single input of the tokenizer-families bench, on hand-computed cases. */
class TokenizerFamilyJobTest {

    @Test
    void longTextRepeatsTheLinesAndStopsAtTheFirstLineEndPastTheSize() {
        // "ab" (2 bytes) + "\n" + "c" = 4 < 5, + "\n" = 5: one more line, then stop at 7 bytes
        assertThat(TokenizerFamilyJob.longText(List.of("ab", "c"), 5)).isEqualTo("ab\nc\nab");
        assertThat(TokenizerFamilyJob.longText(List.of("ab", "c"), 2)).isEqualTo("ab");
    }

    @Test
    void longTextCountsUtf8BytesNotChars() {
        // "é" is 2 UTF-8 bytes: "é" (2) + "\n" + "é" = 5 bytes reach 4 after two lines, not three
        assertThat(TokenizerFamilyJob.longText(List.of("é"), 4)).isEqualTo("é\né");
    }

    @Test
    void rejectsNonPositiveCounts() {
        assertThatThrownBy(() -> new TokenizerFamilyJob("x", "x.json", null, 10, 0, 256, new long[0], 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("found 10, 0, 256, 1");
    }
}
