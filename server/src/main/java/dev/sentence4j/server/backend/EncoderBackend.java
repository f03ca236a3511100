package dev.sentence4j.server.backend;

import dev.sentence4j.core.EncodeOptions;
import dev.sentence4j.core.EncodeResult;
import dev.sentence4j.core.ModelInfo;
import dev.sentence4j.core.OutputValue;
import dev.sentence4j.core.SentenceEncoder;
import dev.sentence4j.core.TokenEmbeddings;
import dev.sentence4j.core.TransformerText;
import dev.sentence4j.core.config.ModelDirectory;
import dev.sentence4j.core.pooling.PoolingMode;
import dev.sentence4j.tokenizers.Encoding;
import dev.sentence4j.tokenizers.Tokenizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The backend over a {@link SentenceEncoder}: each batch is one {@code encode} call with
 * {@code batchSize} equal to the batch, so one ONNX run, with sentence-transformers' semantics
 * (prompts, truncation at max_seq_length, pooling, Dense, Normalize, Matryoshka truncation).
 */
public final class EncoderBackend implements EmbeddingBackend {
    private final SentenceEncoder encoder;
    private final boolean ownsEncoder;
    private final Tokenizer untruncated;
    private final boolean doLowerCase;
    private final BackendInfo info;

    /** Serves {@code encoder}; closing the backend closes it when {@code ownsEncoder}. */
    public EncoderBackend(SentenceEncoder encoder, boolean ownsEncoder) {
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        this.ownsEncoder = ownsEncoder;
        ModelInfo m = encoder.info();
        this.untruncated = encoder.tokenizer().withTruncation(null);
        // ModelInfo does not carry do_lower_case; re-read the directory's sentence_bert_config.json.
        Path dir = m.directory().toAbsolutePath();
        this.doLowerCase = ModelDirectory.open(dir, dir.relativize(m.onnxFile().toAbsolutePath())).transformer().doLowerCase();
        String pooling = m.poolingModes().stream().map(PoolingMode::configName).collect(Collectors.joining("+"));
        String onnx = m.onnxFile().getFileName().toString();
        String dtype = onnx.contains("int8") || onnx.contains("quant") || onnx.matches(".*[-_]q[-_.].*") ? "int8" : "float32";
        this.info = new BackendInfo(m.name(), m.dimension(), m.maxSeqLength(), pooling, dtype, m.prompts(),
                m.defaultPromptName());
    }

    /** Loads an embedded model by name, or a model directory. */
    public static EncoderBackend load(String nameOrPath) {
        return new EncoderBackend(SentenceEncoder.load(nameOrPath), true);
    }

    public SentenceEncoder encoder() {
        return encoder;
    }

    @Override
    public BackendInfo info() {
        return info;
    }

    @Override
    public int countTokens(String text, String promptName) {
        return untruncated.encode(TransformerText.prepare(withPrompt(text, promptName), doLowerCase)).length();
    }

    @Override
    public List<TokenSpan> tokenize(String text, boolean addSpecialTokens, String promptName) {
        Encoding e = untruncated.encode(withPrompt(text, promptName), addSpecialTokens);
        int[] ids = e.ids();
        String[] tokens = e.tokens();
        int[] offsets = e.offsets();
        int[] special = e.specialTokensMask();
        List<TokenSpan> out = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            boolean isSpecial = special[i] == 1;
            int start = offsets[2 * i];
            int end = offsets[2 * i + 1];
            boolean spanned = !isSpecial && end > start;
            out.add(new TokenSpan(ids[i], tokens[i], isSpecial, spanned ? start : -1, spanned ? end : -1));
        }
        return out;
    }

    @Override
    public String decode(int[] ids, boolean skipSpecialTokens) {
        int vocab = untruncated.vocabSize();
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] < 0 || ids[i] >= vocab) {
                throw new IllegalArgumentException("token id " + ids[i] + " at index " + i
                        + " is outside the vocabulary [0, " + vocab + ")");
            }
        }
        return untruncated.decode(ids, skipSpecialTokens);
    }

    @Override
    public EncodedBatch encode(List<String> texts, EncodeSpec spec) {
        EncodeOptions options = EncodeOptions.defaults().withBatchSize(Math.max(1, texts.size()))
                .withPromptName(spec.promptName());
        if (spec.tokens()) {
            EncodeResult r = encoder.encode(texts, options.withOutputValue(OutputValue.TOKEN));
            List<TokenMatrix> tokens = new ArrayList<>(texts.size());
            for (TokenEmbeddings t : r.tokenEmbeddings()) {
                tokens.add(new TokenMatrix(t.length(), t.dimension(), t.data()));
            }
            return new EncodedBatch(texts.size(), 0, null, tokens);
        }
        EncodeResult r = encoder.encode(texts, options.withNormalize(spec.normalize()).withTruncateDim(spec.dimensions()));
        return new EncodedBatch(r.embeddings().rows(), r.embeddings().dimension(), r.embeddings().data(), List.of());
    }

    private String withPrompt(String text, String promptName) {
        String name = promptName != null ? promptName : info.defaultPromptName();
        String prompt = name == null ? null : info.prompts().get(name);
        return prompt == null ? text : prompt + text;
    }

    @Override
    public void close() {
        if (ownsEncoder) {
            encoder.close();
        }
    }
}
