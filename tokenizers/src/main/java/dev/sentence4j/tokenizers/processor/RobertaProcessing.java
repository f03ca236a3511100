package dev.sentence4j.tokenizers.processor;

import dev.sentence4j.tokenizers.Encoding;
import dev.sentence4j.tokenizers.unicode.CharClasses;
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

    private static final int BYTE_LEVEL_SPACE = 0x120; // 'Ġ', how byte-level BPE writes ' '

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
        if (trimOffsets) {
            a = trim(a);
            b = b == null ? null : trim(b);
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

    private Encoding trim(Encoding e) {
        List<Encoding> over = new ArrayList<>(e.overflowing().size());
        for (Encoding o : e.overflowing()) {
            over.add(trim(o));
        }
        String[] tokens = e.rawTokens();
        int[] offsets = e.rawOffsets().clone();
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            int leading = 0;
            for (int p = 0; p < t.length(); ) {
                int c = t.codePointAt(p);
                if (c != BYTE_LEVEL_SPACE && !CharClasses.isWhitespace(c)) {
                    break;
                }
                leading++;
                p += Character.charCount(c);
            }
            int trailing = 0;
            for (int p = t.length(); p > 0; ) {
                int c = t.codePointBefore(p);
                if (c != BYTE_LEVEL_SPACE && !CharClasses.isWhitespace(c)) {
                    break;
                }
                trailing++;
                p -= Character.charCount(c);
            }
            if (leading == 0 && trailing == 0) {
                continue;
            }
            int start = offsets[2 * i];
            int end = offsets[2 * i + 1];
            if (leading > 0) {
                boolean first = i == 0 || start == 0;
                if (first && addPrefixSpace && leading == 1) {
                    leading = 0;
                }
                start = Math.min(start + leading, end);
            }
            if (trailing > 0 && end >= trailing) {
                end = Math.max(end - trailing, start);
            }
            offsets[2 * i] = start;
            offsets[2 * i + 1] = end;
        }
        return e.withOffsets(offsets, over);
    }
}
