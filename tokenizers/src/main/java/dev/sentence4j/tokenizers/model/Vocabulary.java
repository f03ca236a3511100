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
    // The same reverse table as an array when the ids are dense enough (they are 0..size-1 in
    // every real file): token(id) runs once per output token, and a boxed HashMap lookup there
    // was a tenth of Gemma 3's encode time in JFR (bench/tokenizer-families.sh). Null otherwise.
    private final String[] byId; // [max id + 1], null where no token has that id

    Vocabulary(Map<String, Integer> vocab) {
        Objects.requireNonNull(vocab, "vocab");
        this.ids = Collections.unmodifiableMap(new LinkedHashMap<>(vocab));
        Map<Integer, String> reverse = new HashMap<>(vocab.size() * 2);
        int maxId = -1;
        boolean negative = false;
        for (Map.Entry<String, Integer> e : vocab.entrySet()) {
            reverse.put(e.getValue(), e.getKey());
            maxId = Math.max(maxId, e.getValue());
            negative |= e.getValue() < 0;
        }
        this.tokens = reverse;
        if (!negative && maxId < 2L * vocab.size() + 1024) {
            byId = new String[maxId + 1];
            reverse.forEach((id, token) -> byId[id] = token);
        } else {
            byId = null;
        }
    }

    /** The id of {@code token}, or null: the allocation-free form for hot loops. */
    Integer id(String token) {
        return ids.get(token);
    }

    /** The token of {@code id}, or null. */
    String token(int id) {
        if (byId != null) {
            return id >= 0 && id < byId.length ? byId[id] : null;
        }
        return tokens.get(id);
    }

    OptionalInt tokenToId(String token) {
        Integer id = ids.get(token);
        return id == null ? OptionalInt.empty() : OptionalInt.of(id);
    }

    Optional<String> idToToken(int id) {
        return Optional.ofNullable(token(id));
    }

    int size() {
        return ids.size();
    }

    /** Unmodifiable, in the file's order. */
    Map<String, Integer> asMap() {
        return ids;
    }
}
