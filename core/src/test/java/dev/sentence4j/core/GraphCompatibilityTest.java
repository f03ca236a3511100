package dev.sentence4j.core;

import static dev.sentence4j.core.BadInputTest.copyOfMiniLm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sentence4j.core.runtime.EmbeddingTables;
import dev.sentence4j.core.testing.TestModels;
import dev.sentence4j.core.runtime.GraphFacts;
import dev.sentence4j.core.runtime.OnnxEncoderSession;
import dev.sentence4j.core.runtime.TokenInputs;
import java.io.IOException;
import java.nio.file.Files;
import dev.sentence4j.tokenizers.Encoding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tokenizer or config that does not fit the ONNX graph is refused at load with both numbers,
 * instead of failing inside ONNX Runtime on the first batch that reaches the bad id or position.
 * The expected sizes are all-MiniLM-L6-v2's published config.json (sentence-transformers/
 * all-MiniLM-L6-v2 on the Hub): vocab_size 30522, max_position_embeddings 512, hidden_size 384.
 */
class GraphCompatibilityTest {

    @Test
    void embeddingTablesAreReadFromTheGraphs() {
        for (String name : EmbeddedModels.names()) {
            EmbeddingTables t = GraphFacts.read(SharedEncoders.get(name).info().onnxFile()).tables();
            assertThat(t).as(name).isEqualTo(new EmbeddingTables(30522, 512, 384)); // all four are BERT-small shaped
        }
    }

    /** The server's model_dtype comes from the graph's ops, not from how its file is named. */
    @Test
    void dtypeIsReadFromTheGraph(@TempDir Path tmp) {
        Path fp32 = SharedEncoders.get("all-MiniLM-L6-v2").info().onnxFile();
        Path int8 = SharedEncoders.get("all-MiniLM-L6-v2-q").info().onnxFile();
        assertThat(SharedEncoders.get("all-MiniLM-L6-v2").info().dtype()).isEqualTo("float32");
        assertThat(SharedEncoders.get("all-MiniLM-L6-v2-q").info().dtype()).isEqualTo("int8");
        Path misnamedFp32 = TestModels.withGraph(tmp.resolve("a"), fp32, "model_quantized.onnx");
        try (SentenceEncoder e = SentenceEncoder.load(misnamedFp32, LoadOptions.defaults().withOnnxFile(Path.of("onnx/model_quantized.onnx")))) {
            assertThat(e.info().dtype()).isEqualTo("float32");
        }
        Path plainInt8 = TestModels.withGraph(tmp.resolve("b"), int8, "model.onnx");
        try (SentenceEncoder e = SentenceEncoder.load(plainInt8)) {
            assertThat(e.info().dtype()).isEqualTo("int8");
        }
    }

    @Test
    void maxSeqLengthBeyondThePositionTableIsRefused(@TempDir Path tmp) throws IOException {
        Path dir = copyOfMiniLm(tmp.resolve("m"));
        Files.writeString(dir.resolve("sentence_bert_config.json"), "{\"max_seq_length\": 1000000000}");
        assertThatThrownBy(() -> SentenceEncoder.load(dir)).isInstanceOf(ModelLoadException.class)
                .hasMessageContaining(dir.resolve("sentence_bert_config.json").toString())
                .hasMessageContaining("\"max_seq_length\": 1000000000 is more than the model's 512 positions")
                .hasMessageContaining("position embedding table");
    }

    @Test
    void tokenIdsBeyondTheWordTableAreRefused(@TempDir Path tmp) throws IOException {
        Path dir = copyOfMiniLm(tmp.resolve("m"));
        Path tokenizer = dir.resolve("tokenizer.json");
        String json = Files.readString(tokenizer);
        Files.writeString(tokenizer, json.replaceFirst("\"added_tokens\"\\s*:\\s*\\[",
                "\"added_tokens\":[{\"id\":40000,\"content\":\"<new>\",\"single_word\":false,\"lstrip\":false,"
                        + "\"rstrip\":false,\"normalized\":false,\"special\":true},"));
        assertThatThrownBy(() -> SentenceEncoder.load(dir)).isInstanceOf(ModelLoadException.class)
                .hasMessageContaining(tokenizer.toString())
                // HF gives an added token whose id is taken or out of order the next free id (30522), as we do
                .hasMessageContaining("ids up to 30522 but the model has 30522 token embeddings, ids 0 to 30521");
    }

    @Test
    void poolingWidthOtherThanTheGraphsIsRefused(@TempDir Path tmp) throws IOException {
        Path dir = copyOfMiniLm(tmp.resolve("m"));
        Path pooling = dir.resolve("1_Pooling/config.json");
        Files.writeString(pooling, "{\"word_embedding_dimension\": 768, \"pooling_mode_mean_tokens\": true}");
        assertThatThrownBy(() -> SentenceEncoder.load(dir)).isInstanceOf(ModelLoadException.class)
                .hasMessageContaining(pooling.toString())
                .hasMessageContaining("\"word_embedding_dimension\": 768 differs from the width of the graph's token embeddings, 384");
    }

    @Test
    void configJsonSizesAreUsedWhenGiven(@TempDir Path tmp) throws IOException {
        Path dir = copyOfMiniLm(tmp.resolve("m"));
        // RoBERTa numbers its positions from padding_idx + 1: 514 rows hold 512 tokens
        Files.writeString(dir.resolve("config.json"),
                "{\"model_type\": \"roberta\", \"pad_token_id\": 1, \"max_position_embeddings\": 514}");
        Files.writeString(dir.resolve("sentence_bert_config.json"), "{\"max_seq_length\": 513}");
        assertThatThrownBy(() -> SentenceEncoder.load(dir)).isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("513 is more than the model's 510 positions"); // the graph's 512 rows, less 2
    }

    @Test
    void aRuntimeFailureOnABatchNamesTheOnnxFile() {
        Path onnx = SharedEncoders.miniLm().info().onnxFile();
        try (OnnxEncoderSession session = OnnxEncoderSession.open(onnx, 1)) {
            TokenInputs batch = new TokenInputs();
            batch.reset(1, 3);
            batch.setRow(0, Encoding.of(new int[] {101, 99999, 102}, new int[3], new String[3], new int[3], new int[6], new int[3],
                    new int[] {1, 1, 1}, new int[3], List.of()));
            assertThatThrownBy(() -> session.run(batch)).isInstanceOf(ModelRunException.class)
                    .hasMessageContaining(onnx.toString()).hasMessageContaining("ONNX Runtime failed on a batch of shape [1, 3]");
        }
    }
}
