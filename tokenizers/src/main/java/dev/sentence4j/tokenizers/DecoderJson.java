package dev.sentence4j.tokenizers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sentence4j.tokenizers.decoder.BpeDecoder;
import dev.sentence4j.tokenizers.decoder.ByteFallbackDecoder;
import dev.sentence4j.tokenizers.decoder.ByteLevelDecoder;
import dev.sentence4j.tokenizers.decoder.CtcDecoder;
import dev.sentence4j.tokenizers.decoder.Decoder;
import dev.sentence4j.tokenizers.decoder.DecoderSequence;
import dev.sentence4j.tokenizers.decoder.FuseDecoder;
import dev.sentence4j.tokenizers.decoder.MetaspaceDecoder;
import dev.sentence4j.tokenizers.decoder.ReplaceDecoder;
import dev.sentence4j.tokenizers.decoder.StripDecoder;
import dev.sentence4j.tokenizers.decoder.WordPieceDecoder;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.PatternSyntaxException;

/** Reads tokenizer.json's {@code decoder} by its {@code "type"} tag (HF decoders/mod.rs). */
final class DecoderJson {

    static final List<String> SUPPORTED = List.of("WordPiece", "ByteLevel", "Metaspace", "ByteFallback", "Fuse",
            "Strip", "Replace", "BPEDecoder", "Sequence", "CTC");

    private final JsonFields f;

    DecoderJson(JsonFields fields) {
        this.f = fields;
    }

    Decoder read(JsonNode n, String path) {
        String type = f.type(n, path, SUPPORTED);
        return switch (type) {
            case "WordPiece" -> new WordPieceDecoder(f.stringOr(n, path, "prefix", "##"), f.bool(n, path, "cleanup", true));
            case "ByteLevel" -> new ByteLevelDecoder();
            case "Metaspace" -> new MetaspaceDecoder(f.singleChar(n, path, "replacement", "\u2581"),
                    f.prependScheme(n, path));
            case "ByteFallback" -> new ByteFallbackDecoder();
            case "Fuse" -> new FuseDecoder();
            case "Strip" -> new StripDecoder(f.singleChar(n, path, "content", " "), f.intOr(n, path, "start", 0),
                    f.intOr(n, path, "stop", 0));
            case "Replace" -> {
                TextPattern pattern = f.pattern(n, path);
                try {
                    yield new ReplaceDecoder(pattern, f.string(n, path, "content"));
                } catch (PatternSyntaxException e) {
                    throw f.badRegex(path, pattern, e);
                }
            }
            case "BPEDecoder" -> new BpeDecoder(f.stringOr(n, path, "suffix", "</w>"));
            case "Sequence" -> {
                JsonNode list = f.array(n, path, "decoders");
                List<Decoder> items = new ArrayList<>();
                for (int i = 0; i < list.size(); i++) {
                    items.add(read(list.get(i), path + ".decoders[" + i + "]"));
                }
                yield new DecoderSequence(items);
            }
            case "CTC" -> new CtcDecoder(f.stringOr(n, path, "pad_token", "<pad>"),
                    f.stringOr(n, path, "word_delimiter_token", "|"), f.bool(n, path, "cleanup", true));
            default -> throw f.unknownType(path, type, SUPPORTED);
        };
    }
}
