package dev.sentence4j.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sentence4j.onnx.proto.Onnx;
import dev.sentence4j.onnx.proto.Onnx.GraphProto;
import dev.sentence4j.onnx.proto.Onnx.ModelProto;
import dev.sentence4j.onnx.proto.Onnx.TensorProto;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnnxStructureTest {
    /** The oracle: the full parse, with every value field of every initializer cleared by protobuf's own builder. */
    static ModelProto withoutValues(ModelProto full) {
        GraphProto.Builder g = full.getGraph().toBuilder().clearInitializer();
        for (TensorProto t : full.getGraph().getInitializerList()) {
            g.addInitializer(t.toBuilder().clearFloatData().clearInt32Data().clearStringData().clearInt64Data()
                    .clearRawData().clearDoubleData().clearUint64Data().clearExternalData().clearDataLocation());
        }
        return full.toBuilder().setGraph(g).build();
    }

    @Test
    void everythingButTheInitializersValuesReadsAsTheFullParse(@TempDir Path dir) {
        ModelProto model = ModelProto.newBuilder().setIrVersion(8).setProducerName("test")
                .addOpsetImport(Onnx.OperatorSetIdProto.newBuilder().setVersion(14))
                .addOpsetImport(Onnx.OperatorSetIdProto.newBuilder().setDomain("com.microsoft").setVersion(1))
                .addMetadataProps(Onnx.StringStringEntryProto.newBuilder().setKey("k").setValue("v"))
                .setGraph(GraphProto.newBuilder().setName("g")
                        .addInput(Onnx.ValueInfoProto.newBuilder().setName("x"))
                        .addInitializer(Tensors.ofFloats("w", new long[] {2, 2}, new float[] {1, -2, 3.5f, 0}))
                        .addInitializer(TensorProto.newBuilder().setName("typed").addDims(3)
                                .setDataType(TensorProto.DataType.INT64_VALUE).addInt64Data(1).addInt64Data(2)
                                .addInt64Data(3))
                        .addNode(Onnx.NodeProto.newBuilder().setOpType("MatMul").addInput("x").addInput("w")
                                .addOutput("y"))
                        .addOutput(Onnx.ValueInfoProto.newBuilder().setName("y")))
                .build();
        Path file = dir.resolve("m.onnx");
        OnnxFiles.write(model, file);
        ModelProto structure = OnnxStructure.read(file);
        assertThat(structure).isEqualTo(withoutValues(OnnxFiles.read(file)));
        assertThat(structure.getGraph().getInitializer(0).getDimsList()).containsExactly(2L, 2L);
        assertThat(structure.getGraph().getInitializer(1).getDataType()).isEqualTo(TensorProto.DataType.INT64_VALUE);
        assertThat(structure.getGraph().getInitializer(0).getRawData().isEmpty()).isTrue();
    }

    @Test
    void notAModelIsNamed(@TempDir Path dir) throws Exception {
        Path junk = Files.write(dir.resolve("junk.onnx"), new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff});
        assertThatThrownBy(() -> OnnxStructure.read(junk)).isInstanceOf(OnnxFileException.class)
                .hasMessageContaining("junk.onnx");
        Path empty = Files.write(dir.resolve("empty.onnx"), new byte[0]);
        assertThatThrownBy(() -> OnnxStructure.read(empty)).hasMessageContaining("empty.onnx")
                .hasMessageContaining("no graph");
    }
}
