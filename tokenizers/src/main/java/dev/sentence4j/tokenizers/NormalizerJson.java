package dev.sentence4j.tokenizers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sentence4j.tokenizers.normalizer.BertNormalizer;
import dev.sentence4j.tokenizers.normalizer.ByteLevelNormalizer;
import dev.sentence4j.tokenizers.normalizer.Lowercase;
import dev.sentence4j.tokenizers.normalizer.NFC;
import dev.sentence4j.tokenizers.normalizer.NFD;
import dev.sentence4j.tokenizers.normalizer.NFKC;
import dev.sentence4j.tokenizers.normalizer.NFKD;
import dev.sentence4j.tokenizers.normalizer.Nmt;
import dev.sentence4j.tokenizers.normalizer.Normalizer;
import dev.sentence4j.tokenizers.normalizer.NormalizerSequence;
import dev.sentence4j.tokenizers.normalizer.Precompiled;
import dev.sentence4j.tokenizers.normalizer.PrecompiledCharsmap;
import dev.sentence4j.tokenizers.normalizer.Prepend;
import dev.sentence4j.tokenizers.normalizer.Replace;
import dev.sentence4j.tokenizers.normalizer.Strip;
import dev.sentence4j.tokenizers.normalizer.StripAccents;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.PatternSyntaxException;

/** Reads tokenizer.json's {@code normalizer} by its {@code "type"} tag (HF normalizers/mod.rs). */
final class NormalizerJson {

    static final List<String> SUPPORTED = List.of("BertNormalizer", "Lowercase", "NFC", "NFD", "NFKC", "NFKD",
            "StripAccents", "Strip", "Replace", "Prepend", "Sequence", "Precompiled", "ByteLevel", "Nmt");

    private final JsonFields f;

    NormalizerJson(JsonFields fields) {
        this.f = fields;
    }

    Normalizer read(JsonNode n, String path) {
        String type = f.type(n, path, SUPPORTED);
        return switch (type) {
            case "BertNormalizer" -> new BertNormalizer(
                    f.bool(n, path, "clean_text", true),
                    f.bool(n, path, "handle_chinese_chars", true),
                    JsonFields.optional(n, "strip_accents") ? f.bool(n, path, "strip_accents", false) : null,
                    f.bool(n, path, "lowercase", true));
            case "Lowercase" -> new Lowercase();
            case "NFC" -> new NFC();
            case "NFD" -> new NFD();
            case "NFKC" -> new NFKC();
            case "NFKD" -> new NFKD();
            case "StripAccents" -> new StripAccents();
            case "Strip" -> new Strip(f.bool(n, path, "strip_left", true), f.bool(n, path, "strip_right", true));
            case "Replace" -> {
                TextPattern pattern = f.pattern(n, path);
                try {
                    yield new Replace(pattern, f.string(n, path, "content"));
                } catch (PatternSyntaxException e) {
                    throw f.badRegex(path, pattern, e);
                }
            }
            case "Prepend" -> new Prepend(f.string(n, path, "prepend"));
            case "Sequence" -> {
                JsonNode list = f.array(n, path, "normalizers");
                List<Normalizer> items = new ArrayList<>();
                for (int i = 0; i < list.size(); i++) {
                    items.add(read(list.get(i), path + ".normalizers[" + i + "]"));
                }
                yield new NormalizerSequence(items);
            }
            case "Precompiled" -> new Precompiled(charsmap(n, path));
            case "ByteLevel" -> new ByteLevelNormalizer();
            case "Nmt" -> new Nmt();
            default -> throw f.unknownType(path, type, SUPPORTED);
        };
    }

    /** {@code precompiled_charsmap}: base64 (standard alphabet) of SentencePiece's binary charsmap. */
    private PrecompiledCharsmap charsmap(JsonNode n, String path) {
        String field = path + ".precompiled_charsmap";
        String text = f.string(n, path, "precompiled_charsmap");
        byte[] blob;
        try {
            blob = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw f.fail(field, "base64 (the standard alphabet)", "a string of " + text.length() + " chars that is not: "
                    + e.getMessage());
        }
        try {
            return PrecompiledCharsmap.parse(blob);
        } catch (IllegalArgumentException e) {
            throw new TokenizerLoadException(f.source(), field + ": not a SentencePiece charsmap ("
                    + blob.length + " bytes decoded): " + e.getMessage(), e);
        }
    }
}
