package dev.sentence4j.quantize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sentence4j.onnx.OnnxGraph;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The static scheme's ranges, checked against what is known of them without running the graph. */
class CalibrationTest {
    @TempDir Path dir;

    @Test
    void scaleAndZeroPointAreHandComputed() {
        // [-1, 3]: span 4 over 255 steps; 0 sits at 1 / (4 / 255) = 63.75 -> 64.
        assertThat(UintScale.of(-1f, 3f)).isEqualTo(new UintScale(4f / 255f, 64));
        // All positive: the range is widened down to 0, so 0 is code 0; all negative: 0 is 255.
        assertThat(UintScale.of(0.5f, 2.55f)).isEqualTo(new UintScale(2.55f / 255f, 0));
        assertThat(UintScale.of(-5.1f, -1f)).isEqualTo(new UintScale(5.1f / 255f, 255));
        // A constant zero input still gets a usable step.
        assertThat(UintScale.of(0f, 0f)).isEqualTo(new UintScale(1f, 0));
    }

    @Test
    void rangesJoinAndRefuseWhatIsNotARange() {
        assertThat(new ActivationRange(-2f, 1f).union(new ActivationRange(-1f, 4f))).isEqualTo(new ActivationRange(-2f, 4f));
        assertThat(new ActivationRange(-1f, 3f).uintScale()).isEqualTo(UintScale.of(-1f, 3f));
        assertThatThrownBy(() -> new ActivationRange(1f, -1f)).hasMessageContaining("min <= max");
        assertThatThrownBy(() -> new ActivationRange(Float.NaN, 1f)).hasMessageContaining("finite");
    }

    @Test
    void everyLinearInputGetsARangeAndGeluOutputsStayAboveGelusMinimum() {
        OnnxGraph g = OnnxGraph.read(MiniLm.fp32());
        Map<String, ActivationRange> ranges = Calibration.measure(g, MiniLm.calibrationRows());
        // 36 linear layers read 24 values: query, key and value share the LayerNorm output.
        assertThat(ranges).hasSize(24);
        assertThat(ranges.values()).allSatisfy(r -> assertThat(r.min()).isLessThan(0f));
        assertThat(ranges.values()).allSatisfy(r -> assertThat(r.max()).isGreaterThan(0f));
        // The second feed-forward MatMul reads GELU(x) = x * Phi(x), whose minimum is -0.16997
        // (at x = -0.7518): a range below that would mean the wrong value was watched.
        // HF's export names the activation's output .../intermediate/intermediate_act_fn/Mul_1_output_0.
        List<String> geluOutputs = EncoderGraphCheck.linearLayers(g).stream().map(LinearLayer::input)
                .filter(in -> in.contains("intermediate_act_fn")).distinct().toList();
        assertThat(geluOutputs).hasSize(6);
        for (String in : geluOutputs) {
            assertThat(ranges.get(in).min()).as(in).isBetween(-0.1700f, -0.05f);
        }
    }

    @Test
    void theStaticSchemeWithoutRangesNamesTheLayerInput() {
        OnnxGraph g = OnnxGraph.read(MiniLm.fp32());
        assertThatThrownBy(() -> EncoderQuantizer.quantize(g, dir.resolve("x.onnx"), QuantizationScheme.STATIC, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no calibrated range for")
                .hasMessageContaining("Calibration.measure");
    }

    @Test
    void noCalibrationRowsIsRefused() {
        OnnxGraph g = OnnxGraph.read(MiniLm.fp32());
        assertThatThrownBy(() -> Calibration.measure(g, List.of())).hasMessageContaining("no calibration texts");
    }

    @Test
    void theBuiltInTextsAreThe224LinesOfTheirReadme() {
        List<String> texts = CalibrationTexts.defaults();
        assertThat(texts).hasSize(224);
        assertThat(texts.subList(200, 224)).allSatisfy(t -> assertThat(t.length()).isGreaterThan(200));
    }

    @Test
    void aCalibrationFileWithoutTextIsRefusedByName() throws Exception {
        Path empty = java.nio.file.Files.writeString(dir.resolve("empty.txt"), "\n  \n");
        assertThatThrownBy(() -> CalibrationTexts.read(empty)).hasMessageContaining("empty.txt")
                .hasMessageContaining("no non-blank line");
        assertThatThrownBy(() -> CalibrationTexts.read(dir.resolve("missing.txt"))).hasMessageContaining("missing.txt")
                .hasMessageContaining("does not exist");
        Path latin1 = java.nio.file.Files.write(dir.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xe9, '\n'});
        assertThatThrownBy(() -> CalibrationTexts.read(latin1)).hasMessageContaining("latin1.txt")
                .hasMessageContaining("expected UTF-8 text");
    }
}
