package dev.sentence4j.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sentence4j.onnx.proto.Onnx;
import dev.sentence4j.onnx.proto.Onnx.TensorProto;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnnxFilesTest {
    @Test
    void writtenModelReadsBackEqual(@TempDir Path dir) throws IOException {
        Onnx.ModelProto model = Onnx.ModelProto.newBuilder().setIrVersion(8)
                .addOpsetImport(Onnx.OperatorSetIdProto.newBuilder().setVersion(14))
                .setGraph(Onnx.GraphProto.newBuilder().setName("g")
                        .addInput(Onnx.ValueInfoProto.newBuilder().setName("x"))
                        .addInitializer(Tensors.ofFloats("w", new long[] {2, 2}, new float[] {1, -2, 3.5f, 0}))
                        .addNode(Onnx.NodeProto.newBuilder().setOpType("MatMul").addInput("x").addInput("w")
                                .addOutput("y"))
                        .addOutput(Onnx.ValueInfoProto.newBuilder().setName("y")))
                .build();
        Path file = dir.resolve("m.onnx");
        OnnxFiles.write(model, file);
        assertThat(OnnxFiles.read(file)).isEqualTo(model);
        OnnxGraph g = OnnxGraph.read(file);
        assertThat(g.graphInputs()).containsExactly("x");
        assertThat(g.opset("")).isEqualTo(14);
        assertThat(g.opset("com.microsoft")).isEqualTo(-1);
        assertThat(g.consumersOf("w")).hasSize(1);
        assertThat(g.producerOf("y")).isPresent();
        assertThat(g.floats(g.initializers().get("w"))).containsExactly(1, -2, 3.5f, 0);
        try (var listing = Files.list(dir)) {
            assertThat(listing.toList()).containsExactly(file); // no temporary file left
        }
    }

    @Test
    void rawDataAndTypedFieldsGiveTheSameValues() {
        Path file = Path.of("x.onnx");
        // Hand-encoded: int8 -3, 7 as raw bytes; the same in int32_data (sign-extended); uint8 200.
        TensorProto raw = Tensors.ofInt8("a", new long[] {2}, new byte[] {-3, 7});
        TensorProto typed = TensorProto.newBuilder().setName("a").addDims(2)
                .setDataType(TensorProto.DataType.INT8_VALUE).addInt32Data(-3).addInt32Data(7).build();
        assertThat(Tensors.toFloats(file, raw)).containsExactly(-3f, 7f);
        assertThat(Tensors.toFloats(file, typed)).containsExactly(-3f, 7f);
        assertThat(Tensors.toFloats(file, Tensors.ofUint8("u", new long[] {1}, new byte[] {(byte) 200})))
                .containsExactly(200f);
        TensorProto half = TensorProto.newBuilder().setName("h").addDims(1)
                .setDataType(TensorProto.DataType.FLOAT16_VALUE).addInt32Data(0x3C00).build(); // 1.0 in binary16
        assertThat(Tensors.toFloats(file, half)).containsExactly(1f);
        assertThat(Tensors.toFloats(file, Tensors.ofInt64("l", new long[] {2}, new long[] {-1, 5})))
                .containsExactly(-1f, 5f);
    }

    @Test
    void malformedTensorsNameTheInitializer() {
        Path file = Path.of("model.onnx");
        TensorProto short1 = TensorProto.newBuilder().setName("w").addDims(3)
                .setDataType(TensorProto.DataType.FLOAT_VALUE)
                .setRawData(com.google.protobuf.ByteString.copyFrom(new byte[8])).build();
        assertThatThrownBy(() -> Tensors.toFloats(file, short1)).isInstanceOf(OnnxFileException.class)
                .hasMessageContaining("model.onnx").hasMessageContaining("w float32[3]")
                .hasMessageContaining("expected 12 bytes of raw_data, found 8");
        TensorProto external = short1.toBuilder().setDataLocation(TensorProto.DataLocation.EXTERNAL).build();
        assertThatThrownBy(() -> Tensors.toFloats(file, external)).hasMessageContaining("external data file");
        assertThatThrownBy(() -> Tensors.ofFloats("x", new long[] {2, 2}, new float[3]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hold 4 values, given 3");
    }

    @Test
    void corruptOrNonOnnxFilesSayWhatWasExpected(@TempDir Path dir) throws IOException {
        Path truncated = dir.resolve("truncated.onnx");
        Files.write(truncated, new byte[] {0x3a, 0x7f, 0x01}); // graph field claiming 127 bytes, file ends
        assertThatThrownBy(() -> OnnxFiles.read(truncated)).isInstanceOf(OnnxFileException.class)
                .hasMessageStartingWith(truncated.toString())
                .hasMessageContaining("not a readable ONNX model (expected a protobuf ModelProto");
        Path text = dir.resolve("config.json");
        Files.writeString(text, "{\"hidden_size\": 384}\n");
        assertThatThrownBy(() -> OnnxFiles.read(text)).isInstanceOf(OnnxFileException.class)
                .hasMessageContaining(text.toString()).hasMessageContaining("expected");
        Path empty = dir.resolve("empty.onnx");
        Files.write(empty, new byte[0]);
        assertThatThrownBy(() -> OnnxFiles.read(empty)).isInstanceOf(OnnxFileException.class)
                .hasMessageContaining("no graph (ModelProto field 7) found").hasMessageContaining("an empty message");
        assertThatThrownBy(() -> OnnxFiles.read(dir.resolve("missing.onnx"))).isInstanceOf(OnnxFileException.class)
                .hasMessageContaining("missing.onnx").hasMessageContaining("cannot read ONNX file");
    }
}
