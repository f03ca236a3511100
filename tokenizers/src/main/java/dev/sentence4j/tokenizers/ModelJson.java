package dev.sentence4j.tokenizers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sentence4j.tokenizers.model.BPE;
import dev.sentence4j.tokenizers.model.Model;
import dev.sentence4j.tokenizers.model.Unigram;
import dev.sentence4j.tokenizers.model.WordLevel;
import dev.sentence4j.tokenizers.model.WordPiece;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads tokenizer.json's {@code model} by its {@code "type"} tag (HF models/mod.rs). */
final class ModelJson {

    static final List<String> SUPPORTED = List.of("WordPiece", "BPE", "Unigram", "WordLevel");

    private final JsonFields f;

    ModelJson(JsonFields fields) {
        this.f = fields;
    }

    Model read(JsonNode n, String path) {
        String type;
        if (n.isObject() && !n.has("type") && n.has("vocab") && n.has("merges")) {
            type = "BPE"; // old files leave the type out; HF recognises the model by its fields
        } else if (n.isObject() && !n.has("type") && n.has("continuing_subword_prefix") && n.has("vocab")) {
            type = "WordPiece";
        } else {
            type = f.type(n, path, SUPPORTED);
        }
        return switch (type) {
            case "WordPiece" -> {
                Map<String, Integer> vocab = vocab(n, path);
                String unk = f.stringOr(n, path, "unk_token", "[UNK]");
                requireUnkInVocab(vocab, unk, path);
                yield new WordPiece(vocab, unk, f.stringOr(n, path, "continuing_subword_prefix", "##"),
                        f.intOr(n, path, "max_input_chars_per_word", 100));
            }
            case "BPE" -> bpe(n, path);
            case "Unigram" -> unigram(n, path);
            case "WordLevel" -> {
                Map<String, Integer> vocab = vocab(n, path);
                String unk = f.stringOr(n, path, "unk_token", "<unk>");
                requireUnkInVocab(vocab, unk, path);
                yield new WordLevel(vocab, unk);
            }
            default -> throw f.unknownType(path, type, SUPPORTED);
        };
    }

    /**
     * An unk_token missing from the vocabulary loads in HF but fails at the first unknown word
     * (models/wordpiece/mod.rs and wordlevel/mod.rs: Error::MissingUnkToken). WordPiece and
     * WordLevel always can meet an unknown word, so such a file is broken: refuse it at load.
     */
    private void requireUnkInVocab(Map<String, Integer> vocab, String unk, String path) {
        if (!vocab.containsKey(unk)) {
            throw new TokenizerLoadException(f.source(), path + ".unk_token: '" + unk + "' is not in " + path
                    + ".vocab (" + vocab.size() + " tokens); every unknown word would fail to encode");
        }
    }

    /**
     * BPE reaches its unk_token only for a char that is in no vocabulary token (models/bpe/model.rs
     * merge_word, which fails with UnkTokenOutOfVocabulary when unk_token is set but absent). A
     * vocabulary holding all 256 byte-level chars, or all 256 &lt;0xXX&gt; tokens with byte_fallback,
     * never gets there (GPT-2 style files set unk_token without it); any other such file is refused.
     */
    private void requireReachableBpeUnk(Map<String, Integer> vocab, String unk, boolean byteFallback, String path) {
        if (unk == null || vocab.containsKey(unk)) {
            return;
        }
        boolean allByteChars = true;
        boolean allByteTokens = byteFallback;
        for (int b = 0; b < 256; b++) {
            allByteChars &= vocab.containsKey(Character.toString(ByteLevelAlphabet.charOf(b)));
            allByteTokens &= vocab.containsKey(String.format(java.util.Locale.ROOT, "<0x%02X>", b));
        }
        if (!allByteChars && !allByteTokens) {
            requireUnkInVocab(vocab, unk, path);
        }
    }

    private Map<String, Integer> vocab(JsonNode n, String path) {
        JsonNode vocabNode = n.get("vocab");
        if (vocabNode == null || !vocabNode.isObject()) {
            throw f.fail(path + ".vocab", "an object of token to id", JsonFields.describe(vocabNode));
        }
        Map<String, Integer> vocab = new LinkedHashMap<>(vocabNode.size() * 2);
        Iterator<Map.Entry<String, JsonNode>> it = vocabNode.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().canConvertToInt() || e.getValue().asInt() < 0) {
                throw f.fail(path + ".vocab[\"" + e.getKey() + "\"]", "a non-negative integer id",
                        JsonFields.describe(e.getValue()));
            }
            vocab.put(e.getKey(), e.getValue().asInt());
        }
        if (vocab.isEmpty() && !n.path("type").asText().equals("BPE")) {
            throw f.fail(path + ".vocab", "a non-empty vocabulary", "an empty object");
        }
        return vocab;
    }

    /** BPE: merges as "a b" strings (split at the first space) or as [a, b] arrays. */
    private BPE bpe(JsonNode n, String path) {
        Map<String, Integer> vocab = vocab(n, path);
        JsonNode list = f.array(n, path, "merges");
        List<BPE.Merge> merges = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            JsonNode m = list.get(i);
            String p = path + ".merges[" + i + "]";
            if (m.isTextual()) {
                String text = m.asText();
                int space = text.indexOf(' ');
                if (space < 0) {
                    throw f.fail(p, "\"left right\" (two tokens separated by a space)", JsonFields.describe(m));
                }
                merges.add(new BPE.Merge(text.substring(0, space), text.substring(space + 1)));
            } else if (m.isArray() && m.size() == 2 && m.get(0).isTextual() && m.get(1).isTextual()) {
                merges.add(new BPE.Merge(m.get(0).asText(), m.get(1).asText()));
            } else {
                throw f.fail(p, "\"left right\" or [left, right]", JsonFields.describe(m));
            }
        }
        JsonNode dropout = n.get("dropout");
        if (dropout != null && !dropout.isNull() && (!dropout.isNumber() || dropout.asDouble() < 0 || dropout.asDouble() > 1)) {
            throw f.fail(path + ".dropout", "null or a number in [0, 1]", JsonFields.describe(dropout));
        }
        String unk = f.stringOr(n, path, "unk_token", null);
        boolean byteFallback = f.bool(n, path, "byte_fallback", false);
        requireReachableBpeUnk(vocab, unk, byteFallback, path);
        try {
            return new BPE(vocab, merges, unk,
                    f.stringOr(n, path, "continuing_subword_prefix", null), f.stringOr(n, path, "end_of_word_suffix", null),
                    f.bool(n, path, "fuse_unk", false), byteFallback,
                    f.bool(n, path, "ignore_merges", false));
        } catch (IllegalArgumentException e) {
            throw new TokenizerLoadException(f.source(), path + "." + e.getMessage(), e);
        }
    }

    /** Unigram: vocab as [[piece, score], ...], unk_id, byte_fallback. */
    private Unigram unigram(JsonNode n, String path) {
        JsonNode list = f.array(n, path, "vocab");
        List<Unigram.Piece> pieces = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            JsonNode e = list.get(i);
            if (!e.isArray() || e.size() != 2 || !e.get(0).isTextual() || !e.get(1).isNumber()) {
                throw f.fail(path + ".vocab[" + i + "]", "[piece, score]", JsonFields.describe(e));
            }
            pieces.add(new Unigram.Piece(e.get(0).asText(), e.get(1).asDouble()));
        }
        Integer unkId = JsonFields.optional(n, "unk_id") ? f.intOr(n, path, "unk_id", 0) : null;
        if (unkId != null && unkId >= pieces.size()) {
            throw f.fail(path + ".unk_id", "an id below the vocabulary size " + pieces.size(), String.valueOf(unkId));
        }
        return new Unigram(pieces, unkId, f.bool(n, path, "byte_fallback", false));
    }
}
