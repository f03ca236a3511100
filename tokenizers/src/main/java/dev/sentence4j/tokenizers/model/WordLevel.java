package dev.sentence4j.tokenizers.model;

import dev.sentence4j.tokenizers.NormalizedString;
import dev.sentence4j.tokenizers.Token;
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

    private final Vocabulary vocab;
    private final String unkToken;

    public WordLevel(Map<String, Integer> vocab, String unkToken) {
        this.vocab = new Vocabulary(vocab);
        this.unkToken = Objects.requireNonNull(unkToken, "unkToken");
    }

    @Override
    public List<Token> tokenize(NormalizedString word) {
        String text = word.normalized();
        Integer id = vocab.id(text);
        if (id != null) {
            return List.of(new Token(id, text, 0, word.length()));
        }
        Integer unk = vocab.id(unkToken);
        if (unk == null) {
            throw new IllegalStateException("WordLevel: '" + text + "' is not in the vocabulary and unk_token '"
                    + unkToken + "' is missing too");
        }
        return List.of(new Token(unk, unkToken, 0, word.length()));
    }

    @Override
    public OptionalInt tokenToId(String token) {
        return vocab.tokenToId(token);
    }

    @Override
    public Optional<String> idToToken(int id) {
        return vocab.idToToken(id);
    }

    @Override
    public int vocabSize() {
        return vocab.size();
    }

    @Override
    public Map<String, Integer> vocabulary() {
        return vocab.asMap();
    }
}
