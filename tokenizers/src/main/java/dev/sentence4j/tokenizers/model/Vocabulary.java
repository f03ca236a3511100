package dev.sentence4j.tokenizers.model;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A model's token-to-id table and its reverse, shared by WordPiece, BPE and WordLevel (HF keeps
 * the same pair, vocab and vocab_r, in each of those models). Immutable; keeps the file's order.
 */
final class Vocabulary {
    private final Map<String, Integer> ids;
    private final Map<Integer, String> tokens;

    Vocabulary(Map<String, Integer> vocab) {
        Objects.requireNonNull(vocab, "vocab");
        this.ids = Collections.unmodifiableMap(new LinkedHashMap<>(vocab));
        Map<Integer, String> reverse = new HashMap<>(vocab.size() * 2);
        vocab.forEach((token, id) -> reverse.put(id, token));
        this.tokens = reverse;
    }

    /** The id of {@code token}, or null: the allocation-free form for hot loops. */
    Integer id(String token) {
        return ids.get(token);
    }

    /** The token of {@code id}, or null. */
    String token(int id) {
        return tokens.get(id);
    }

    OptionalInt tokenToId(String token) {
        Integer id = ids.get(token);
        return id == null ? OptionalInt.empty() : OptionalInt.of(id);
    }

    Optional<String> idToToken(int id) {
        return Optional.ofNullable(tokens.get(id));
    }

    int size() {
        return ids.size();
    }

    /** Unmodifiable, in the file's order. */
    Map<String, Integer> asMap() {
        return ids;
    }
}
