package dev.sentence4j.tokenizers.processor;

import dev.sentence4j.tokenizers.Encoding;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code <s> A </s>} and {@code <s> A </s></s> B </s>} (HF processors/roberta.rs), as MPNet
 * uses; every type id is 0 (RoBERTa has no token types). With {@code trimOffsets}, whitespace at either end of a token (or the byte-level space
 * 'Ġ') is trimmed from its offsets, except the single prefix space of the first token when
 * {@code addPrefixSpace}.
 */
public record RobertaProcessing(String sepToken, int sepId, String clsToken, int clsId, boolean trimOffsets,
                                boolean addPrefixSpace) implements PostProcessor {

    public RobertaProcessing {
        Objects.requireNonNull(sepToken, "sepToken");
        Objects.requireNonNull(clsToken, "clsToken");
    }

    @Override
    public int addedTokens(boolean isPair) {
        return isPair ? 4 : 2;
    }

    @Override
    public Encoding process(Encoding a, Encoding b, boolean addSpecialTokens) {
        return process(a, b, addSpecialTokens, null, null);
    }

    @Override
    public Encoding process(Encoding a, Encoding b, boolean addSpecialTokens, String textA, String textB) {
        if (trimOffsets) {
            a = OffsetTrimming.trim(a, addPrefixSpace, textA);
            b = b == null ? null : OffsetTrimming.trim(b, addPrefixSpace, textB);
        }
        List<Encoding> parts = new ArrayList<>(6);
        if (!addSpecialTokens) {
            parts.add(a.withTypeId(0));
            if (b != null) {
                parts.add(b.withTypeId(0));
            }
            return Encoding.merge(parts);
        }
        parts.add(Encoding.special(new int[] {clsId}, new String[] {clsToken}, 0));
        parts.add(a.withTypeId(0));
        parts.add(Encoding.special(new int[] {sepId}, new String[] {sepToken}, 0));
        if (b != null) {
            parts.add(Encoding.special(new int[] {sepId}, new String[] {sepToken}, 0));
            parts.add(b.withTypeId(0));
            parts.add(Encoding.special(new int[] {sepId}, new String[] {sepToken}, 0));
        }
        return Encoding.merge(parts);
    }
}
