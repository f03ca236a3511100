package dev.sentence4j.tokenizers.model;

import dev.sentence4j.tokenizers.NormalizedString;
import dev.sentence4j.tokenizers.Token;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Word-level model (HF models/wordlevel/mod.rs): the whole pre-tokenized word is one token, or
 * the unknown token when it is not in the vocabulary.
 */
public final class WordLevel implements Model {

    private final Map<String, Integer> vocab;
    private final Map<Integer, String> idToToken;
    private final String unkToken;

    public WordLevel(Map<String, Integer> vocab, String unkToken) {
        this.vocab = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(vocab, "vocab")));
        this.unkToken = Objects.requireNonNull(unkToken, "unkToken");
        Map<Integer, String> reverse = new HashMap<>(vocab.size() * 2);
        vocab.forEach((k, v) -> reverse.put(v, k));
        this.idToToken = reverse;
    }

    @Override
    public List<Token> tokenize(NormalizedString word) {
        String text = word.normalized();
        Integer id = vocab.get(text);
        if (id != null) {
            return List.of(new Token(id, text, 0, word.length()));
        }
        Integer unk = vocab.get(unkToken);
        if (unk == null) {
            throw new IllegalStateException("WordLevel: '" + text + "' is not in the vocabulary and unk_token '"
                    + unkToken + "' is missing too");
        }
        return List.of(new Token(unk, unkToken, 0, word.length()));
    }

    @Override
    public OptionalInt tokenToId(String token) {
        Integer id = vocab.get(token);
        return id == null ? OptionalInt.empty() : OptionalInt.of(id);
    }

    @Override
    public Optional<String> idToToken(int id) {
        return Optional.ofNullable(idToToken.get(id));
    }

    @Override
    public int vocabSize() {
        return vocab.size();
    }

    @Override
    public Map<String, Integer> vocabulary() {
        return vocab;
    }
}
