package dev.sentence4j.tokenizers;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.ArrayList;
import java.util.List;
import java.util.regex.PatternSyntaxException;

/** Reads tokenizer.json's {@code normalizer} by its {@code "type"} tag (HF normalizers/mod.rs). */
final class NormalizerJson {

    static final List<String> SUPPORTED = List.of("BertNormalizer", "Lowercase", "NFC", "NFD", "NFKC", "NFKD",
            "StripAccents", "Strip", "Replace", "Prepend", "Sequence");

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
            case "Precompiled" -> throw new TokenizerLoadException(f.source(), path + ".type: the 'Precompiled' normalizer"
                    + " (SentencePiece's precompiled_charsmap) is not supported; supported types: "
                    + String.join(", ", SUPPORTED));
            default -> throw f.unknownType(path, type, SUPPORTED);
        };
    }
}
