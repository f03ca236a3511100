package dev.sentence4j.tokenizers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sentence4j.tokenizers.processor.BertProcessing;
import dev.sentence4j.tokenizers.processor.ByteLevelProcessing;
import dev.sentence4j.tokenizers.processor.PostProcessor;
import dev.sentence4j.tokenizers.processor.PostProcessorSequence;
import dev.sentence4j.tokenizers.processor.RobertaProcessing;
import dev.sentence4j.tokenizers.processor.TemplateProcessing;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads tokenizer.json's {@code post_processor} by its {@code "type"} tag (HF processors/mod.rs). */
final class PostProcessorJson {

    static final List<String> SUPPORTED = List.of("TemplateProcessing", "BertProcessing", "RobertaProcessing",
            "ByteLevel", "Sequence");

    private final JsonFields f;

    PostProcessorJson(JsonFields fields) {
        this.f = fields;
    }

    /** The JSON paths of a Sequence's processors in flattened order (the node was read already). */
    private static void leafPaths(JsonNode sequence, String path, List<String> out) {
        JsonNode list = sequence.get("processors");
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            String p = path + ".processors[" + i + "]";
            if ("Sequence".equals(item.path("type").asText())) {
                leafPaths(item, p, out);
            } else {
                out.add(p);
            }
        }
    }

    PostProcessor read(JsonNode n, String path) {
        String type = f.type(n, path, SUPPORTED);
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
                        cls.get(1).asInt(), f.bool(n, path, "trim_offsets", true), f.bool(n, path, "add_prefix_space", true));
            }
            case "ByteLevel" -> new ByteLevelProcessing(f.bool(n, path, "add_prefix_space", true),
                    f.bool(n, path, "trim_offsets", true), f.bool(n, path, "use_regex", true));
            case "Sequence" -> {
                JsonNode list = f.array(n, path, "processors");
                List<PostProcessor> items = new ArrayList<>();
                for (int i = 0; i < list.size(); i++) {
                    items.add(read(list.get(i), path + ".processors[" + i + "]"));
                }
                // checked here, where each flattened processor's JSON path is known, so the error
                // names a path that exists (the constructor only knows the flattened order)
                List<PostProcessor> flat = PostProcessorSequence.flatten(items);
                int bad = PostProcessorSequence.misplacedMerger(flat);
                if (bad >= 0) {
                    List<String> paths = new ArrayList<>();
                    leafPaths(n, path, paths);
                    throw new TokenizerLoadException(f.source(),
                            PostProcessorSequence.misplacedMessage(paths.get(bad), flat.get(bad)));
                }
                yield new PostProcessorSequence(items);
            }
            default -> throw f.unknownType(path, type, SUPPORTED);
        };
    }

    private JsonNode pair(JsonNode n, String path, String field) {
        JsonNode p = n.get(field);
        if (p == null || !p.isArray() || p.size() != 2 || !p.get(0).isTextual() || !p.get(1).canConvertToInt()) {
            throw f.fail(path + "." + field, "[token, id]", JsonFields.describe(p));
        }
        return p;
    }

    private TemplateProcessing template(JsonNode n, String path) {
        Map<String, TemplateProcessing.SpecialToken> specials = new LinkedHashMap<>();
        JsonNode st = n.get("special_tokens");
        if (st != null && !st.isNull()) {
            if (!st.isObject()) {
                throw f.fail(path + ".special_tokens", "an object", JsonFields.describe(st));
            }
            Iterator<Map.Entry<String, JsonNode>> it = st.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String p = path + ".special_tokens[\"" + e.getKey() + "\"]";
                JsonNode ids = f.array(e.getValue(), p, "ids");
                JsonNode tokens = f.array(e.getValue(), p, "tokens");
                if (ids.size() != tokens.size()) {
                    throw f.fail(p, "as many ids as tokens", ids.size() + " ids and " + tokens.size() + " tokens");
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
        JsonNode list = f.array(n, path, field);
        List<TemplateProcessing.Piece> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String p = path + "." + field + "[" + i + "]";
            JsonNode item = list.get(i);
            if (item.has("Sequence")) {
                JsonNode s = item.get("Sequence");
                String id = f.string(s, p + ".Sequence", "id");
                if (!id.equals("A") && !id.equals("B")) {
                    throw f.fail(p + ".Sequence.id", "\"A\" or \"B\"", "'" + id + "'");
                }
                out.add(new TemplateProcessing.SequencePiece(id.equals("A"), f.intOr(s, p + ".Sequence", "type_id", 0)));
            } else if (item.has("SpecialToken")) {
                JsonNode s = item.get("SpecialToken");
                String id = f.string(s, p + ".SpecialToken", "id");
                if (!specials.containsKey(id)) {
                    throw f.fail(p + ".SpecialToken.id", "one of special_tokens " + specials.keySet(), "'" + id + "'");
                }
                out.add(new TemplateProcessing.SpecialTokenPiece(id, f.intOr(s, p + ".SpecialToken", "type_id", 0)));
            } else {
                throw f.fail(p, "{\"Sequence\": ...} or {\"SpecialToken\": ...}", JsonFields.describe(item));
            }
        }
        return out;
    }
}
