package dev.sentence4j.core.input;

import dev.sentence4j.core.ModelLoadException;
import dev.sentence4j.core.config.ModelDirectory;
import dev.sentence4j.core.config.SentenceBertConfig;
import dev.sentence4j.core.config.SentenceTransformersConfig;
import dev.sentence4j.core.config.SparseModelDirectory;
import dev.sentence4j.tokenizers.Encoding;
import dev.sentence4j.tokenizers.Tokenizer;
import dev.sentence4j.tokenizers.Truncation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the model sees, decided in one place for every front end (library, CLI, server, corpus,
 * Spark, the framework adapters): the prompt (sentence-transformers' rule: an explicit prompt,
 * else a named one, else the model's default), prepended to the text; then ST's Transformer
 * preparation ({@link TransformerText}: strip, and lower-case when do_lower_case is set); then the
 * tokenizer, truncating at max_seq_length. A front end that shows tokens ({@code /tokenize},
 * {@code tokenize --model}) or counts them (the server's length check) asks this class too, so
 * what it shows is what {@code encode} runs. (A cross-encoder's pairs follow ST's CrossEncoder,
 * which prepares no text and truncates the pair together: {@code crossencoder.PairInputs}.)
 *
 * <p>Immutable and safe for concurrent callers.
 */
public final class ModelInputs {
    private final Tokenizer tokenizer;   // truncating at maxSeqLength, not padding
    private final Tokenizer untruncated; // the same without truncation
    private final int maxSeqLength;
    private final boolean doLowerCase;
    private final boolean includePrompt;
    private final Map<String, String> prompts;
    private final String defaultPromptName;

    /**
     * @param tokenizer         the model's tokenizer as its file says (truncation and padding are replaced)
     * @param maxSeqLength      sentence_bert_config.json's max_seq_length
     * @param doLowerCase       sentence_bert_config.json's do_lower_case
     * @param includePrompt     whether pooling sees the prompt's tokens (the Pooling module's include_prompt;
     *                          true for modules without the setting, such as SpladePooling)
     * @param prompts           config_sentence_transformers.json's prompts
     * @param defaultPromptName its default_prompt_name, or null
     */
    public ModelInputs(Tokenizer tokenizer, int maxSeqLength, boolean doLowerCase, boolean includePrompt,
            Map<String, String> prompts, String defaultPromptName) {
        Objects.requireNonNull(tokenizer, "tokenizer");
        if (maxSeqLength <= 0) {
            throw new IllegalArgumentException("maxSeqLength must be > 0, found " + maxSeqLength);
        }
        this.maxSeqLength = maxSeqLength;
        // ST truncates at max_seq_length whatever tokenizer.json says, and pads each batch to its
        // own longest input (the encoder pads), so the file's truncation and padding are replaced.
        // A long text is tokenized only as far as it is kept, so memory follows max_seq_length.
        this.tokenizer = tokenizer.withTruncation(Truncation.of(maxSeqLength)).withPadding(null).truncatingByPrefix();
        this.untruncated = tokenizer.withTruncation(null).withPadding(null);
        this.doLowerCase = doLowerCase;
        this.includePrompt = includePrompt;
        this.prompts = Map.copyOf(Objects.requireNonNull(prompts, "prompts"));
        this.defaultPromptName = defaultPromptName;
    }

    /** The inputs of the embedding model in {@code model}: its tokenizer (tokenizer.json, else vocab.txt) and its configs. */
    public static ModelInputs open(ModelDirectory model) {
        return open(model.directory(), model.transformer(), model.settings(), model.pooling().includePrompt());
    }

    /**
     * The inputs of the sparse encoder in {@code model}. SpladePooling has no include_prompt: it
     * pools every real token, the prompt's too, so no position is masked for the prompt.
     */
    public static ModelInputs open(SparseModelDirectory model) {
        return open(model.directory(), model.transformer(), model.settings(), true);
    }

    /**
     * The inputs of the model in {@code directory} (any kind: the tokenizer and the configs are the
     * same files for SentenceTransformer and SparseEncoder models).
     */
    public static ModelInputs open(Path directory, SentenceBertConfig transformer, SentenceTransformersConfig settings,
            boolean includePrompt) {
        return new ModelInputs(loadTokenizer(directory), transformer.maxSeqLength(), transformer.doLowerCase(),
                includePrompt, settings.prompts(), settings.defaultPromptName());
    }

    /** The tokenizer of the model in {@code directory}; one that cannot be loaded is a ModelLoadException naming its file. */
    static Tokenizer loadTokenizer(Path directory) {
        Path file = ModelDirectory.tokenizerFile(directory);
        try {
            return Tokenizer.fromPretrainedDirectory(directory);
        } catch (RuntimeException e) {
            throw new ModelLoadException(file, "cannot load the tokenizer: " + e.getMessage(), e);
        }
    }

    /** The tokenizer as the model uses it: truncating at max_seq_length, not padding. */
    public Tokenizer tokenizer() {
        return tokenizer;
    }

    public int maxSeqLength() {
        return maxSeqLength;
    }

    /** sentence_bert_config.json's do_lower_case: texts are lower-cased before tokenizing. */
    public boolean doLowerCase() {
        return doLowerCase;
    }

    /**
     * The prompt text for an encode call, as ST's encode chooses it: {@code prompt} when set; else
     * the model's prompt named {@code promptName}; else the model's default prompt; else null.
     * An unknown name is an {@link IllegalArgumentException} listing the model's prompts.
     */
    public String resolvePrompt(String prompt, String promptName) {
        if (prompt != null) {
            return prompt;
        }
        String name = promptName != null ? promptName : defaultPromptName;
        if (name == null) {
            return null;
        }
        String p = prompts.get(name);
        if (p == null) {
            throw new IllegalArgumentException("prompt name \"" + name + "\" is not one of the model's prompts "
                    + prompts.keySet());
        }
        return p;
    }

    /** The text the tokenizer receives: {@code prompt + text}, prepared as ST's Transformer does. */
    public String modelText(String text, String prompt) {
        Objects.requireNonNull(text, "text");
        return TransformerText.prepare(prompt == null ? text : prompt + text, doLowerCase);
    }

    /** The tokens the model runs for {@code text}: special tokens added, truncated at max_seq_length. */
    public Encoding encode(String text, String prompt) {
        return tokenizer.encode(modelText(text, prompt));
    }

    /**
     * The tokens of {@code text} before truncation: what a length check counts, and, when they fit
     * in max_seq_length, exactly what {@link #encode} gives (truncation would change nothing).
     */
    public Encoding encodeUntruncated(String text, String prompt, boolean addSpecialTokens) {
        return untruncated.encode(modelText(text, prompt), addSpecialTokens);
    }

    /** {@link #encode} for each text, in order, with one prompt. */
    public TokenizedInputs tokenize(List<String> texts, String prompt) {
        List<Encoding> out = new ArrayList<>(texts.size());
        for (String t : texts) {
            out.add(encode(t, prompt));
        }
        return new TokenizedInputs(out, promptTokensToMask(prompt));
    }

    /**
     * How many leading positions pooling must ignore: with include_prompt false, ST's
     * {@code len(tokenize(prompt).input_ids) - 1}, i.e. [CLS] plus the prompt without [SEP]; else 0.
     */
    public int promptTokensToMask(String prompt) {
        if (prompt == null || prompt.isEmpty() || includePrompt) {
            return 0;
        }
        return tokenizer.encode(TransformerText.prepare(prompt, doLowerCase)).length() - 1;
    }

    /** Whether truncation cut {@code encoding} (it came from {@link #encode}). */
    public static boolean truncated(Encoding encoding) {
        return !encoding.overflowing().isEmpty();
    }
}
