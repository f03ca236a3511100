package dev.sentence4j.core.input;

import dev.sentence4j.tokenizers.Encoding;
import java.util.List;
import java.util.Objects;

/**
 * Inputs already through {@link ModelInputs}: what {@code SentenceEncoder.encode(TokenizedInputs, ...)}
 * runs without tokenizing again. The server tokenizes each request once, checks lengths on these
 * encodings, and hands the same encodings to the batch.
 *
 * @param encodings    one per input, in input order, each at most max_seq_length tokens
 * @param promptTokens leading positions pooling ignores (ST's include_prompt=false), else 0;
 *                     one value for all, since all share one prompt
 */
public record TokenizedInputs(List<Encoding> encodings, int promptTokens) {
    public TokenizedInputs {
        encodings = List.copyOf(Objects.requireNonNull(encodings, "encodings"));
        if (promptTokens < 0) {
            throw new IllegalArgumentException("promptTokens must be >= 0, found " + promptTokens);
        }
    }

    public int size() {
        return encodings.size();
    }
}
