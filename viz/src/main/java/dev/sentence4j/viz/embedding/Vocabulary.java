package dev.sentence4j.viz.embedding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sentence4j.core.ModelLoadException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * Token strings by id, from a HF {@code tokenizer.json}'s {@code model.vocab} (an object token to
 * id for WordPiece and BPE; a list of [piece, score] for Unigram).
 *
 * @param tokens {@code [size]}, {@code tokens[id]}
 */
public record Vocabulary(String[] tokens) {
    public Vocabulary {
        Objects.requireNonNull(tokens, "tokens");
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i] == null) {
                throw new IllegalArgumentException("vocabulary has no token for id " + i + " of " + tokens.length);
            }
        }
    }

    public int size() {
        return tokens.length;
    }

    public String token(int id) {
        return tokens[id];
    }

    /** The id of {@code token}, or -1. */
    public int id(String token) {
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i].equals(token)) {
                return i;
            }
        }
        return -1;
    }

    /** From a token-to-id map (e.g. {@code Tokenizer.vocabulary()}); ids must be dense from 0. */
    public static Vocabulary fromMap(Map<String, Integer> vocab, String source) {
        int max = vocab.values().stream().mapToInt(Integer::intValue).max().orElse(-1);
        String[] out = new String[max + 1];
        for (Map.Entry<String, Integer> e : vocab.entrySet()) {
            out[e.getValue()] = e.getKey();
        }
        for (int i = 0; i < out.length; i++) {
            if (out[i] == null) {
                throw new IllegalArgumentException("vocabulary of " + source + " has no token with id " + i
                        + " (ids run to " + max + ")");
            }
        }
        return new Vocabulary(out);
    }

    public static Vocabulary fromTokenizerJson(Path file) {
        JsonNode vocab;
        try {
            vocab = new ObjectMapper().readTree(file.toFile()).path("model").path("vocab");
        } catch (IOException e) {
            throw new ModelLoadException(file, "cannot read tokenizer.json: " + e, e);
        }
        if (vocab.isArray()) {
            String[] out = new String[vocab.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = vocab.get(i).path(0).asText();
            }
            return new Vocabulary(out);
        }
        if (!vocab.isObject() || vocab.isEmpty()) {
            throw new ModelLoadException(file, "model.vocab: expected an object of token to id or a list, found "
                    + vocab.getNodeType());
        }
        int max = -1;
        for (Map.Entry<String, JsonNode> e : vocab.properties()) {
            max = Math.max(max, e.getValue().asInt());
        }
        String[] out = new String[max + 1];
        for (Map.Entry<String, JsonNode> e : vocab.properties()) {
            out[e.getValue().asInt()] = e.getKey();
        }
        for (int i = 0; i < out.length; i++) {
            if (out[i] == null) {
                throw new ModelLoadException(file, "model.vocab has no token with id " + i + " (ids run to " + max + ")");
            }
        }
        return new Vocabulary(out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Vocabulary v && Arrays.equals(v.tokens, tokens);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(tokens);
    }

    @Override
    public String toString() {
        return "Vocabulary[size=" + tokens.length + "]";
    }
}
