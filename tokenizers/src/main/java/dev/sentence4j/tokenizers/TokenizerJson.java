package dev.sentence4j.tokenizers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sentence4j.tokenizers.decoder.Decoder;
import dev.sentence4j.tokenizers.model.Model;
import dev.sentence4j.tokenizers.normalizer.Normalizer;
import dev.sentence4j.tokenizers.pretokenizer.PreTokenizer;
import dev.sentence4j.tokenizers.processor.PostProcessor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code tokenizer.json}: the top level (added tokens, truncation, padding) and the
 * assembly of the pipeline. Each stage is read by its own factory, the only readers of the
 * {@code "type"} tags ({@link NormalizerJson}, {@link PreTokenizerJson}, {@link ModelJson},
 * {@link PostProcessorJson}, {@link DecoderJson}); each fails on an unknown type with the file,
 * the JSON path, the type found and the types supported.
 */
final class TokenizerJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonFields f;

    private TokenizerJson(String source) {
        this.f = new JsonFields(source);
    }

    static Tokenizer load(Path file) {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TokenizerLoadException(file.toString(), "cannot read tokenizer file: " + e, e);
        }
        return parse(json, file.toString());
    }

    static Tokenizer parse(String json, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new TokenizerLoadException(source, "malformed JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new TokenizerLoadException(source, "$: expected a JSON object, found "
                    + (root == null ? "nothing" : root.getNodeType()));
        }
        return new TokenizerJson(source).tokenizer(root);
    }

    private Tokenizer tokenizer(JsonNode root) {
        JsonNode modelNode = root.get("model");
        if (modelNode == null || modelNode.isNull()) {
            throw f.fail("$.model", "a model object", "nothing");
        }
        Normalizer normalizer = JsonFields.optional(root, "normalizer")
                ? new NormalizerJson(f).read(root.get("normalizer"), "$.normalizer") : null;
        PreTokenizer preTokenizer = JsonFields.optional(root, "pre_tokenizer")
                ? new PreTokenizerJson(f).read(root.get("pre_tokenizer"), "$.pre_tokenizer") : null;
        Model model = new ModelJson(f).read(modelNode, "$.model");
        PostProcessor postProcessor = JsonFields.optional(root, "post_processor")
                ? new PostProcessorJson(f).read(root.get("post_processor"), "$.post_processor") : null;
        Decoder decoder = JsonFields.optional(root, "decoder")
                ? new DecoderJson(f).read(root.get("decoder"), "$.decoder") : null;
        AddedVocabulary added = new AddedVocabulary(addedTokens(root.get("added_tokens"), model), normalizer);
        Truncation truncation = JsonFields.optional(root, "truncation")
                ? truncation(root.get("truncation"), "$.truncation") : null;
        Padding padding = JsonFields.optional(root, "padding") ? padding(root.get("padding"), "$.padding") : null;
        return new Tokenizer(f.source(), normalizer, preTokenizer, model, postProcessor, decoder, added, truncation,
                padding);
    }

    // ---- added tokens, truncation, padding ----

    private List<AddedToken> addedTokens(JsonNode list, Model model) {
        List<AddedToken> out = new ArrayList<>();
        if (list == null || list.isNull()) {
            return out;
        }
        if (!list.isArray()) {
            throw f.fail("$.added_tokens", "an array", JsonFields.describe(list));
        }
        Map<String, Integer> assigned = new LinkedHashMap<>();
        int maxAssigned = -1;
        for (int i = 0; i < list.size(); i++) {
            String p = "$.added_tokens[" + i + "]";
            JsonNode t = list.get(i);
            String content = f.string(t, p, "content");
            boolean special = f.bool(t, p, "special", false);
            // HF keeps the vocabulary id when the content is in the model, else appends ids after
            // the model's vocabulary in file order; the file's "id" is only checked (a warning).
            Integer id = assigned.get(content);
            if (id == null) {
                if (model.tokenToId(content).isPresent()) {
                    id = model.tokenToId(content).getAsInt();
                } else {
                    // HF: after the largest added id when that is past the model's vocabulary, else
                    // the vocabulary size
                    int size = model.vocabSize();
                    id = maxAssigned < 0 ? size : maxAssigned >= size || size == 0 ? maxAssigned + 1 : size;
                }
                assigned.put(content, id);
                maxAssigned = Math.max(maxAssigned, id);
            }
            out.add(new AddedToken(id, content, f.bool(t, p, "single_word", false), f.bool(t, p, "lstrip", false),
                    f.bool(t, p, "rstrip", false), f.bool(t, p, "normalized", !special), special));
        }
        return out;
    }

    private Truncation truncation(JsonNode n, String path) {
        String strategy = f.stringOr(n, path, "strategy", "LongestFirst");
        TruncationStrategy s = switch (strategy) {
            case "LongestFirst" -> TruncationStrategy.LONGEST_FIRST;
            case "OnlyFirst" -> TruncationStrategy.ONLY_FIRST;
            case "OnlySecond" -> TruncationStrategy.ONLY_SECOND;
            default -> throw f.fail(path + ".strategy", "one of [LongestFirst, OnlyFirst, OnlySecond]", "'" + strategy + "'");
        };
        return new Truncation(f.intOr(n, path, "max_length", 512), s, direction(n, path), f.intOr(n, path, "stride", 0));
    }

    private Direction direction(JsonNode n, String path) {
        String d = f.stringOr(n, path, "direction", "Right");
        return switch (d) {
            case "Right" -> Direction.RIGHT;
            case "Left" -> Direction.LEFT;
            default -> throw f.fail(path + ".direction", "one of [Left, Right]", "'" + d + "'");
        };
    }

    private Padding padding(JsonNode n, String path) {
        JsonNode s = n.get("strategy");
        PaddingStrategy strategy;
        int fixed = 0;
        if (s == null || s.isNull() || (s.isTextual() && s.asText().equals("BatchLongest"))) {
            strategy = PaddingStrategy.LONGEST;
        } else if (s.isObject() && s.has("Fixed") && s.get("Fixed").canConvertToInt()) {
            strategy = PaddingStrategy.FIXED;
            fixed = s.get("Fixed").asInt();
        } else {
            throw f.fail(path + ".strategy", "\"BatchLongest\" or {\"Fixed\": n}", JsonFields.describe(s));
        }
        JsonNode multiple = n.get("pad_to_multiple_of");
        Integer padToMultipleOf = multiple == null || multiple.isNull() ? null : multiple.asInt();
        return new Padding(strategy, fixed, direction(n, path), padToMultipleOf, f.intOr(n, path, "pad_id", 0),
                f.intOr(n, path, "pad_type_id", 0), f.stringOr(n, path, "pad_token", "[PAD]"));
    }
}
