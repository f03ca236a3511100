package dev.sentence4j.tokenizers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model whose unk_token is not in its vocabulary: HF tokenizers loads it and fails at the first
 * unknown word (shown through the oracle), so we refuse it at load, naming the file and the token;
 * a byte-level BPE that can never reach its unk_token still loads and matches HF.
 */
class UnkTokenTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The fixture with {@code model.vocab[unk]} removed. */
    private static Path withoutUnk(String resource, String unk, Path dir) throws Exception {
        ObjectNode root = (ObjectNode) MAPPER.readTree(Files.readString(Fixtures.path(resource)));
        ObjectNode model = (ObjectNode) root.get("model");
        assertThat(((ObjectNode) model.get("vocab")).remove(unk)).as("fixture must hold " + unk).isNotNull();
        Path file = dir.resolve("tokenizer.json");
        Files.writeString(file, MAPPER.writeValueAsString(root));
        return file;
    }

    @Test
    void wordPieceWithoutItsUnkTokenIsRefusedAtLoad(@TempDir Path dir) throws Exception {
        Path file = withoutUnk(Fixtures.MINILM, "[UNK]", dir);
        // HF: the same file fails on an unknown word (here U+2603, not in BERT's vocabulary)
        try (Oracle hf = Oracle.plain(file, true)) {
            assertThatThrownBy(() -> hf.encode("snow \u2603")).isInstanceOf(RuntimeException.class);
            assertThat(hf.encode("hello world").ids()).containsExactly(101, 7592, 2088, 102);
        }
        assertThatThrownBy(() -> Tokenizer.fromFile(file)).isInstanceOf(TokenizerLoadException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("$.model.unk_token: '[UNK]' is not in $.model.vocab");
    }

    @Test
    void wordLevelWithoutItsUnkTokenIsRefusedAtLoad(@TempDir Path dir) throws Exception {
        Path file = withoutUnk("fixtures/subword/wordlevel-whitespace.json", "<unk>", dir);
        assertThatThrownBy(() -> Tokenizer.fromFile(file)).isInstanceOf(TokenizerLoadException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("'<unk>' is not in $.model.vocab");
    }

    @Test
    void bpeWithoutItsUnkTokenIsRefusedAtLoad(@TempDir Path dir) throws Exception {
        Path file = withoutUnk("fixtures/subword/bpe-prefix-suffix.json", "<unk>", dir);
        assertThatThrownBy(() -> Tokenizer.fromFile(file)).isInstanceOf(TokenizerLoadException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("'<unk>' is not in $.model.vocab");
    }

    @Test
    void byteLevelBpeThatNeverNeedsItsUnkTokenStillLoadsAndMatchesHf(@TempDir Path dir) throws Exception {
        ObjectNode root = (ObjectNode) MAPPER.readTree(Files.readString(Fixtures.path(Fixtures.GPT2)));
        ((ObjectNode) root.get("model")).put("unk_token", "<not-in-vocab>");
        Path file = dir.resolve("tokenizer.json");
        Files.writeString(file, MAPPER.writeValueAsString(root));
        Tokenizer ours = Tokenizer.fromFile(file).withTruncation(null).withPadding(null);
        try (Oracle hf = Oracle.plain(file, true)) {
            for (String line : ParityCorpus.diverse()) {
                assertThat(Parity.diff(ours.encode(line), hf.encode(line))).as(Parity.show(line)).isEmpty();
            }
        }
    }

    @Test
    void legacyVocabTxtWithoutUnkIsRefusedAtLoad(@TempDir Path dir) throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("bert-vocabulary-en.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing test fixture bert-vocabulary-en.txt (langchain4j-embeddings jar)");
            }
            String vocab = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("vocab.txt"), vocab.replace("\n[UNK]\n", "\n[UNKNOWN]\n"));
        }
        Files.writeString(dir.resolve("tokenizer_config.json"), "{\"unk_token\": \"[UNK]\"}");
        assertThatThrownBy(() -> Tokenizer.fromPretrainedDirectory(dir)).isInstanceOf(TokenizerLoadException.class)
                .hasMessageContaining(dir.resolve("vocab.txt").toString()).hasMessageContaining("'[UNK]'");
    }
}
