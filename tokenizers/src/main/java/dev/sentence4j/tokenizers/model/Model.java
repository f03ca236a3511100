package dev.sentence4j.tokenizers.model;

import dev.sentence4j.tokenizers.NormalizedString;
import dev.sentence4j.tokenizers.Token;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** The model stage (HF models/): turns one pre-tokenized word into tokens. */
public sealed interface Model permits WordPiece, BPE, Unigram, WordLevel {

    /** Tokens for {@code word}, offsets in code points of {@code word}'s normalized text. */
    List<Token> tokenize(NormalizedString word);

    OptionalInt tokenToId(String token);

    Optional<String> idToToken(int id);

    /** Number of entries of the model's own vocabulary. */
    int vocabSize();

    /** The model's own vocabulary (unmodifiable). */
    Map<String, Integer> vocabulary();
}
