package dev.sentence4j.viz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenGroupTest {
    @Test
    void classifiesBertTokens() {
        for (String s : new String[] {"[CLS]", "[SEP]", "[PAD]", "[MASK]", "[UNK]", "[unused0]", "[unused993]"}) {
            assertThat(TokenGroup.of(s)).as(s).isEqualTo(TokenGroup.SPECIAL);
        }
        for (String s : new String[] {"##ing", "##s", "##ization"}) {
            assertThat(TokenGroup.of(s)).as(s).isEqualTo(TokenGroup.SUBWORD);
        }
        for (String s : new String[] {"the", "vector", "#", "##", "[", "a", "!", "[x y]"}) {
            assertThat(TokenGroup.of(s)).as(s).isEqualTo(TokenGroup.WORD);
        }
    }
}
