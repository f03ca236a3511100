package dev.sentence4j.core.quantization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sentence4j.core.Embeddings;
import dev.sentence4j.core.TestResources;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Against golden values from numpy running ST's quantize_embeddings (scripts/quantization_golden.py). */
class QuantizerTest {
    static JsonNode golden;

    @BeforeAll
    static void load() throws Exception {
        golden = new ObjectMapper().readTree(TestResources.text("quantization/golden.json"));
    }

    static Embeddings matrix(String key) {
        JsonNode m = golden.get(key);
        int rows = m.size(), dim = m.get(0).size();
        float[] data = new float[rows * dim];
        for (int r = 0; r < rows; r++) {
            for (int d = 0; d < dim; d++) {
                data[r * dim + d] = m.get(r).get(d).floatValue();
            }
        }
        return new Embeddings(rows, dim, data);
    }

    static void assertMatches(QuantizedEmbeddings q, String key) {
        JsonNode expected = golden.get(key);
        assertThat(q.rows()).isEqualTo(expected.size());
        for (int r = 0; r < q.rows(); r++) {
            int[] want = new int[expected.get(r).size()];
            for (int c = 0; c < want.length; c++) {
                want[c] = expected.get(r).get(c).intValue();
            }
            assertThat(q.row(r)).as(key + " row " + r).containsExactly(want);
        }
    }

    @Test
    void selfCalibratedInt8AndUint8MatchSt() {
        Embeddings e = matrix("embeddings");
        assertMatches(Quantizer.quantize(e, Precision.INT8, null), "int8");
        assertMatches(Quantizer.quantize(e, Precision.UINT8, null), "uint8");
    }

    @Test
    void binaryAndUbinaryMatchSt() {
        Embeddings e = matrix("embeddings");
        assertMatches(Quantizer.quantize(e, Precision.BINARY, null), "binary");
        assertMatches(Quantizer.quantize(e, Precision.UBINARY, null), "ubinary");
    }

    @Test
    void callerRangesAreUsed() {
        Embeddings e = matrix("embeddings");
        Embeddings wide = matrix("wide_ranges");
        QuantizationRanges ranges = new QuantizationRanges(wide.row(0), wide.row(1));
        assertMatches(Quantizer.quantize(e, Precision.INT8, ranges), "int8_wide");
        assertMatches(Quantizer.quantize(e, Precision.UINT8, ranges), "uint8_wide");
    }

    @Test
    void calibrationRangesAreColumnMinAndMax() {
        Embeddings calib = new Embeddings(3, 2, new float[] {1, -2, 3, 0, -1, 5});
        QuantizationRanges r = QuantizationRanges.of(calib);
        assertThat(r.min()).containsExactly(-1, -2);
        assertThat(r.max()).containsExactly(3, 5);
    }

    @Test
    void widthsNotDivisibleByEightPackEachRowOnItsOwn() {
        QuantizedEmbeddings q = Quantizer.quantize(matrix("embeddings11"), Precision.UBINARY, null);
        assertThat(q.bytesPerRow()).isEqualTo(2);
        assertMatches(q, "ubinary11");
    }

    @Test
    void outOfRangeValuesClampInsteadOfWrapping() {
        QuantizationRanges r = new QuantizationRanges(new float[] {0}, new float[] {1});
        Embeddings e = new Embeddings(2, 1, new float[] {-5, 5});
        assertThat(Quantizer.quantize(e, Precision.UINT8, r).row(0)).containsExactly(0);
        assertThat(Quantizer.quantize(e, Precision.UINT8, r).row(1)).containsExactly(255);
        assertThat(Quantizer.quantize(e, Precision.INT8, r).row(1)).containsExactly(127);
    }

    @Test
    void rejectsFloat32AndMismatchedRanges() {
        Embeddings e = new Embeddings(1, 2, new float[] {1, 2});
        assertThatThrownBy(() -> Quantizer.quantize(e, Precision.FLOAT32, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Quantizer.quantize(e, Precision.INT8,
                new QuantizationRanges(new float[] {0}, new float[] {1})))
                .hasMessageContaining("1!=2");
    }
}
