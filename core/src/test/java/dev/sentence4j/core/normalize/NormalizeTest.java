package dev.sentence4j.core.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NormalizeTest {
    @Test
    void rowsGetUnitNorm() {
        float[] data = {3, 4, 0, 0, 1, 0};
        Normalize.l2InPlace(data, 3, 2);
        assertThat(data).containsExactly(new float[] {0.6f, 0.8f, 0, 0, 1, 0}, within(1e-7f));
    }

    @Test
    void zeroVectorStaysZero() {
        assertThat(Normalize.l2(new float[] {0, 0, 0})).containsExactly(0, 0, 0);
    }
}
