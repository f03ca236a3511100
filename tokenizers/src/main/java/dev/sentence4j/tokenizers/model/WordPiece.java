package dev.sentence4j.tokenizers.model;

import dev.sentence4j.tokenizers.NormalizedString;
import dev.sentence4j.tokenizers.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * WordPiece (HF models/wordpiece/mod.rs): greedy longest-match-first from the start of the word,
 * pieces after the first looked up with {@code continuingSubwordPrefix}; a word longer than
 * {@code maxInputCharsPerWord} code points, or one that cannot be fully matched, becomes the
 * unknown token. The longest match is found with a trie walk instead of HF's shrinking
 * substring lookups; the result is the same.
 */
public final class WordPiece implements Model {

    private final Vocabulary vocab;
    private final String unkToken;
    private final String continuingSubwordPrefix;
    private final int maxInputCharsPerWord;
    private final CodePointTrie wordStart; // every vocabulary entry
    private final CodePointTrie continuation; // entries starting with the prefix, prefix removed
    private final String[] startValues;
    private final String[] continuationValues;

    public WordPiece(Map<String, Integer> vocab, String unkToken, String continuingSubwordPrefix,
                     int maxInputCharsPerWord) {
        Objects.requireNonNull(vocab, "vocab");
        this.unkToken = Objects.requireNonNull(unkToken, "unkToken");
        this.continuingSubwordPrefix = Objects.requireNonNull(continuingSubwordPrefix, "continuingSubwordPrefix");
        if (maxInputCharsPerWord < 0) {
            throw new IllegalArgumentException("maxInputCharsPerWord must be >= 0, got " + maxInputCharsPerWord);
        }
        this.maxInputCharsPerWord = maxInputCharsPerWord;
        this.vocab = new Vocabulary(vocab);
        int totalChars = 0;
        for (String token : vocab.keySet()) {
            totalChars += token.length();
        }
        this.wordStart = new CodePointTrie(totalChars + 1);
        this.continuation = new CodePointTrie(totalChars / 2 + 1);
        List<String> startList = new ArrayList<>(vocab.size());
        List<String> contList = new ArrayList<>();
        for (var e : vocab.entrySet()) {
            String key = e.getKey();
            wordStart.put(key, startList.size());
            startList.add(key);
            if (!continuingSubwordPrefix.isEmpty() && key.startsWith(continuingSubwordPrefix)
                    && key.length() > continuingSubwordPrefix.length()) {
                continuation.put(key.substring(continuingSubwordPrefix.length()), contList.size());
                contList.add(key);
            } else if (continuingSubwordPrefix.isEmpty() && !key.isEmpty()) {
                continuation.put(key, contList.size());
                contList.add(key);
            }
        }
        this.startValues = startList.toArray(String[]::new);
        this.continuationValues = contList.toArray(String[]::new);
    }

    public String unkToken() {
        return unkToken;
    }

    public String continuingSubwordPrefix() {
        return continuingSubwordPrefix;
    }

    public int maxInputCharsPerWord() {
        return maxInputCharsPerWord;
    }

    @Override
    public List<Token> tokenize(NormalizedString word) {
        int n = word.length();
        if (n > maxInputCharsPerWord) {
            return List.of(unknown(n));
        }
        int[] cps = word.codePoints();
        List<Token> out = new ArrayList<>(4);
        int start = 0;
        while (start < n) {
            CodePointTrie trie = start == 0 ? wordStart : continuation;
            String[] values = start == 0 ? startValues : continuationValues;
            int node = CodePointTrie.root();
            int bestEnd = -1;
            int bestValue = -1;
            for (int i = start; i < n; i++) {
                node = trie.child(node, cps[i]);
                if (node < 0) {
                    break;
                }
                int v = trie.value(node);
                if (v >= 0) {
                    bestEnd = i + 1;
                    bestValue = v;
                }
            }
            if (bestEnd < 0) {
                return List.of(unknown(n));
            }
            String value = values[bestValue];
            out.add(new Token(vocab.id(value), value, start, bestEnd));
            start = bestEnd;
        }
        return out;
    }

    private Token unknown(int length) {
        Integer id = vocab.id(unkToken);
        if (id == null) {
            throw new IllegalStateException("WordPiece: unk_token '" + unkToken + "' is not in the vocabulary,"
                    + " but a word needs it");
        }
        return new Token(id, unkToken, 0, length);
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
