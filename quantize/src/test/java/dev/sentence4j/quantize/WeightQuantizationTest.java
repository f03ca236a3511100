package dev.sentence4j.quantize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Hand-computed cases of the weight rules. */
class WeightQuantizationTest {
    @Test
    void perColumnScaleIsTheColumnsMaxOver127() {
        // W [K=2, N=2] = [[1.27, -0.5], [-2.54, 0]]: column 0 max 2.54 -> scale 0.02; column 1 max 0.5.
        WeightQuantization.PerColumn q = WeightQuantization.perColumn(new float[] {1.27f, -0.5f, -2.54f, 0f}, 2, 2);
        assertThat(q.scales()[0]).isEqualTo(2.54f / 127);
        assertThat(q.scales()[1]).isEqualTo(0.5f / 127);
        assertThat(q.q()).containsExactly(64, -127, -127, 0); // 1.27/0.02 = 63.5 -> 64 (round half up)
    }

    @Test
    void aColumnOfZerosGetsScaleOne() {
        WeightQuantization.PerColumn q = WeightQuantization.perColumn(new float[] {0f, 0f}, 2, 1);
        assertThat(q.scales()).containsExactly(1f);
        assertThat(q.q()).containsExactly(0, 0);
    }

    @Test
    void blocksRunAlongKPerOutputColumnWithZeroPoint128() {
        // K=4, N=1, block 2: blocks [1, -2] (scale 2/127) and [0.5, 0.25] (scale 0.5/127).
        WeightQuantization.Blocked b = WeightQuantization.blocked(new float[] {1f, -2f, 0.5f, 0.25f}, 4, 1, 2);
        assertThat(b.scales()).containsExactly(2f / 127, 0.5f / 127);
        assertThat(b.b()).containsExactly((byte) (64 + 128), (byte) (-127 + 128), (byte) (127 + 128),
                (byte) (64 + 128)); // 63.5 -> 64
    }
}
