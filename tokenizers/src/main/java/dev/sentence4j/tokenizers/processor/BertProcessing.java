package dev.sentence4j.tokenizers.processor;

import dev.sentence4j.tokenizers.Encoding;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code [CLS] A [SEP]} and {@code [CLS] A [SEP] B [SEP]} with type ids 0 for the first part and
 * 1 for the second (HF processors/bert.rs).
 */
public record BertProcessing(String sepToken, int sepId, String clsToken, int clsId) implements PostProcessor {

    public BertProcessing {
        Objects.requireNonNull(sepToken, "sepToken");
        Objects.requireNonNull(clsToken, "clsToken");
    }

    @Override
    public int addedTokens(boolean isPair) {
        return isPair ? 3 : 2;
    }

    @Override
    public Encoding process(Encoding a, Encoding b, boolean addSpecialTokens) {
        if (!addSpecialTokens) {
            List<Encoding> parts = new ArrayList<>(2);
            parts.add(a);
            if (b != null) {
                parts.add(b);
            }
            return Encoding.merge(parts);
        }
        List<Encoding> parts = new ArrayList<>(5);
        parts.add(Encoding.special(new int[] {clsId}, new String[] {clsToken}, 0));
        parts.add(a.withTypeId(0));
        parts.add(Encoding.special(new int[] {sepId}, new String[] {sepToken}, 0));
        if (b != null) {
            parts.add(b.withTypeId(1));
            parts.add(Encoding.special(new int[] {sepId}, new String[] {sepToken}, 1));
        }
        return Encoding.merge(parts);
    }
}
