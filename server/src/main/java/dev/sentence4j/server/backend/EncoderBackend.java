package dev.sentence4j.server.backend;

import dev.sentence4j.core.EncodeOptions;
import dev.sentence4j.core.Embeddings;
import dev.sentence4j.core.ModelInfo;
import dev.sentence4j.core.OutputValue;
import dev.sentence4j.core.SentenceEncoder;
import dev.sentence4j.core.TokenEmbeddings;
import dev.sentence4j.core.input.ModelInputs;
import dev.sentence4j.core.pooling.PoolingMode;
import dev.sentence4j.tokenizers.Encoding;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The backend over a {@link SentenceEncoder}, through core's one path: requests are tokenized by
 * the encoder's {@link ModelInputs} (prompt, ST's preparation, truncation at max_seq_length), and
 * each batch is one {@code encode(TokenizedInputs, ...)} call with {@code batchSize} equal to the
 * batch, so one ONNX run with sentence-transformers' semantics.
 */
public final class EncoderBackend extends TextBackend implements EmbeddingBackend {
    private final SentenceEncoder encoder;
    private final boolean ownsEncoder;
    private final BackendInfo info;

    /** Serves {@code encoder}; closing the backend closes it when {@code ownsEncoder}. */
    public EncoderBackend(SentenceEncoder encoder, boolean ownsEncoder) {
        super(Objects.requireNonNull(encoder, "encoder").inputs());
        this.encoder = encoder;
        this.ownsEncoder = ownsEncoder;
        ModelInfo m = encoder.info();
        String pooling = m.poolingModes().stream().map(PoolingMode::configName).collect(Collectors.joining("+"));
        this.info = BackendInfo.embedding(m.name(), m.dimension(), m.maxSeqLength(), pooling, m.dtype(), m.prompts(),
                m.defaultPromptName());
    }

    /** Loads an embedded model by name, a model directory or a Hub id. */
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
    public Embeddings embed(List<Encoding> encodings, EncodeSpec.Sentences spec) {
        return encoder.encode(tokenized(encodings, spec.promptName()), options(encodings)
                .withNormalize(spec.normalize()).withTruncateDim(spec.dimensions())).embeddings();
    }

    @Override
    public List<TokenEmbeddings> embedTokens(List<Encoding> encodings, EncodeSpec.Tokens spec) {
        return encoder.encode(tokenized(encodings, spec.promptName()), options(encodings).withOutputValue(OutputValue.TOKEN))
                .tokenEmbeddings();
    }

    /** The whole batch in one ONNX run. */
    private static EncodeOptions options(List<Encoding> encodings) {
        return EncodeOptions.defaults().withBatchSize(Math.max(1, encodings.size()));
    }

    @Override
    public void close() {
        if (ownsEncoder) {
            encoder.close();
        }
    }
}
