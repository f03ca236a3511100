package dev.sentence4j.tokenizers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sentence4j.tokenizers.pretokenizer.BertPreTokenizer;
import dev.sentence4j.tokenizers.pretokenizer.ByteLevel;
import dev.sentence4j.tokenizers.pretokenizer.CharDelimiterSplit;
import dev.sentence4j.tokenizers.pretokenizer.Digits;
import dev.sentence4j.tokenizers.pretokenizer.Metaspace;
import dev.sentence4j.tokenizers.pretokenizer.PreTokenizer;
import dev.sentence4j.tokenizers.pretokenizer.PreTokenizerSequence;
import dev.sentence4j.tokenizers.pretokenizer.Punctuation;
import dev.sentence4j.tokenizers.pretokenizer.Split;
import dev.sentence4j.tokenizers.pretokenizer.UnicodeScripts;
import dev.sentence4j.tokenizers.pretokenizer.Whitespace;
import dev.sentence4j.tokenizers.pretokenizer.WhitespaceSplit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.PatternSyntaxException;

/** Reads tokenizer.json's {@code pre_tokenizer} by its {@code "type"} tag (HF pre_tokenizers/mod.rs). */
final class PreTokenizerJson {

    static final List<String> SUPPORTED = List.of("BertPreTokenizer", "Whitespace", "WhitespaceSplit",
            "Punctuation", "Digits", "Split", "ByteLevel", "Metaspace", "Sequence", "CharDelimiterSplit",
            "UnicodeScripts");

    private final JsonFields f;

    PreTokenizerJson(JsonFields fields) {
        this.f = fields;
    }

    PreTokenizer read(JsonNode n, String path) {
        String type = f.type(n, path, SUPPORTED);
        return switch (type) {
            case "BertPreTokenizer" -> new BertPreTokenizer();
            case "Whitespace" -> new Whitespace();
            case "WhitespaceSplit" -> new WhitespaceSplit();
            case "Punctuation" -> new Punctuation(JsonFields.optional(n, "behavior")
                    ? f.behavior(n, path) : SplitBehavior.ISOLATED);
            case "Digits" -> new Digits(f.bool(n, path, "individual_digits", false));
            case "Split" -> {
                TextPattern pattern = f.pattern(n, path);
                try {
                    yield new Split(pattern, f.behavior(n, path), f.bool(n, path, "invert", false));
                } catch (PatternSyntaxException e) {
                    throw f.badRegex(path, pattern, e);
                }
            }
            case "ByteLevel" -> new ByteLevel(f.bool(n, path, "add_prefix_space", true),
                    f.bool(n, path, "trim_offsets", true), f.bool(n, path, "use_regex", true));
            case "Metaspace" -> new Metaspace(f.singleChar(n, path, "replacement", "\u2581"), f.prependScheme(n, path),
                    f.bool(n, path, "split", true));
            case "Sequence" -> {
                JsonNode list = f.array(n, path, "pretokenizers");
                List<PreTokenizer> items = new ArrayList<>();
                for (int i = 0; i < list.size(); i++) {
                    items.add(read(list.get(i), path + ".pretokenizers[" + i + "]"));
                }
                yield new PreTokenizerSequence(items);
            }
            case "CharDelimiterSplit" -> new CharDelimiterSplit(f.singleChar(n, path, "delimiter", null));
            case "UnicodeScripts" -> new UnicodeScripts();
            default -> throw f.unknownType(path, type, SUPPORTED);
        };
    }
}
