package dev.sentence4j.tokenizers.training;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sentence4j.tokenizers.normalizer.NFKC;
import dev.sentence4j.tokenizers.normalizer.Normalizer;
import dev.sentence4j.tokenizers.pretokenizer.Metaspace;
import dev.sentence4j.tokenizers.pretokenizer.PreTokenizer;
import java.util.List;

/**
 * The SentencePiece-style pipeline a Unigram model is written with, as HF's
 * SentencePieceUnigramTokenizer builds it: NFKC (SentencePiece's default nmt_nfkc minus its
 * Precompiled charsmap), Metaspace '▁' prepended to every word and split on, the Unigram model
 * with the first special token as unknown, and the Metaspace decoder; no post-processor.
 */
final class UnigramPipeline {

    /** SentencePiece's whitespace symbol, U+2581. */
    static final int REPLACEMENT = '\u2581';

    private UnigramPipeline() {
    }

    static Normalizer normalizer() {
        return new NFKC();
    }

    static PreTokenizer preTokenizer() {
        return new Metaspace(REPLACEMENT, Metaspace.PrependScheme.ALWAYS, true);
    }

    /**
     * @param vocab         the trainer's result: {@code specialTokens} first (score 0), then the pieces
     * @param unkId         the unknown token's index in {@code vocab}
     */
    static ObjectNode json(List<ScoredPiece> vocab, int unkId, List<String> specialTokens) {
        for (int i = 0; i < specialTokens.size(); i++) {
            if (!vocab.get(i).piece().equals(specialTokens.get(i))) {
                throw new IllegalArgumentException("vocab[" + i + "] is '" + vocab.get(i).piece()
                        + "', expected the special token '" + specialTokens.get(i) + "'");
            }
        }
        ObjectNode root = PipelineJson.root(specialTokens);
        root.set("normalizer", PipelineJson.typed("NFKC"));
        root.set("pre_tokenizer", metaspace());
        root.putNull("post_processor");
        root.set("decoder", metaspace());
        ObjectNode model = PipelineJson.typed("Unigram");
        model.put("unk_id", unkId);
        ArrayNode pieces = model.putArray("vocab");
        for (ScoredPiece p : vocab) {
            pieces.addArray().add(p.piece()).add(p.score());
        }
        model.put("byte_fallback", false);
        root.set("model", model);
        return root;
    }

    private static ObjectNode metaspace() {
        return PipelineJson.typed("Metaspace").put("replacement", Character.toString(REPLACEMENT))
                .put("prepend_scheme", "always").put("split", true);
    }
}
