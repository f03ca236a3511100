package dev.sentence4j.quantize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sentence4j.onnx.OnnxFileException;
import dev.sentence4j.onnx.OnnxFiles;
import dev.sentence4j.onnx.Tensors;
import dev.sentence4j.onnx.proto.Onnx;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadInputTest {
    @TempDir Path dir;

    @Test
    void corruptFileNamesTheFileAndWhatWasExpected() throws IOException {
        Path bad = dir.resolve("model.onnx");
        byte[] head = Files.readAllBytes(MiniLm.fp32()).length > 0 ? new byte[4096] : null;
        try (var in = Files.newInputStream(MiniLm.fp32())) {
            in.readNBytes(head, 0, head.length);
        }
        Files.write(bad, head); // the first 4 KB of a real model: cut off mid-message
        assertThatThrownBy(() -> EncoderQuantizer.quantize(bad, dir.resolve("out.onnx"),
                QuantizationScheme.PER_ROW_ASYMMETRIC))
                .isInstanceOf(OnnxFileException.class).hasMessageStartingWith(bad.toString())
                .hasMessageContaining("not a readable ONNX model (expected a protobuf ModelProto");
        assertThat(dir.resolve("out.onnx")).doesNotExist();
    }

    @Test
    void nonEncoderGraphSaysWhichInputsWereExpected() {
        // An image model's shape: one float input, a MatMul with a weight.
        Onnx.GraphProto graph = Onnx.GraphProto.newBuilder().setName("vision")
                .addInput(Onnx.ValueInfoProto.newBuilder().setName("pixel_values"))
                .addInitializer(Tensors.ofFloats("w", new long[] {2, 2}, new float[] {1, 2, 3, 4}))
                .addNode(Onnx.NodeProto.newBuilder().setOpType("MatMul").addInput("pixel_values").addInput("w")
                        .addOutput("y"))
                .build();
        Path file = dir.resolve("vision.onnx");
        OnnxFiles.write(Onnx.ModelProto.newBuilder().setIrVersion(8).setGraph(graph).build(), file);
        assertThatThrownBy(() -> EncoderQuantizer.quantize(file, dir.resolve("o.onnx"),
                QuantizationScheme.PER_ROW_ASYMMETRIC))
                .isInstanceOf(OnnxFileException.class).hasMessageStartingWith(file.toString())
                .hasMessageContaining("not a transformer encoder graph: expected the inputs [input_ids, "
                        + "attention_mask], found [pixel_values]");
    }

    @Test
    void alreadyQuantizedGraphIsRefused() {
        Path once = dir.resolve("once.onnx");
        EncoderQuantizer.quantize(MiniLm.fp32(), once, QuantizationScheme.PER_ROW_SYMMETRIC);
        assertThatThrownBy(() -> EncoderQuantizer.quantize(once, dir.resolve("twice.onnx"),
                QuantizationScheme.PER_ROW_SYMMETRIC))
                .isInstanceOf(OnnxFileException.class).hasMessageContaining(once.toString())
                .hasMessageContaining("expected MatMul nodes with a 2-D float32 weight initializer, found none")
                .hasMessageContaining("already quantized");
    }

    @Test
    void unknownSchemeListsTheKnownOnes() {
        assertThatThrownBy(() -> QuantizationScheme.fromCliName("int4"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"int4\"")
                .hasMessageContaining("per-row-asymmetric").hasMessageContaining("matmul-nbits-8");
    }
}
