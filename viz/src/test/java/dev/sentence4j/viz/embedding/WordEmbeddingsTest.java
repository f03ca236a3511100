package dev.sentence4j.viz.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sentence4j.core.ModelLoadException;
import dev.sentence4j.onnx.OnnxFiles;
import dev.sentence4j.onnx.Tensors;
import dev.sentence4j.onnx.proto.Onnx;
import dev.sentence4j.viz.SharedModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordEmbeddingsTest {
    @Test
    void readsTheFp32MatrixFromOnnx() {
        WordEmbeddingMatrix m = SharedModel.matrix();
        assertThat(m.vocabSize()).isEqualTo(30522);
        assertThat(m.dimension()).isEqualTo(384);
        assertThat(m.source()).isEqualTo("model.onnx#embeddings.word_embeddings.weight");
        // No row is all zero (BERT's [PAD] row is trained too) and values are plain small floats.
        for (int id : new int[] {0, 100, 101, 102, 1996, 30521}) {
            double norm = 0;
            for (float v : m.row(id)) {
                assertThat(Float.isFinite(v)).isTrue();
                norm += v * (double) v;
            }
            assertThat(norm).as("norm^2 of row %d", id).isBetween(1e-4, 100.0);
        }
    }

    /**
     * The quantized path (ORT quantize_dynamic's layout, as in Xenova's model_quantized.onnx): a graph
     * written here with the project's ONNX writer stores the fp32 matrix as uint8 with one scale and
     * zero point, gathers the quantized rows and dequantizes after the Gather. Read back, every value
     * must be within half a quantization step of the fp32 value (computed here independently).
     */
    @Test
    void quantizedMatrixDequantizesToTheSameRows(@TempDir Path dir) {
        WordEmbeddingMatrix m = SharedModel.matrix();
        float[] w = m.data(); // [30522 * 384]
        float min = 0, max = 0;
        for (float v : w) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        float scale = (max - min) / 255f;
        int zero = Math.round(-min / scale);
        byte[] q = new byte[w.length];
        for (int i = 0; i < w.length; i++) {
            q[i] = (byte) Math.max(0, Math.min(255, Math.round(w[i] / scale) + zero));
        }
        String table = "embeddings.word_embeddings.weight_quantized";
        Onnx.GraphProto graph = Onnx.GraphProto.newBuilder().setName("g")
                .addInput(Onnx.ValueInfoProto.newBuilder().setName("input_ids"))
                .addInitializer(Tensors.ofUint8(table, new long[] {m.vocabSize(), m.dimension()}, q))
                .addInitializer(Tensors.scalarFloat("scale", scale))
                .addInitializer(Tensors.scalarUint8("zero_point", zero))
                .addNode(Onnx.NodeProto.newBuilder().setOpType("Gather").setName("gather")
                        .addInput(table).addInput("input_ids").addOutput("rows_q"))
                .addNode(Onnx.NodeProto.newBuilder().setOpType("DequantizeLinear").setName("dq")
                        .addInput("rows_q").addInput("scale").addInput("zero_point").addOutput("rows"))
                .build();
        Path file = dir.resolve("model_quantized.onnx");
        OnnxFiles.write(Onnx.ModelProto.newBuilder().setIrVersion(7).setGraph(graph).build(), file);

        WordEmbeddingMatrix mq = OnnxWordEmbeddings.read(file);
        assertThat(mq.vocabSize()).isEqualTo(30522);
        assertThat(mq.dimension()).isEqualTo(384);
        assertThat(mq.source()).contains(table).contains("dequantized");
        double maxAbs = 0;
        for (int i = 0; i < w.length; i++) {
            maxAbs = Math.max(maxAbs, Math.abs(w[i] - mq.data()[i]));
        }
        assertThat(maxAbs).isLessThanOrEqualTo(scale / 2 * 1.001);
    }

    @Test
    void prefersModelSafetensorsWhenTheDirectoryHasOne(@TempDir Path dir) throws IOException {
        // A 3 x 2 matrix under BERT's checkpoint name, written by hand in the safetensors layout.
        float[] data = {1, 2, 3, 4, 5, 6};
        writeSafetensors(dir.resolve("model.safetensors"), "bert.embeddings.word_embeddings.weight", 3, 2, data);
        WordEmbeddingMatrix m = WordEmbeddings.load(dir, null);
        assertThat(m.vocabSize()).isEqualTo(3);
        assertThat(m.dimension()).isEqualTo(2);
        assertThat(m.row(2)).containsExactly(5f, 6f);
        assertThat(m.source()).isEqualTo("model.safetensors#bert.embeddings.word_embeddings.weight");
    }

    @Test
    void safetensorsRoundTripOfTheOnnxMatrix(@TempDir Path dir) throws IOException {
        WordEmbeddingMatrix onnx = SharedModel.matrix();
        writeSafetensors(dir.resolve("model.safetensors"), "embeddings.word_embeddings.weight", onnx.vocabSize(),
                onnx.dimension(), onnx.data());
        WordEmbeddingMatrix st = WordEmbeddings.load(dir, null);
        assertThat(st.data()).isEqualTo(onnx.data());
    }

    @Test
    void saysWhyWhenTheMatrixCannotBeFound(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> WordEmbeddings.load(dir, null)).isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("no model.safetensors and no ONNX file");
        // A valid ONNX protobuf whose graph has a Relu on input_ids and no initializer.
        Path onnx = dir.resolve("model.onnx");
        byte[] node = concat(field(1, "input_ids"), field(2, "y"), field(3, "relu"), field(4, "Relu"));
        byte[] input = field(1, "input_ids");
        byte[] graph = concat(field(1, node), field(2, "g"), field(11, input));
        Files.write(onnx, concat(new byte[] {0x08, 0x07}, field(7, graph))); // ir_version 7, graph
        assertThatThrownBy(() -> OnnxWordEmbeddings.read(onnx)).isInstanceOf(ModelLoadException.class)
                .hasMessageContaining(onnx.toString())
                .hasMessageContaining("no initializer named \"embeddings.word_embeddings.weight\"")
                .hasMessageContaining("no Gather node takes the graph input \"input_ids\"");
        Files.write(onnx, new byte[] {0x3a, 0x7f, 0x01}); // graph field claiming 127 bytes, file ends
        assertThatThrownBy(() -> OnnxWordEmbeddings.read(onnx)).isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("not a readable ONNX model");
        assertThatThrownBy(() -> SafetensorsWordEmbeddings.read(writeSafetensors(dir.resolve("x.safetensors"),
                "encoder.layer.0.weight", 1, 2, new float[] {1, 2})))
                .isInstanceOf(ModelLoadException.class).hasMessageContaining("encoder.layer.0.weight");
    }

    static Path writeSafetensors(Path file, String name, int rows, int cols, float[] data) throws IOException {
        String header = "{\"" + name + "\":{\"dtype\":\"F32\",\"shape\":[" + rows + "," + cols
                + "],\"data_offsets\":[0," + (4L * data.length) + "]}}";
        byte[] h = header.getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(h.length).array());
            out.write(h);
            ByteBuffer b = ByteBuffer.allocate(4 * data.length).order(ByteOrder.LITTLE_ENDIAN);
            for (float v : data) {
                b.putFloat(v);
            }
            out.write(b.array());
        }
        return file;
    }

    static byte[] field(int number, String s) {
        return field(number, s.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] field(int number, byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write((number << 3) | 2);
        int len = payload.length;
        while (len >= 0x80) {
            out.write((len & 0x7f) | 0x80);
            len >>>= 7;
        }
        out.write(len);
        out.writeBytes(payload);
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
