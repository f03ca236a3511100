package dev.sentence4j.server.backend;

import dev.sentence4j.core.config.ModelKind;
import dev.sentence4j.core.sparse.SparseEncodeOptions;
import dev.sentence4j.core.sparse.SparseEncoder;
import dev.sentence4j.core.sparse.SparseInfo;
import dev.sentence4j.core.sparse.SparseVector;
import dev.sentence4j.tokenizers.Encoding;
import java.util.List;
import java.util.Objects;

/**
 * The backend over a {@link SparseEncoder} (SPLADE), through core's one path: requests are
 * tokenized by the encoder's ModelInputs, and each batch is one {@code encode(TokenizedInputs,
 * ...)} call with {@code batchSize} equal to the batch, so /embed_sparse equals the library.
 */
public final class SparseEncoderBackend extends TextBackend implements SparseBackend {
    /** TEI's /info names SPLADE pooling so. */
    static final String POOLING = "splade";

    private final SparseEncoder encoder;
    private final boolean ownsEncoder;
    private final BackendInfo info;

    /** Serves {@code encoder}; closing the backend closes it when {@code ownsEncoder}. */
    public SparseEncoderBackend(SparseEncoder encoder, boolean ownsEncoder) {
        super(Objects.requireNonNull(encoder, "encoder").inputs());
        this.encoder = encoder;
        this.ownsEncoder = ownsEncoder;
        SparseInfo s = encoder.info();
        this.info = new BackendInfo(s.name(), ModelKind.SPARSE, s.dimension(), s.maxSeqLength(), POOLING, s.dtype(),
                s.prompts(), s.defaultPromptName(), List.of());
    }

    public SparseEncoder encoder() {
        return encoder;
    }

    @Override
    public BackendInfo info() {
        return info;
    }

    @Override
    public List<SparseVector> embedSparse(List<Encoding> encodings, EncodeSpec.Sparse spec) {
        return encoder.encode(tokenized(encodings, spec.promptName()), SparseEncodeOptions.defaults().withBatchSize(Math.max(1, encodings.size())));
    }

    @Override
    public void close() {
        if (ownsEncoder) {
            encoder.close();
        }
    }
}
