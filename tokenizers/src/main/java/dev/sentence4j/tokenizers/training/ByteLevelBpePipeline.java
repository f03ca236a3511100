package dev.sentence4j.tokenizers.training;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sentence4j.tokenizers.ByteLevelAlphabet;
import dev.sentence4j.tokenizers.normalizer.Normalizer;
import dev.sentence4j.tokenizers.pretokenizer.ByteLevel;
import dev.sentence4j.tokenizers.pretokenizer.PreTokenizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The GPT-2/RoBERTa pipeline a byte-level BPE is written with: no normalizer, the ByteLevel
 * pre-tokenizer (GPT-2's split regex, then bytes as visible chars; no prefix space), BPE with the
 * merges and no unknown token (the 256 byte symbols are always in the vocabulary, so any text
 * encodes: HF ByteLevelBPETokenizer trains with {@code initial_alphabet=ByteLevel.alphabet()}), the
 * ByteLevel post-processor with RoBERTa's offset trimming (no special tokens added) and the
 * ByteLevel decoder.
 */
final class ByteLevelBpePipeline {

    private ByteLevelBpePipeline() {
    }

    static Normalizer normalizer() {
        return null;
    }

    static PreTokenizer preTokenizer() {
        return new ByteLevel(false, true, true);
    }

    /** The 256 byte symbols, as code points. */
    static Set<Integer> alphabet() {
        Set<Integer> out = new LinkedHashSet<>();
        for (int b = 0; b < 256; b++) {
            out.add(ByteLevelAlphabet.charOf(b));
        }
        return out;
    }

    static ObjectNode json(LearnedBpe bpe, List<String> specialTokens) {
        ObjectNode root = PipelineJson.root(specialTokens);
        root.putNull("normalizer");
        root.set("pre_tokenizer", byteLevel(false));
        root.set("post_processor", byteLevel(false));
        root.set("decoder", byteLevel(true));
        ObjectNode model = PipelineJson.typed("BPE");
        model.putNull("dropout");
        model.putNull("unk_token");
        model.putNull("continuing_subword_prefix");
        model.putNull("end_of_word_suffix");
        model.put("fuse_unk", false);
        model.put("byte_fallback", false);
        model.put("ignore_merges", false);
        model.set("vocab", PipelineJson.vocab(bpe.vocab()));
        ArrayNode merges = model.putArray("merges");
        for (LearnedBpe.Merge m : bpe.merges()) {
            merges.addArray().add(m.left()).add(m.right());
        }
        root.set("model", model);
        return root;
    }

    private static ObjectNode byteLevel(boolean addPrefixSpace) {
        return PipelineJson.typed("ByteLevel").put("add_prefix_space", addPrefixSpace).put("trim_offsets", true)
                .put("use_regex", true);
    }
}
