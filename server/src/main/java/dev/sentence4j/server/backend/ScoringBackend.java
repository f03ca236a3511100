package dev.sentence4j.server.backend;

import dev.sentence4j.tokenizers.Encoding;
import java.util.List;

/**
 * A cross-encoder's forward pass: a score per label for a text or a pair of texts. The router
 * tokenizes each pair once with {@link #tokenizePair}; the batcher is the only caller of
 * {@link #score}.
 */
public interface ScoringBackend extends ModelBackend {

    /**
     * The tokens the model runs for the pair (or the single text when {@code second} is null):
     * truncated longest-first at the maximum input length when {@code truncate}, else whole.
     */
    Encoding tokenizePair(String first, String second, boolean truncate);

    /** One forward pass: {@code [encodings.size()][labels]} scores, rows in order. */
    List<float[]> score(List<Encoding> encodings, EncodeSpec.Scores spec);
}
