package dev.sentence4j.langchain4j;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.DimensionAwareEmbeddingModel;
import dev.langchain4j.model.embedding.request.EmbeddingInput;
import dev.langchain4j.model.embedding.request.EmbeddingInputType;
import dev.langchain4j.model.embedding.request.EmbeddingParameter;
import dev.langchain4j.model.embedding.request.EmbeddingRequest;
import dev.langchain4j.model.embedding.request.EmbeddingRequestParameters;
import dev.langchain4j.model.embedding.response.EmbeddingResponse;
import dev.langchain4j.model.embedding.response.EmbeddingResponseMetadata;
import dev.sentence4j.core.EncodeOptions;
import dev.sentence4j.core.PromptRole;
import dev.sentence4j.core.Embeddings;
import dev.sentence4j.core.OutputValue;
import dev.sentence4j.core.SentenceEncoder;
import dev.sentence4j.core.quantization.Precision;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A LangChain4j {@code EmbeddingModel} on a {@link SentenceEncoder}: the vectors are exactly the
 * encoder's (sentence-transformers' encode), and a whole {@code embedAll} list is one encode call,
 * so it is sorted by length and batched as ST batches it.
 *
 * <p>Per-call parameters of LangChain4j's request API ({@link EmbeddingRequest}):
 * <ul>
 *   <li>{@code inputType}: QUERY and DOCUMENT pick the model's prompt as sentence-transformers'
 *       {@code encode_query} / {@code encode_document} do (the {@code query} prompt; the
 *       {@code document}, else {@code passage}, else {@code corpus} prompt), unless the encode
 *       options already name a prompt;</li>
 *   <li>{@code dimensions}: ST's {@code truncate_dim} (Matryoshka truncation of the output);</li>
 *   <li>{@code modelName}: accepted only when it names the loaded model.</li>
 * </ul>
 * Any other parameter is refused by name (LangChain4j's {@code UnsupportedFeatureException}).
 *
 * <p>The encoder is the caller's: this model never closes it.
 */
public final class SentenceEncoderEmbeddingModel extends DimensionAwareEmbeddingModel {
    private static final Set<EmbeddingParameter<?>> SUPPORTED = Set.of(EmbeddingRequestParameters.MODEL_NAME,
            EmbeddingRequestParameters.DIMENSIONS, EmbeddingRequestParameters.INPUT_TYPE);

    private final SentenceEncoder encoder;
    private final EncodeOptions options;

    /** Embeds with the encoder's default options (ST's encode defaults). */
    public SentenceEncoderEmbeddingModel(SentenceEncoder encoder) {
        this(encoder, EncodeOptions.defaults());
    }

    /**
     * Embeds with the given encode options (batch size, normalize, prompt, truncateDim). They must
     * ask for float32 sentence embeddings: those are what LangChain4j's {@code Embedding} holds.
     */
    public SentenceEncoderEmbeddingModel(SentenceEncoder encoder, EncodeOptions options) {
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        this.options = Objects.requireNonNull(options, "options");
        if (options.precision() != Precision.FLOAT32) {
            throw new IllegalArgumentException("options.precision must be FLOAT32 for LangChain4j embeddings, found "
                    + options.precision());
        }
        if (options.outputValue() != OutputValue.SENTENCE) {
            throw new IllegalArgumentException("options.outputValue must be SENTENCE for LangChain4j embeddings, found "
                    + options.outputValue());
        }
        if (options.truncateDim() != null && options.truncateDim() > encoder.dimension()) {
            throw new IllegalArgumentException("options.truncateDim " + options.truncateDim()
                    + " exceeds the dimension " + encoder.dimension() + " of model " + encoder.info().name());
        }
        this.dimension = options.truncateDim() != null ? options.truncateDim() : encoder.dimension();
    }

    @Override
    public Set<EmbeddingParameter<?>> supportedParameters() {
        return SUPPORTED;
    }

    @Override
    public String modelName() {
        return encoder.info().name();
    }

    @Override
    public EmbeddingResponse doEmbed(EmbeddingRequest request) {
        EmbeddingRequestParameters parameters = request.parameters();
        String requestedModel = parameters.modelName();
        if (requestedModel != null && !requestedModel.equals(modelName())) {
            throw new IllegalArgumentException("modelName \"" + requestedModel + "\" differs from the loaded model \""
                    + modelName() + "\"; load another SentenceEncoder to use another model");
        }
        EmbeddingInputType type = parameters.inputType();
        // sentence-transformers v5's encode_query / encode_document prompt, by core's one rule
        EncodeOptions call = type == null ? options
                : (type == EmbeddingInputType.QUERY ? PromptRole.QUERY : PromptRole.DOCUMENT).apply(options, encoder.info());
        Integer dimensions = parameters.dimensions();
        if (dimensions != null) {
            if (dimensions <= 0 || dimensions > encoder.dimension()) {
                throw new IllegalArgumentException("dimensions must be in [1, " + encoder.dimension() + "] for model "
                        + modelName() + ", found " + dimensions);
            }
            call = call.withTruncateDim(dimensions);
        }
        List<String> texts = new ArrayList<>(request.inputs().size());
        for (EmbeddingInput input : request.inputs()) {
            texts.add(input.text());
        }
        Embeddings vectors = encoder.encode(texts, call).embeddings();
        List<Embedding> embeddings = new ArrayList<>(vectors.rows());
        for (int i = 0; i < vectors.rows(); i++) {
            embeddings.add(Embedding.from(vectors.row(i)));
        }
        return EmbeddingResponse.builder()
                .embeddings(embeddings)
                .metadata(EmbeddingResponseMetadata.builder().modelName(modelName()).build())
                .build();
    }

    @Override
    public String toString() {
        return "SentenceEncoderEmbeddingModel[" + modelName() + ", dimension=" + dimension + "]";
    }
}
