package dev.sentence4j.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sentence4j.tokenizers.Encoding;
import java.nio.LongBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenInputsTest {
    static long[] contents(LongBuffer b) {
        long[] out = new long[b.remaining()];
        b.duplicate().get(out);
        return out;
    }

    /** An encoding with these ids, type ids and mask (the other fields do not reach the model). */
    static Encoding row(int[] ids, int[] typeIds, int[] attention) {
        int n = ids.length;
        return Encoding.of(ids, typeIds, new String[n], new int[n], new int[2 * n], new int[n], attention, new int[n],
                List.of());
    }

    @Test
    void rowsArePaddedAndBuffersAreReusedWithoutLeftovers() {
        TokenInputs in = new TokenInputs();
        in.reset(2, 4);
        in.setRow(0, row(new int[] {101, 7, 8, 102}, new int[] {0, 0, 0, 0}, new int[] {1, 1, 1, 1}));
        in.setRow(1, row(new int[] {101, 102}, new int[] {0, 0}, new int[] {1, 1}));
        assertThat(contents(in.view(ModelInput.INPUT_IDS))).containsExactly(101, 7, 8, 102, 101, 102, 0, 0);
        assertThat(contents(in.view(ModelInput.ATTENTION_MASK))).containsExactly(1, 1, 1, 1, 1, 1, 0, 0);
        assertThat(contents(in.view(ModelInput.POSITION_IDS))).containsExactly(0, 1, 2, 3, 0, 1, 2, 3);
        assertThat(in.maskCopy()).containsExactly(1, 1, 1, 1, 1, 1, 0, 0);
        assertThat(in.view(ModelInput.INPUT_IDS).isDirect()).isTrue();

        // a smaller batch reuses the buffers; nothing of the previous batch shows through
        in.reset(1, 3);
        in.setRow(0, row(new int[] {101, 102}, new int[] {1, 1}, new int[] {1, 1}));
        assertThat(contents(in.view(ModelInput.INPUT_IDS))).containsExactly(101, 102, 0);
        assertThat(contents(in.view(ModelInput.TOKEN_TYPE_IDS))).containsExactly(1, 1, 0);
        assertThat(in.maskCopy()).containsExactly(1, 1, 0);
    }

    @Test
    void rejectsRowsLongerThanTheBatch() {
        TokenInputs in = new TokenInputs();
        in.reset(1, 2);
        assertThatThrownBy(() -> in.setRow(0, row(new int[] {1, 2, 3}, new int[3], new int[3])))
                .hasMessageContaining("row 0 has 3 tokens, more than seqLen 2");
    }
}
