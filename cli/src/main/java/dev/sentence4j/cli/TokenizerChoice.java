package dev.sentence4j.cli;

import dev.sentence4j.core.cli.ModelOptions;
import dev.sentence4j.core.config.ModelDirectory;
import dev.sentence4j.core.config.ModelKind;
import dev.sentence4j.core.config.SparseModelDirectory;
import dev.sentence4j.core.input.ModelInputs;
import dev.sentence4j.tokenizers.Tokenizer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The tokenizer the tokenize command uses, the truncation length it defaults to, and, for a model,
 * the model's inputs, so that the text tokenized is the text the model sees (prompt, strip,
 * lower-casing: {@link ModelInputs#modelText}).
 *
 * @param inputs the model's inputs, or null for a bare tokenizer file
 */
record TokenizerChoice(Tokenizer tokenizer, int defaultMaxLength, ModelInputs inputs) {
    /** BERT's position table size: the limit when nothing says otherwise. */
    static final int FALLBACK_MAX_LENGTH = 512;

    static TokenizerChoice fromPath(Path path) {
        if (Files.isDirectory(path)) {
            return new TokenizerChoice(Tokenizer.fromPretrainedDirectory(path), FALLBACK_MAX_LENGTH, null);
        }
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("--tokenizer '" + path + "' does not exist; expected a tokenizer.json file or a model directory");
        }
        return new TokenizerChoice(Tokenizer.fromFile(path), FALLBACK_MAX_LENGTH, null);
    }

    /** The model's own tokenizer, truncating at its max_seq_length like sentence-transformers; any kind of model. */
    static TokenizerChoice fromModel(ModelOptions options) {
        Path dir = options.directory();
        ModelInputs inputs;
        if (ModelKind.of(dir) == ModelKind.SPARSE) {
            inputs = ModelInputs.open(SparseModelDirectory.open(dir, options.onnxFile));
        } else {
            inputs = ModelInputs.open(ModelDirectory.open(dir, options.onnxFile));
        }
        return new TokenizerChoice(inputs.tokenizer(), inputs.maxSeqLength(), inputs);
    }

    /** The text that is tokenized: the model's text for a model, else the text as given. */
    String text(String text, String promptName) {
        return inputs == null ? text : inputs.modelText(text, inputs.resolvePrompt(null, promptName));
    }
}
