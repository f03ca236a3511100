package dev.sentence4j.springai;

import dev.sentence4j.core.Embeddings;
import dev.sentence4j.core.EncodeOptions;
import dev.sentence4j.core.OutputValue;
import dev.sentence4j.core.SentenceEncoder;
import dev.sentence4j.core.quantization.Precision;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.ai.chat.metadata.EmptyUsage;
import org.springframework.ai.document.Document;
import org.springframework.ai.document.MetadataMode;
import org.springframework.ai.embedding.BatchingStrategy;
import org.springframework.ai.embedding.Embedding;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.ai.embedding.EmbeddingOptions;
import org.springframework.ai.embedding.EmbeddingRequest;
import org.springframework.ai.embedding.EmbeddingResponse;
import org.springframework.ai.embedding.EmbeddingResponseMetadata;

/**
 * A Spring AI {@code EmbeddingModel} on a {@link SentenceEncoder}: the vectors are exactly the
 * encoder's (sentence-transformers' encode), and each request is one encode call, sorted by length
 * and batched as ST batches it.
 *
 * <p>Request options: {@code model} is accepted only when it names the loaded model;
 * {@code dimensions} is ST's {@code truncate_dim} (the first n values of each vector, not
 * renormalized, as in ST). Results are indexed from 0 in input order. A {@link Document} is embedded
 * as Spring AI formats it for embedding ({@link Document#getFormattedContent(MetadataMode)}, with
 * {@link MetadataMode#EMBED} by default, as Spring AI's hosted embedding models do).
 *
 * <p>The encoder is the caller's: this model never closes it.
 */
public final class SentenceEncoderEmbeddingModel implements EmbeddingModel {
    private final SentenceEncoder encoder;
    private final EncodeOptions options;
    private final MetadataMode metadataMode;

    /** ST's encode defaults; documents formatted with {@link MetadataMode#EMBED}. */
    public SentenceEncoderEmbeddingModel(SentenceEncoder encoder) {
        this(encoder, EncodeOptions.defaults(), MetadataMode.EMBED);
    }

    /**
     * The given encode options (batch size, normalize, prompt, truncateDim), which must ask for
     * float32 sentence embeddings, and the metadata mode documents are formatted with.
     */
    public SentenceEncoderEmbeddingModel(SentenceEncoder encoder, EncodeOptions options, MetadataMode metadataMode) {
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        this.options = Objects.requireNonNull(options, "options");
        this.metadataMode = Objects.requireNonNull(metadataMode, "metadataMode");
        if (options.precision() != Precision.FLOAT32) {
            throw new IllegalArgumentException("options.precision must be FLOAT32 for Spring AI embeddings, found "
                    + options.precision());
        }
        if (options.outputValue() != OutputValue.SENTENCE) {
            throw new IllegalArgumentException("options.outputValue must be SENTENCE for Spring AI embeddings, found "
                    + options.outputValue());
        }
        if (options.truncateDim() != null && options.truncateDim() > encoder.dimension()) {
            throw new IllegalArgumentException("options.truncateDim " + options.truncateDim()
                    + " exceeds the dimension " + encoder.dimension() + " of model " + encoder.info().name());
        }
    }

    @Override
    public EmbeddingResponse call(EmbeddingRequest request) {
        Objects.requireNonNull(request, "request");
        String model = encoder.info().name();
        EncodeOptions call = options;
        EmbeddingOptions requested = request.getOptions();
        if (requested != null) {
            if (requested.getModel() != null && !requested.getModel().equals(model)) {
                throw new IllegalArgumentException("options.model \"" + requested.getModel()
                        + "\" differs from the loaded model \"" + model + "\"; load another SentenceEncoder to use another model");
            }
            Integer dimensions = requested.getDimensions();
            if (dimensions != null) {
                if (dimensions <= 0 || dimensions > encoder.dimension()) {
                    throw new IllegalArgumentException("options.dimensions must be in [1, " + encoder.dimension()
                            + "] for model " + model + ", found " + dimensions);
                }
                call = call.withTruncateDim(dimensions);
            }
        }
        Embeddings vectors = encoder.encode(request.getInstructions(), call).embeddings();
        List<Embedding> results = new ArrayList<>(vectors.rows());
        for (int i = 0; i < vectors.rows(); i++) {
            results.add(new Embedding(vectors.row(i), i));
        }
        return new EmbeddingResponse(results, new EmbeddingResponseMetadata(model, new EmptyUsage()));
    }

    @Override
    public float[] embed(Document document) {
        return embed(getEmbeddingContent(document));
    }

    @Override
    public String getEmbeddingContent(Document document) {
        Objects.requireNonNull(document, "document");
        return document.getFormattedContent(metadataMode);
    }

    /**
     * All documents in one request: the batching strategy exists to respect a remote API's request
     * limits, which an in-process encoder does not have; the encoder batches by token count itself.
     */
    @Override
    public List<float[]> embed(List<Document> documents, EmbeddingOptions options, BatchingStrategy batchingStrategy) {
        Objects.requireNonNull(documents, "documents");
        List<String> texts = documents.stream().map(this::getEmbeddingContent).toList();
        return call(new EmbeddingRequest(texts, options)).getResults().stream().map(Embedding::getOutput).toList();
    }

    @Override
    public int dimensions() {
        return options.truncateDim() != null ? options.truncateDim() : encoder.dimension();
    }

    @Override
    public String toString() {
        return "SentenceEncoderEmbeddingModel[" + encoder.info().name() + ", dimension=" + dimensions() + "]";
    }
}
