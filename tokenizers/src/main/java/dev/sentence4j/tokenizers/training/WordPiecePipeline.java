package dev.sentence4j.tokenizers.training;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sentence4j.tokenizers.normalizer.BertNormalizer;
import dev.sentence4j.tokenizers.normalizer.Normalizer;
import dev.sentence4j.tokenizers.pretokenizer.BertPreTokenizer;
import dev.sentence4j.tokenizers.pretokenizer.PreTokenizer;
import java.util.List;

/**
 * The BERT-uncased pipeline a trained WordPiece vocabulary is written with, as HF's
 * BertWordPieceTokenizer builds it: BertNormalizer (clean text, Chinese chars isolated, lowercase,
 * accents stripped since lowercase implies it), BertPreTokenizer, WordPiece "##" with the first
 * special token as unknown, {@code [CLS] $A [SEP]} / {@code [CLS] $A [SEP] $B [SEP]} when both
 * [CLS] and [SEP] are special tokens (TemplateProcessing, as all-MiniLM-L6-v2's file writes it),
 * and the WordPiece decoder.
 */
final class WordPiecePipeline {

    private WordPiecePipeline() {
    }

    static Normalizer normalizer() {
        return new BertNormalizer(true, true, null, true);
    }

    static PreTokenizer preTokenizer() {
        return new BertPreTokenizer();
    }

    static ObjectNode json(List<String> vocab, List<String> specialTokens, String unkToken) {
        ObjectNode root = PipelineJson.root(specialTokens);
        root.set("normalizer", PipelineJson.typed("BertNormalizer")
                .put("clean_text", true)
                .put("handle_chinese_chars", true)
                .putNull("strip_accents")
                .put("lowercase", true));
        root.set("pre_tokenizer", PipelineJson.typed("BertPreTokenizer"));
        if (specialTokens.contains("[CLS]") && specialTokens.contains("[SEP]")) {
            root.set("post_processor", template(specialTokens.indexOf("[CLS]"), specialTokens.indexOf("[SEP]")));
        } else {
            root.putNull("post_processor");
        }
        root.set("decoder", PipelineJson.typed("WordPiece").put("prefix", WordPieceTrainer.PREFIX).put("cleanup", true));
        ObjectNode model = PipelineJson.typed("WordPiece");
        model.put("unk_token", unkToken);
        model.put("continuing_subword_prefix", WordPieceTrainer.PREFIX);
        model.put("max_input_chars_per_word", 100); // HF's and BERT's default
        model.set("vocab", PipelineJson.vocab(vocab));
        root.set("model", model);
        return root;
    }

    private static ObjectNode template(int cls, int sep) {
        ObjectNode p = PipelineJson.typed("TemplateProcessing");
        ArrayNode single = p.putArray("single");
        special(single, "[CLS]", 0);
        sequence(single, "A", 0);
        special(single, "[SEP]", 0);
        ArrayNode pair = p.putArray("pair");
        special(pair, "[CLS]", 0);
        sequence(pair, "A", 0);
        special(pair, "[SEP]", 0);
        sequence(pair, "B", 1);
        special(pair, "[SEP]", 1);
        ObjectNode specials = p.putObject("special_tokens");
        for (String t : List.of("[CLS]", "[SEP]")) {
            ObjectNode s = specials.putObject(t);
            s.put("id", t);
            s.putArray("ids").add(t.equals("[CLS]") ? cls : sep);
            s.putArray("tokens").add(t);
        }
        return p;
    }

    private static void special(ArrayNode pieces, String token, int typeId) {
        pieces.addObject().putObject("SpecialToken").put("id", token).put("type_id", typeId);
    }

    private static void sequence(ArrayNode pieces, String id, int typeId) {
        pieces.addObject().putObject("Sequence").put("id", id).put("type_id", typeId);
    }
}
