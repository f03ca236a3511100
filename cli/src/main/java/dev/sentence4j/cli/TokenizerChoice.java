package dev.sentence4j.cli;

import dev.sentence4j.core.config.ModelDirectory;
import dev.sentence4j.tokenizers.Tokenizer;
import java.nio.file.Files;
import java.nio.file.Path;

/** The tokenizer the tokenize command uses, and the truncation length it defaults to. */
record TokenizerChoice(Tokenizer tokenizer, int defaultMaxLength) {
    /** BERT's position table size: the limit when nothing says otherwise. */
    static final int FALLBACK_MAX_LENGTH = 512;

    static TokenizerChoice fromPath(Path path) {
        if (Files.isDirectory(path)) {
            return new TokenizerChoice(Tokenizer.fromPretrainedDirectory(path), FALLBACK_MAX_LENGTH);
        }
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("--tokenizer '" + path + "' does not exist; expected a tokenizer.json file or a model directory");
        }
        return new TokenizerChoice(Tokenizer.fromFile(path), FALLBACK_MAX_LENGTH);
    }

    /** The model's own tokenizer, truncating at its max_seq_length like sentence-transformers. */
    static TokenizerChoice fromModel(ModelOptions options) {
        Path dir = options.directory();
        ModelDirectory model = ModelDirectory.open(dir, options.onnxFile);
        return new TokenizerChoice(Tokenizer.fromPretrainedDirectory(dir), model.transformer().maxSeqLength());
    }
}
