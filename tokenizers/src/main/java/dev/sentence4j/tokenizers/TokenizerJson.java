package dev.sentence4j.tokenizers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sentence4j.tokenizers.decoder.BpeDecoder;
import dev.sentence4j.tokenizers.decoder.ByteFallbackDecoder;
import dev.sentence4j.tokenizers.decoder.ByteLevelDecoder;
import dev.sentence4j.tokenizers.decoder.Decoder;
import dev.sentence4j.tokenizers.decoder.DecoderSequence;
import dev.sentence4j.tokenizers.decoder.FuseDecoder;
import dev.sentence4j.tokenizers.decoder.MetaspaceDecoder;
import dev.sentence4j.tokenizers.decoder.ReplaceDecoder;
import dev.sentence4j.tokenizers.decoder.StripDecoder;
import dev.sentence4j.tokenizers.decoder.WordPieceDecoder;
import dev.sentence4j.tokenizers.model.BPE;
import dev.sentence4j.tokenizers.model.Model;
import dev.sentence4j.tokenizers.model.Unigram;
import dev.sentence4j.tokenizers.model.WordLevel;
import dev.sentence4j.tokenizers.model.WordPiece;
import dev.sentence4j.tokenizers.normalizer.BertNormalizer;
import dev.sentence4j.tokenizers.normalizer.Lowercase;
import dev.sentence4j.tokenizers.normalizer.NFC;
import dev.sentence4j.tokenizers.normalizer.NFD;
import dev.sentence4j.tokenizers.normalizer.NFKC;
import dev.sentence4j.tokenizers.normalizer.NFKD;
import dev.sentence4j.tokenizers.normalizer.Normalizer;
import dev.sentence4j.tokenizers.normalizer.NormalizerSequence;
import dev.sentence4j.tokenizers.normalizer.Prepend;
import dev.sentence4j.tokenizers.normalizer.Replace;
import dev.sentence4j.tokenizers.normalizer.Strip;
import dev.sentence4j.tokenizers.normalizer.StripAccents;
import dev.sentence4j.tokenizers.pretokenizer.BertPreTokenizer;
import dev.sentence4j.tokenizers.pretokenizer.ByteLevel;
import dev.sentence4j.tokenizers.pretokenizer.Metaspace;
import dev.sentence4j.tokenizers.pretokenizer.Digits;
import dev.sentence4j.tokenizers.pretokenizer.PreTokenizer;
import dev.sentence4j.tokenizers.pretokenizer.PreTokenizerSequence;
import dev.sentence4j.tokenizers.pretokenizer.Punctuation;
import dev.sentence4j.tokenizers.pretokenizer.Split;
import dev.sentence4j.tokenizers.pretokenizer.Whitespace;
import dev.sentence4j.tokenizers.pretokenizer.WhitespaceSplit;
import dev.sentence4j.tokenizers.processor.BertProcessing;
import dev.sentence4j.tokenizers.processor.ByteLevelProcessing;
import dev.sentence4j.tokenizers.processor.PostProcessor;
import dev.sentence4j.tokenizers.processor.RobertaProcessing;
import dev.sentence4j.tokenizers.processor.TemplateProcessing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.PatternSyntaxException;

/**
 * Reads {@code tokenizer.json}. The only place that looks at the JSON {@code "type"} tags: one
 * factory per stage, each failing on an unknown type with the file, the JSON path, the type
 * found and the types supported.
 */
final class TokenizerJson {

    static final List<String> NORMALIZERS = List.of("BertNormalizer", "Lowercase", "NFC", "NFD", "NFKC", "NFKD",
            "StripAccents", "Strip", "Replace", "Prepend", "Sequence");
    static final List<String> PRE_TOKENIZERS = List.of("BertPreTokenizer", "Whitespace", "WhitespaceSplit",
            "Punctuation", "Digits", "Split", "ByteLevel", "Metaspace", "Sequence");
    static final List<String> MODELS = List.of("WordPiece", "BPE", "Unigram", "WordLevel");
    static final List<String> POST_PROCESSORS = List.of("TemplateProcessing", "BertProcessing", "RobertaProcessing",
            "ByteLevel");
    static final List<String> DECODERS = List.of("WordPiece", "ByteLevel", "Metaspace", "ByteFallback", "Fuse", "Strip",
            "Replace", "BPEDecoder", "Sequence");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String source;

    private TokenizerJson(String source) {
        this.source = source;
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
            throw fail("$.model", "a model object", "nothing");
        }
        Normalizer normalizer = optional(root, "normalizer") ? normalizer(root.get("normalizer"), "$.normalizer") : null;
        PreTokenizer preTokenizer = optional(root, "pre_tokenizer")
                ? preTokenizer(root.get("pre_tokenizer"), "$.pre_tokenizer") : null;
        Model model = model(modelNode, "$.model");
        PostProcessor postProcessor = optional(root, "post_processor")
                ? postProcessor(root.get("post_processor"), "$.post_processor") : null;
        Decoder decoder = optional(root, "decoder") ? decoder(root.get("decoder"), "$.decoder") : null;
        AddedVocabulary added = new AddedVocabulary(addedTokens(root.get("added_tokens"), model), normalizer);
        Truncation truncation = optional(root, "truncation") ? truncation(root.get("truncation"), "$.truncation") : null;
        Padding padding = optional(root, "padding") ? padding(root.get("padding"), "$.padding") : null;
        return new Tokenizer(source, normalizer, preTokenizer, model, postProcessor, decoder, added, truncation,
                padding);
    }

    private static boolean optional(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && !v.isNull();
    }

    // ---- normalizer ----

    private Normalizer normalizer(JsonNode n, String path) {
        String type = type(n, path, NORMALIZERS);
        return switch (type) {
            case "BertNormalizer" -> new BertNormalizer(
                    bool(n, path, "clean_text", true),
                    bool(n, path, "handle_chinese_chars", true),
                    optional(n, "strip_accents") ? bool(n, path, "strip_accents", false) : null,
                    bool(n, path, "lowercase", true));
            case "Lowercase" -> new Lowercase();
            case "NFC" -> new NFC();
            case "NFD" -> new NFD();
            case "NFKC" -> new NFKC();
            case "NFKD" -> new NFKD();
            case "StripAccents" -> new StripAccents();
            case "Strip" -> new Strip(bool(n, path, "strip_left", true), bool(n, path, "strip_right", true));
            case "Replace" -> {
                TextPattern pattern = pattern(n, path);
                try {
                    yield new Replace(pattern, string(n, path, "content"));
                } catch (PatternSyntaxException e) {
                    throw fail(path + ".pattern", "a valid regex", "'" + pattern.source() + "' (" + e.getDescription() + ")");
                }
            }
            case "Prepend" -> new Prepend(string(n, path, "prepend"));
            case "Sequence" -> {
                JsonNode list = array(n, path, "normalizers");
                List<Normalizer> items = new ArrayList<>();
                for (int i = 0; i < list.size(); i++) {
                    items.add(normalizer(list.get(i), path + ".normalizers[" + i + "]"));
                }
                yield new NormalizerSequence(items);
            }
            case "Precompiled" -> throw new TokenizerLoadException(source, path + ".type: the 'Precompiled' normalizer"
                    + " (SentencePiece's precompiled_charsmap) is not supported; supported types: "
                    + String.join(", ", NORMALIZERS));
            default -> throw unknownType(path, type, NORMALIZERS);
        };
    }

    // ---- pre-tokenizer ----

    private PreTokenizer preTokenizer(JsonNode n, String path) {
        String type = type(n, path, PRE_TOKENIZERS);
        return switch (type) {
            case "BertPreTokenizer" -> new BertPreTokenizer();
            case "Whitespace" -> new Whitespace();
            case "WhitespaceSplit" -> new WhitespaceSplit();
            case "Punctuation" -> new Punctuation(optional(n, "behavior")
                    ? behavior(n, path) : SplitBehavior.ISOLATED);
            case "Digits" -> new Digits(bool(n, path, "individual_digits", false));
            case "Split" -> {
                TextPattern pattern = pattern(n, path);
                try {
                    yield new Split(pattern, behavior(n, path), bool(n, path, "invert", false));
                } catch (PatternSyntaxException e) {
                    throw fail(path + ".pattern", "a valid regex", "'" + pattern.source() + "' (" + e.getDescription() + ")");
                }
            }
            case "ByteLevel" -> new ByteLevel(bool(n, path, "add_prefix_space", true), bool(n, path, "trim_offsets", true),
                    bool(n, path, "use_regex", true));
            case "Metaspace" -> new Metaspace(singleChar(n, path, "replacement", "\u2581"), prependScheme(n, path),
                    bool(n, path, "split", true));
            case "Sequence" -> {
                JsonNode list = array(n, path, "pretokenizers");
                List<PreTokenizer> items = new ArrayList<>();
                for (int i = 0; i < list.size(); i++) {
                    items.add(preTokenizer(list.get(i), path + ".pretokenizers[" + i + "]"));
                }
                yield new PreTokenizerSequence(items);
            }
            default -> throw unknownType(path, type, PRE_TOKENIZERS);
        };
    }

    /** Metaspace's prepend_scheme, or from the older add_prefix_space (true: always). */
    private Metaspace.PrependScheme prependScheme(JsonNode n, String path) {
        if (!optional(n, "prepend_scheme")) {
            return bool(n, path, "add_prefix_space", true) ? Metaspace.PrependScheme.ALWAYS : Metaspace.PrependScheme.NEVER;
        }
        String scheme = string(n, path, "prepend_scheme");
        return switch (scheme) {
            case "first" -> Metaspace.PrependScheme.FIRST;
            case "always" -> Metaspace.PrependScheme.ALWAYS;
            case "never" -> Metaspace.PrependScheme.NEVER;
            default -> throw fail(path + ".prepend_scheme", "one of [first, always, never]", "'" + scheme + "'");
        };
    }

    private int singleChar(JsonNode n, String path, String field, String fallback) {
        String v = stringOr(n, path, field, fallback);
        if (v.codePointCount(0, v.length()) != 1) {
            throw fail(path + "." + field, "a single character", "'" + v + "'");
        }
        return v.codePointAt(0);
    }

    private SplitBehavior behavior(JsonNode n, String path) {
        String b = string(n, path, "behavior");
        return switch (b) {
            case "Removed" -> SplitBehavior.REMOVED;
            case "Isolated" -> SplitBehavior.ISOLATED;
            case "MergedWithPrevious" -> SplitBehavior.MERGED_WITH_PREVIOUS;
            case "MergedWithNext" -> SplitBehavior.MERGED_WITH_NEXT;
            case "Contiguous" -> SplitBehavior.CONTIGUOUS;
            default -> throw fail(path + ".behavior",
                    "one of [Removed, Isolated, MergedWithPrevious, MergedWithNext, Contiguous]", "'" + b + "'");
        };
    }

    private TextPattern pattern(JsonNode n, String path) {
        JsonNode p = n.get("pattern");
        if (p == null || !p.isObject()) {
            throw fail(path + ".pattern", "an object {\"String\": ...} or {\"Regex\": ...}", describe(p));
        }
        if (p.has("String")) {
            return new TextPattern(string(p, path + ".pattern", "String"), false);
        }
        if (p.has("Regex")) {
            return new TextPattern(string(p, path + ".pattern", "Regex"), true);
        }
        throw fail(path + ".pattern", "an object {\"String\": ...} or {\"Regex\": ...}", describe(p));
    }

    // ---- model ----

    private Model model(JsonNode n, String path) {
        String type;
        if (n.isObject() && !n.has("type") && n.has("vocab") && n.has("merges")) {
            type = "BPE"; // old files leave the type out; HF recognises the model by its fields
        } else if (n.isObject() && !n.has("type") && n.has("continuing_subword_prefix") && n.has("vocab")) {
            type = "WordPiece";
        } else {
            type = type(n, path, MODELS);
        }
        return switch (type) {
            case "WordPiece" -> new WordPiece(vocab(n, path), stringOr(n, path, "unk_token", "[UNK]"),
                    stringOr(n, path, "continuing_subword_prefix", "##"),
                    intOr(n, path, "max_input_chars_per_word", 100));
            case "BPE" -> bpe(n, path);
            case "Unigram" -> unigram(n, path);
            case "WordLevel" -> new WordLevel(vocab(n, path), stringOr(n, path, "unk_token", "<unk>"));
            default -> throw unknownType(path, type, MODELS);
        };
    }

    private Map<String, Integer> vocab(JsonNode n, String path) {
        JsonNode vocabNode = n.get("vocab");
        if (vocabNode == null || !vocabNode.isObject()) {
            throw fail(path + ".vocab", "an object of token to id", describe(vocabNode));
        }
        Map<String, Integer> vocab = new LinkedHashMap<>(vocabNode.size() * 2);
        Iterator<Map.Entry<String, JsonNode>> it = vocabNode.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().canConvertToInt() || e.getValue().asInt() < 0) {
                throw fail(path + ".vocab[\"" + e.getKey() + "\"]", "a non-negative integer id", describe(e.getValue()));
            }
            vocab.put(e.getKey(), e.getValue().asInt());
        }
        if (vocab.isEmpty() && !n.path("type").asText().equals("BPE")) {
            throw fail(path + ".vocab", "a non-empty vocabulary", "an empty object");
        }
        return vocab;
    }

    /** BPE: merges as "a b" strings (split at the first space) or as [a, b] arrays. */
    private BPE bpe(JsonNode n, String path) {
        Map<String, Integer> vocab = vocab(n, path);
        JsonNode list = array(n, path, "merges");
        List<BPE.Merge> merges = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            JsonNode m = list.get(i);
            String p = path + ".merges[" + i + "]";
            if (m.isTextual()) {
                String text = m.asText();
                int space = text.indexOf(' ');
                if (space < 0) {
                    throw fail(p, "\"left right\" (two tokens separated by a space)", describe(m));
                }
                merges.add(new BPE.Merge(text.substring(0, space), text.substring(space + 1)));
            } else if (m.isArray() && m.size() == 2 && m.get(0).isTextual() && m.get(1).isTextual()) {
                merges.add(new BPE.Merge(m.get(0).asText(), m.get(1).asText()));
            } else {
                throw fail(p, "\"left right\" or [left, right]", describe(m));
            }
        }
        JsonNode dropout = n.get("dropout");
        if (dropout != null && !dropout.isNull() && (!dropout.isNumber() || dropout.asDouble() < 0 || dropout.asDouble() > 1)) {
            throw fail(path + ".dropout", "null or a number in [0, 1]", describe(dropout));
        }
        try {
            return new BPE(vocab, merges, stringOr(n, path, "unk_token", null),
                    stringOr(n, path, "continuing_subword_prefix", null), stringOr(n, path, "end_of_word_suffix", null),
                    bool(n, path, "fuse_unk", false), bool(n, path, "byte_fallback", false),
                    bool(n, path, "ignore_merges", false));
        } catch (IllegalArgumentException e) {
            throw new TokenizerLoadException(source, path + "." + e.getMessage(), e);
        }
    }

    /** Unigram: vocab as [[piece, score], ...], unk_id, byte_fallback. */
    private Unigram unigram(JsonNode n, String path) {
        JsonNode list = array(n, path, "vocab");
        List<Unigram.Piece> pieces = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            JsonNode e = list.get(i);
            if (!e.isArray() || e.size() != 2 || !e.get(0).isTextual() || !e.get(1).isNumber()) {
                throw fail(path + ".vocab[" + i + "]", "[piece, score]", describe(e));
            }
            pieces.add(new Unigram.Piece(e.get(0).asText(), e.get(1).asDouble()));
        }
        Integer unkId = optional(n, "unk_id") ? intOr(n, path, "unk_id", 0) : null;
        if (unkId != null && unkId >= pieces.size()) {
            throw fail(path + ".unk_id", "an id below the vocabulary size " + pieces.size(), String.valueOf(unkId));
        }
        return new Unigram(pieces, unkId, bool(n, path, "byte_fallback", false));
    }

    // ---- post-processor ----

    private PostProcessor postProcessor(JsonNode n, String path) {
        String type = type(n, path, POST_PROCESSORS);
        return switch (type) {
            case "TemplateProcessing" -> template(n, path);
            case "BertProcessing" -> {
                JsonNode sep = pair(n, path, "sep");
                JsonNode cls = pair(n, path, "cls");
                yield new BertProcessing(sep.get(0).asText(), sep.get(1).asInt(), cls.get(0).asText(), cls.get(1).asInt());
            }
            case "RobertaProcessing" -> {
                JsonNode sep = pair(n, path, "sep");
                JsonNode cls = pair(n, path, "cls");
                yield new RobertaProcessing(sep.get(0).asText(), sep.get(1).asInt(), cls.get(0).asText(),
                        cls.get(1).asInt(), bool(n, path, "trim_offsets", true), bool(n, path, "add_prefix_space", true));
            }
            case "ByteLevel" -> new ByteLevelProcessing(bool(n, path, "add_prefix_space", true),
                    bool(n, path, "trim_offsets", true), bool(n, path, "use_regex", true));
            default -> throw unknownType(path, type, POST_PROCESSORS);
        };
    }

    private JsonNode pair(JsonNode n, String path, String field) {
        JsonNode p = n.get(field);
        if (p == null || !p.isArray() || p.size() != 2 || !p.get(0).isTextual() || !p.get(1).canConvertToInt()) {
            throw fail(path + "." + field, "[token, id]", describe(p));
        }
        return p;
    }

    private TemplateProcessing template(JsonNode n, String path) {
        Map<String, TemplateProcessing.SpecialToken> specials = new LinkedHashMap<>();
        JsonNode st = n.get("special_tokens");
        if (st != null && !st.isNull()) {
            if (!st.isObject()) {
                throw fail(path + ".special_tokens", "an object", describe(st));
            }
            Iterator<Map.Entry<String, JsonNode>> it = st.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String p = path + ".special_tokens[\"" + e.getKey() + "\"]";
                JsonNode ids = array(e.getValue(), p, "ids");
                JsonNode tokens = array(e.getValue(), p, "tokens");
                if (ids.size() != tokens.size()) {
                    throw fail(p, "as many ids as tokens", ids.size() + " ids and " + tokens.size() + " tokens");
                }
                int[] idArray = new int[ids.size()];
                String[] tokenArray = new String[tokens.size()];
                for (int i = 0; i < idArray.length; i++) {
                    idArray[i] = ids.get(i).asInt();
                    tokenArray[i] = tokens.get(i).asText();
                }
                specials.put(e.getKey(), new TemplateProcessing.SpecialToken(e.getKey(), idArray, tokenArray));
            }
        }
        List<TemplateProcessing.Piece> single = pieces(n, path, "single", specials);
        List<TemplateProcessing.Piece> pair = pieces(n, path, "pair", specials);
        return new TemplateProcessing(single, pair, specials);
    }

    private List<TemplateProcessing.Piece> pieces(JsonNode n, String path, String field,
                                                  Map<String, TemplateProcessing.SpecialToken> specials) {
        JsonNode list = array(n, path, field);
        List<TemplateProcessing.Piece> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String p = path + "." + field + "[" + i + "]";
            JsonNode item = list.get(i);
            if (item.has("Sequence")) {
                JsonNode s = item.get("Sequence");
                String id = string(s, p + ".Sequence", "id");
                if (!id.equals("A") && !id.equals("B")) {
                    throw fail(p + ".Sequence.id", "\"A\" or \"B\"", "'" + id + "'");
                }
                out.add(new TemplateProcessing.SequencePiece(id.equals("A"), intOr(s, p + ".Sequence", "type_id", 0)));
            } else if (item.has("SpecialToken")) {
                JsonNode s = item.get("SpecialToken");
                String id = string(s, p + ".SpecialToken", "id");
                if (!specials.containsKey(id)) {
                    throw fail(p + ".SpecialToken.id", "one of special_tokens " + specials.keySet(), "'" + id + "'");
                }
                out.add(new TemplateProcessing.SpecialTokenPiece(id, intOr(s, p + ".SpecialToken", "type_id", 0)));
            } else {
                throw fail(p, "{\"Sequence\": ...} or {\"SpecialToken\": ...}", describe(item));
            }
        }
        return out;
    }

    // ---- decoder ----

    private Decoder decoder(JsonNode n, String path) {
        String type = type(n, path, DECODERS);
        return switch (type) {
            case "WordPiece" -> new WordPieceDecoder(stringOr(n, path, "prefix", "##"), bool(n, path, "cleanup", true));
            case "ByteLevel" -> new ByteLevelDecoder();
            case "Metaspace" -> new MetaspaceDecoder(singleChar(n, path, "replacement", "\u2581"), prependScheme(n, path));
            case "ByteFallback" -> new ByteFallbackDecoder();
            case "Fuse" -> new FuseDecoder();
            case "Strip" -> new StripDecoder(singleChar(n, path, "content", " "), intOr(n, path, "start", 0),
                    intOr(n, path, "stop", 0));
            case "Replace" -> {
                TextPattern pattern = pattern(n, path);
                try {
                    yield new ReplaceDecoder(pattern, string(n, path, "content"));
                } catch (PatternSyntaxException e) {
                    throw fail(path + ".pattern", "a valid regex", "'" + pattern.source() + "' (" + e.getDescription() + ")");
                }
            }
            case "BPEDecoder" -> new BpeDecoder(stringOr(n, path, "suffix", "</w>"));
            case "Sequence" -> {
                JsonNode list = array(n, path, "decoders");
                List<Decoder> items = new ArrayList<>();
                for (int i = 0; i < list.size(); i++) {
                    items.add(decoder(list.get(i), path + ".decoders[" + i + "]"));
                }
                yield new DecoderSequence(items);
            }
            default -> throw unknownType(path, type, DECODERS);
        };
    }

    // ---- added tokens, truncation, padding ----

    private List<AddedToken> addedTokens(JsonNode list, Model model) {
        List<AddedToken> out = new ArrayList<>();
        if (list == null || list.isNull()) {
            return out;
        }
        if (!list.isArray()) {
            throw fail("$.added_tokens", "an array", describe(list));
        }
        Map<String, Integer> assigned = new LinkedHashMap<>();
        int maxAssigned = -1;
        for (int i = 0; i < list.size(); i++) {
            String p = "$.added_tokens[" + i + "]";
            JsonNode t = list.get(i);
            String content = string(t, p, "content");
            boolean special = bool(t, p, "special", false);
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
            out.add(new AddedToken(id, content, bool(t, p, "single_word", false), bool(t, p, "lstrip", false),
                    bool(t, p, "rstrip", false), bool(t, p, "normalized", !special), special));
        }
        return out;
    }

    private Truncation truncation(JsonNode n, String path) {
        String strategy = stringOr(n, path, "strategy", "LongestFirst");
        TruncationStrategy s = switch (strategy) {
            case "LongestFirst" -> TruncationStrategy.LONGEST_FIRST;
            case "OnlyFirst" -> TruncationStrategy.ONLY_FIRST;
            case "OnlySecond" -> TruncationStrategy.ONLY_SECOND;
            default -> throw fail(path + ".strategy", "one of [LongestFirst, OnlyFirst, OnlySecond]", "'" + strategy + "'");
        };
        return new Truncation(intOr(n, path, "max_length", 512), s, direction(n, path), intOr(n, path, "stride", 0));
    }

    private Direction direction(JsonNode n, String path) {
        String d = stringOr(n, path, "direction", "Right");
        return switch (d) {
            case "Right" -> Direction.RIGHT;
            case "Left" -> Direction.LEFT;
            default -> throw fail(path + ".direction", "one of [Left, Right]", "'" + d + "'");
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
            throw fail(path + ".strategy", "\"BatchLongest\" or {\"Fixed\": n}", describe(s));
        }
        JsonNode multiple = n.get("pad_to_multiple_of");
        Integer padToMultipleOf = multiple == null || multiple.isNull() ? null : multiple.asInt();
        return new Padding(strategy, fixed, direction(n, path), padToMultipleOf, intOr(n, path, "pad_id", 0),
                intOr(n, path, "pad_type_id", 0), stringOr(n, path, "pad_token", "[PAD]"));
    }

    // ---- field readers ----

    private String type(JsonNode n, String path, List<String> supported) {
        if (n == null || !n.isObject()) {
            throw fail(path, "an object with a \"type\" (one of " + supported + ")", describe(n));
        }
        JsonNode t = n.get("type");
        if (t == null || !t.isTextual()) {
            throw fail(path + ".type", "one of " + supported, describe(t));
        }
        return t.asText();
    }

    private TokenizerLoadException unknownType(String path, String type, List<String> supported) {
        return new TokenizerLoadException(source, path + ".type: unsupported type '" + type + "'; supported types: "
                + String.join(", ", supported));
    }

    private boolean bool(JsonNode n, String path, String field, boolean fallback) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isBoolean()) {
            throw fail(path + "." + field, "true or false", describe(v));
        }
        return v.asBoolean();
    }

    private String string(JsonNode n, String path, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw fail(path + "." + field, "a string", describe(v));
        }
        return v.asText();
    }

    private String stringOr(JsonNode n, String path, String field, String fallback) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? fallback : string(n, path, field);
    }

    private int intOr(JsonNode n, String path, String field, int fallback) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < 0) {
            throw fail(path + "." + field, "a non-negative integer", describe(v));
        }
        return v.asInt();
    }

    private JsonNode array(JsonNode n, String path, String field) {
        JsonNode v = n == null ? null : n.get(field);
        if (v == null || !v.isArray()) {
            throw fail(path + "." + field, "an array", describe(v));
        }
        return v;
    }

    private TokenizerLoadException fail(String path, String expected, String found) {
        return new TokenizerLoadException(source, path + ": expected " + expected + ", found " + found);
    }

    private static String describe(JsonNode v) {
        if (v == null) {
            return "nothing (field missing)";
        }
        String text = v.toString();
        if (text.length() > 60) {
            text = text.substring(0, 57) + "...";
        }
        return v.getNodeType().toString().toLowerCase(java.util.Locale.ROOT) + " " + text;
    }
}
