package dev.sentence4j.tokenizers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sentence4j.tokenizers.decoder.WordPieceDecoder;
import dev.sentence4j.tokenizers.model.WordPiece;
import dev.sentence4j.tokenizers.normalizer.BertNormalizer;
import dev.sentence4j.tokenizers.pretokenizer.BertPreTokenizer;
import dev.sentence4j.tokenizers.processor.TemplateProcessing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A BERT tokenizer from a legacy model directory ({@code vocab.txt} plus optional
 * {@code tokenizer_config.json} and {@code special_tokens_map.json}), built the way
 * transformers' BertTokenizerFast converts it (convert_slow_tokenizer.py BertConverter):
 * BertNormalizer, BertPreTokenizer, WordPiece with "##", {@code [CLS] $A [SEP] $B:1 [SEP]:1},
 * WordPiece decoder, the special tokens as added tokens.
 */
final class LegacyVocab {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** transformers uses int(1e30) for "no limit"; anything this large means none. */
    private static final long NO_LIMIT = 1_000_000_000L;

    private LegacyVocab() {
    }

    static Tokenizer load(Path dir) {
        Path vocabFile = dir.resolve("vocab.txt");
        if (!Files.isRegularFile(vocabFile)) {
            throw new TokenizerLoadException(dir.toString(), "expected tokenizer.json or vocab.txt in the directory,"
                    + " found neither");
        }
        Map<String, Integer> vocab = readVocab(vocabFile);
        JsonNode config = readJson(dir.resolve("tokenizer_config.json"));
        JsonNode specialMap = readJson(dir.resolve("special_tokens_map.json"));
        String source = dir.toString();

        boolean lowercase = bool(config, "do_lower_case", true, source);
        Boolean stripAccents = config.hasNonNull("strip_accents") ? bool(config, "strip_accents", false, source) : null;
        boolean chinese = bool(config, "tokenize_chinese_chars", true, source);
        String unk = token(specialMap, config, "unk_token", "[UNK]");
        String sep = token(specialMap, config, "sep_token", "[SEP]");
        String pad = token(specialMap, config, "pad_token", "[PAD]");
        String cls = token(specialMap, config, "cls_token", "[CLS]");
        String mask = token(specialMap, config, "mask_token", "[MASK]");

        // unk too: WordPiece needs it for every unknown word (HF models/wordpiece: MissingUnkToken)
        for (String special : List.of(cls, sep, unk)) {
            if (!vocab.containsKey(special)) {
                throw new TokenizerLoadException(vocabFile.toString(), "special token '" + special
                        + "' (cls_token/sep_token/unk_token) is not in the vocabulary");
            }
        }
        WordPiece model = new WordPiece(vocab, unk, "##", 100);
        BertNormalizer normalizer = new BertNormalizer(true, chinese, stripAccents, lowercase);
        TemplateProcessing processor = new TemplateProcessing(
                List.of(new TemplateProcessing.SpecialTokenPiece(cls, 0), new TemplateProcessing.SequencePiece(true, 0),
                        new TemplateProcessing.SpecialTokenPiece(sep, 0)),
                List.of(new TemplateProcessing.SpecialTokenPiece(cls, 0), new TemplateProcessing.SequencePiece(true, 0),
                        new TemplateProcessing.SpecialTokenPiece(sep, 0), new TemplateProcessing.SequencePiece(false, 1),
                        new TemplateProcessing.SpecialTokenPiece(sep, 1)),
                Map.of(cls, new TemplateProcessing.SpecialToken(cls, new int[] {vocab.get(cls)}, new String[] {cls}),
                        sep, new TemplateProcessing.SpecialToken(sep, new int[] {vocab.get(sep)}, new String[] {sep})));
        List<AddedToken> added = new ArrayList<>();
        for (String special : List.of(pad, unk, cls, sep, mask)) {
            Integer id = vocab.get(special);
            if (id != null && added.stream().noneMatch(t -> t.content().equals(special))) {
                added.add(new AddedToken(id, special, false, false, false, false, true));
            }
        }
        added.sort((a, b) -> Integer.compare(a.id(), b.id()));
        Truncation truncation = null;
        if (config.hasNonNull("model_max_length") && config.get("model_max_length").isNumber()) {
            double max = config.get("model_max_length").asDouble();
            if (max > 0 && max < NO_LIMIT) {
                truncation = Truncation.of((int) max);
            }
        }
        return new Tokenizer(source, normalizer, new BertPreTokenizer(), model, processor,
                new WordPieceDecoder("##", true), new AddedVocabulary(added, normalizer), truncation, null);
    }

    /** One token per line, id = line number (transformers load_vocab: only the newline is stripped). */
    private static Map<String, Integer> readVocab(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TokenizerLoadException(file.toString(), "cannot read vocabulary: " + e, e);
        }
        Map<String, Integer> vocab = new LinkedHashMap<>(lines.size() * 2);
        for (int i = 0; i < lines.size(); i++) {
            vocab.put(lines.get(i), i);
        }
        if (vocab.isEmpty()) {
            throw new TokenizerLoadException(file.toString(), "expected one token per line, found an empty file");
        }
        return vocab;
    }

    private static JsonNode readJson(Path file) {
        if (!Files.isRegularFile(file)) {
            return MAPPER.createObjectNode();
        }
        try {
            JsonNode node = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (node == null || !node.isObject()) {
                throw new TokenizerLoadException(file.toString(), "$: expected a JSON object, found "
                        + (node == null ? "nothing" : node.getNodeType()));
            }
            return node;
        } catch (IOException e) {
            throw new TokenizerLoadException(file.toString(), "malformed JSON: " + e.getMessage(), e);
        }
    }

    private static boolean bool(JsonNode config, String field, boolean fallback, String source) {
        JsonNode v = config.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isBoolean()) {
            throw new TokenizerLoadException(source + "/tokenizer_config.json", "$." + field
                    + ": expected true or false, found " + v);
        }
        return v.asBoolean();
    }

    /** A special token from special_tokens_map.json, else tokenizer_config.json, else the default. */
    private static String token(JsonNode specialMap, JsonNode config, String field, String fallback) {
        for (JsonNode source : List.of(specialMap, config)) {
            JsonNode v = source.get(field);
            if (v != null && v.isTextual()) {
                return v.asText();
            }
            if (v != null && v.isObject() && v.hasNonNull("content")) {
                return v.get("content").asText();
            }
        }
        return fallback;
    }
}
