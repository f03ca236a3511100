package dev.sentence4j.viz.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sentence4j.core.EmbeddedModels;
import dev.sentence4j.core.ModelLoadException;
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
     * A second, independent path to the same numbers: the int8 model is another file that stores the
     * matrix quantized (uint8 + DequantizeLinear after the Gather); dequantized, its rows must point
     * the same way as the fp32 rows.
     */
    @Test
    void quantizedModelDequantizesToTheSameRows() {
        Path q = EmbeddedModels.materialize("all-MiniLM-L6-v2-q").resolve("onnx").resolve("model.onnx");
        WordEmbeddingMatrix mq = OnnxWordEmbeddings.read(q);
        WordEmbeddingMatrix m = SharedModel.matrix();
        assertThat(mq.vocabSize()).isEqualTo(30522);
        assertThat(mq.dimension()).isEqualTo(384);
        assertThat(mq.source()).contains("embeddings.word_embeddings.weight_quantized").contains("dequantized");
        double worst = 1;
        double maxAbs = 0;
        for (int id = 0; id < m.vocabSize(); id += 97) {
            double dot = 0, a = 0, b = 0;
            for (int t = 0; t < m.dimension(); t++) {
                float x = m.data()[id * 384 + t], y = mq.data()[id * 384 + t];
                dot += x * (double) y;
                a += x * (double) x;
                b += y * (double) y;
                maxAbs = Math.max(maxAbs, Math.abs(x - y));
            }
            worst = Math.min(worst, dot / Math.sqrt(a * b));
        }
        assertThat(worst).isGreaterThan(0.95);
        assertThat(maxAbs).isLessThan(0.02); // half a quantization step of a range of a few units
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
                .hasMessageContaining("runs past its enclosing message");
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
