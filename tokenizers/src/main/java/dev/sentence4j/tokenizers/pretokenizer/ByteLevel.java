package dev.sentence4j.tokenizers.pretokenizer;

import dev.sentence4j.tokenizers.ByteLevelAlphabet;
import dev.sentence4j.tokenizers.NormalizedString;
import dev.sentence4j.tokenizers.PreTokenizedString;
import dev.sentence4j.tokenizers.SplitBehavior;

/**
 * Byte-level pre-tokenizer (HF pre_tokenizers/byte_level.rs): optionally prepends a space to
 * each piece not starting with one, optionally splits with GPT-2's pattern ({@link Gpt2Split}),
 * then rewrites every piece as its UTF-8 bytes in {@link ByteLevelAlphabet} chars. The bytes of a
 * char all keep that char's alignment, so a token never covers part of a char in the original.
 * {@code trimOffsets} is read by the post-processor, not here.
 */
public record ByteLevel(boolean addPrefixSpace, boolean trimOffsets, boolean useRegex) implements PreTokenizer {

    @Override
    public void preTokenize(PreTokenizedString pts) {
        pts.split((s, out) -> {
            if (addPrefixSpace && !s.isEmpty() && s.charAt(0) != ' ') {
                prependSpace(s);
            }
            if (useRegex) {
                PreTokenizedString.splitOnMatches(s, Gpt2Split.matches(s.codePoints(), s.length()), false,
                        SplitBehavior.ISOLATED, out);
            } else {
                out.add(s);
            }
        });
        for (PreTokenizedString.Piece p : pts.pieces()) {
            if (p.tokens() == null) {
                ByteLevelAlphabet.toBytes(p.normalized());
            }
        }
    }

    /** HF NormalizedString::prepend(" "): the space and the first char share its alignment. */
    private static void prependSpace(NormalizedString s) {
        s.transformRange(0, 1).add(' ', 0).add(s.charAt(0), 1).apply(0);
    }
}
