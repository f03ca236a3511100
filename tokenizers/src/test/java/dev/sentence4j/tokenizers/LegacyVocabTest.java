package dev.sentence4j.tokenizers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A legacy model directory (vocab.txt + tokenizer_config.json) tokenizes exactly like the
 * all-MiniLM tokenizer.json. The vocabulary is LangChain4j's bert-vocabulary-en.txt.
 */
class LegacyVocabTest {

    @Test
    void legacyDirectoryMatchesTokenizerJson(@TempDir Path dir) throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("bert-vocabulary-en.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing test fixture bert-vocabulary-en.txt (langchain4j-embeddings jar)");
            }
            Files.copy(in, dir.resolve("vocab.txt"));
        }
        Files.writeString(dir.resolve("tokenizer_config.json"),
                "{\"do_lower_case\": true, \"model_max_length\": 512, \"unk_token\": \"[UNK]\"}");
        Tokenizer legacy = Tokenizer.fromPretrainedDirectory(dir).withTruncation(null);
        Tokenizer json = Fixtures.tokenizer(Fixtures.MINILM).withTruncation(null).withPadding(null);
        assertThat(Tokenizer.fromPretrainedDirectory(dir).truncation()).isEqualTo(Truncation.of(512));
        assertThat(legacy.vocabSize()).isEqualTo(json.vocabSize());
        for (String line : ParityCorpus.diverse()) {
            assertThat(legacy.encode(line)).as(Parity.show(line)).isEqualTo(json.encode(line));
            assertThat(legacy.encodePair(line, "second part")).isEqualTo(json.encodePair(line, "second part"));
        }
        int[] ids = json.encode("Hello, [MASK] world!").ids();
        assertThat(legacy.decode(ids, true)).isEqualTo(json.decode(ids, true));
    }

    @Test
    void directoryWithTokenizerJsonUsesIt(@TempDir Path dir) throws Exception {
        Files.copy(Fixtures.path(Fixtures.BGE_ZH), dir.resolve("tokenizer.json"));
        Tokenizer t = Tokenizer.fromPretrainedDirectory(dir);
        assertThat(t.encode("你好世界").tokens()).containsExactly("[CLS]", "你", "好", "世", "界", "[SEP]");
    }
}
