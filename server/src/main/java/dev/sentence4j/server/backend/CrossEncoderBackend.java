package dev.sentence4j.server.backend;

import dev.sentence4j.core.config.ModelKind;
import dev.sentence4j.core.crossencoder.CrossEncoder;
import dev.sentence4j.core.crossencoder.CrossEncoderInfo;
import dev.sentence4j.core.crossencoder.PredictOptions;
import dev.sentence4j.core.crossencoder.Scores;
import dev.sentence4j.core.crossencoder.TextPair;
import dev.sentence4j.tokenizers.Encoding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The backend over a {@link CrossEncoder}: each text or pair is tokenized once by the
 * cross-encoder (pair encoding, longest-first truncation at max_length), and each batch is one
 * {@code predictEncoded} call, so /rerank and /predict equal the library. Scores take the model's
 * activation, as CrossEncoder.predict does, unless a request asks for raw scores.
 */
public final class CrossEncoderBackend implements ScoringBackend {
    private final CrossEncoder encoder;
    private final boolean ownsEncoder;
    private final BackendInfo info;

    /** Serves {@code encoder}; closing the backend closes it when {@code ownsEncoder}. */
    public CrossEncoderBackend(CrossEncoder encoder, boolean ownsEncoder) {
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        this.ownsEncoder = ownsEncoder;
        CrossEncoderInfo c = encoder.info();
        this.info = new BackendInfo(c.name(), ModelKind.CROSS_ENCODER, c.numLabels(), c.maxLength(), null, c.dtype(),
                Map.of(), null, c.labels());
    }

    public CrossEncoder encoder() {
        return encoder;
    }

    @Override
    public BackendInfo info() {
        return info;
    }

    /** A lone text, as /tokenize and the embedding routes' checks see it; a cross-encoder has no prompts. */
    @Override
    public Encoding tokenizeInput(String text, String promptName, boolean truncate) {
        return encoder.tokenize(new TextPair(text, null), truncate);
    }

    @Override
    public String modelText(String text, String promptName) {
        return text;
    }

    @Override
    public List<TokenSpan> tokenize(String text, boolean addSpecialTokens, String promptName) {
        List<TokenSpan> all = TextBackend.spans(encoder.tokenize(new TextPair(text, null), false));
        if (addSpecialTokens) {
            return all;
        }
        List<TokenSpan> out = new ArrayList<>(all.size());
        for (TokenSpan s : all) {
            if (!s.special()) {
                out.add(s);
            }
        }
        return out;
    }

    @Override
    public String decode(int[] ids, boolean skipSpecialTokens) {
        return TextBackend.decode(encoder.tokenizer(), ids, skipSpecialTokens);
    }

    @Override
    public Encoding tokenizePair(String first, String second, boolean truncate) {
        return encoder.tokenize(new TextPair(first, second), truncate);
    }

    @Override
    public List<float[]> score(List<Encoding> encodings, EncodeSpec.Scores spec) {
        Scores scores = encoder.predictEncoded(encodings, PredictOptions.defaults()
                .withBatchSize(Math.max(1, encodings.size())).withApplyActivation(!spec.raw()));
        List<float[]> rows = new ArrayList<>(scores.rows());
        for (int i = 0; i < scores.rows(); i++) {
            rows.add(scores.row(i));
        }
        return rows;
    }

    @Override
    public void close() {
        if (ownsEncoder) {
            encoder.close();
        }
    }
}
