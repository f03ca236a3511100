package dev.sentence4j.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sentence4j.onnx.proto.Onnx;
import dev.sentence4j.onnx.proto.Onnx.TensorProto;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExternalDataTest {
    /** A 300-float table (1,200 bytes: moves out), a 1,000-float one (moves out), 2 floats (stay). */
    private static Onnx.ModelProto model() {
        float[] table = new float[300];
        float[] big = new float[1000];
        for (int i = 0; i < table.length; i++) {
            table[i] = i * 0.5f - 7;
        }
        for (int i = 0; i < big.length; i++) {
            big[i] = -i;
        }
        return Onnx.ModelProto.newBuilder().setIrVersion(8)
                .addOpsetImport(Onnx.OperatorSetIdProto.newBuilder().setVersion(14))
                .setGraph(Onnx.GraphProto.newBuilder().setName("g")
                        .addInput(Onnx.ValueInfoProto.newBuilder().setName("x"))
                        .addInitializer(Tensors.ofFloats("table", new long[] {100, 3}, table))
                        .addInitializer(Tensors.ofFloats("small", new long[] {2}, new float[] {1.5f, -2}))
                        .addInitializer(Tensors.ofFloats("big", new long[] {1000}, big))
                        .addNode(Onnx.NodeProto.newBuilder().setOpType("Gather").addInput("table").addInput("x")
                                .addOutput("y"))
                        .addOutput(Onnx.ValueInfoProto.newBuilder().setName("y")))
                .build();
    }

    private static Map<String, String> entries(TensorProto t) {
        Map<String, String> m = new HashMap<>();
        t.getExternalDataList().forEach(e -> m.put(e.getKey(), e.getValue()));
        return m;
    }

    @Test
    void largeInitializersMoveToAPageAlignedDataFileAndReadBackEqual(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("model.onnx");
        ExternalData.write(model(), file);
        Path data = dir.resolve("model.onnx_data");
        assertThat(data).isRegularFile();
        // table at 0 (1,200 bytes), big at the next page: 4096 (4,000 bytes); ends at 8,096
        assertThat(Files.size(data)).isEqualTo(8096);
        Onnx.ModelProto graphOnly = Onnx.ModelProto.parseFrom(Files.readAllBytes(file));
        Map<String, TensorProto> byName = new HashMap<>();
        graphOnly.getGraph().getInitializerList().forEach(t -> byName.put(t.getName(), t));
        assertThat(entries(byName.get("table"))).containsEntry("location", "model.onnx_data")
                .containsEntry("offset", "0").containsEntry("length", "1200");
        assertThat(entries(byName.get("big"))).containsEntry("offset", "4096").containsEntry("length", "4000");
        assertThat(byName.get("table").getRawData().isEmpty()).isTrue();
        assertThat(byName.get("small").getExternalDataCount()).isZero();
        assertThat(ExternalData.isUsedBy(graphOnly)).isTrue();

        Onnx.ModelProto read = OnnxFiles.read(file);
        assertThat(read).isEqualTo(model()); // values mapped back as raw_data, nothing else changed
        assertThat(ExternalData.isUsedBy(read)).isFalse();
        assertThat(OnnxGraph.read(file).floats(OnnxGraph.read(file).initializers().get("table"))).startsWith(-7f, -6.5f, -6f);
        assertThat(ExternalData.sizeWithData(file)).isEqualTo(Files.size(file) + 8096);
        try (var listing = Files.list(dir)) {
            assertThat(listing.toList()).containsExactlyInAnyOrder(file, data); // no temporary file left
        }
    }

    @Test
    void aMissingDataFileNamesTheInitializerAndThePath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("model.onnx");
        ExternalData.write(model(), file);
        Files.delete(dir.resolve("model.onnx_data"));
        assertThatThrownBy(() -> OnnxFiles.read(file)).isInstanceOf(OnnxFileException.class)
                .hasMessageContaining("initializer \"table\" keeps its values in external data")
                .hasMessageContaining(dir.resolve("model.onnx_data") + ", which does not exist");
    }

    @Test
    void aRangePastTheFileOrALocationOutsideTheDirectoryIsRefused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("model.onnx");
        ExternalData.write(model(), file);
        Onnx.ModelProto graphOnly = Onnx.ModelProto.parseFrom(Files.readAllBytes(file));
        Onnx.ModelProto.Builder past = graphOnly.toBuilder();
        past.getGraphBuilder().getInitializerBuilder(0).getExternalDataBuilder(1).setValue("8000"); // table's offset
        OnnxFiles.write(past.build(), file);
        assertThatThrownBy(() -> OnnxFiles.read(file))
                .hasMessageContaining("initializer \"table\"")
                .hasMessageContaining("bytes [8000, 9200) of " + dir.resolve("model.onnx_data") + ", which has 8096 bytes");

        Onnx.ModelProto.Builder outside = graphOnly.toBuilder();
        outside.getGraphBuilder().getInitializerBuilder(0).getExternalDataBuilder(0).setValue("../elsewhere.bin");
        OnnxFiles.write(outside.build(), file);
        assertThatThrownBy(() -> OnnxFiles.read(file))
                .hasMessageContaining("at \"../elsewhere.bin\": expected a file inside the model's directory");
    }
}
