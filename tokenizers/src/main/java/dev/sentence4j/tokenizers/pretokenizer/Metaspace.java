package dev.sentence4j.tokenizers.pretokenizer;

import dev.sentence4j.tokenizers.PreTokenizedString;
import dev.sentence4j.tokenizers.SplitBehavior;
import java.util.Objects;

/**
 * SentencePiece-style pre-tokenizer (HF pre_tokenizers/metaspace.rs): every ' ' becomes
 * {@code replacement} ('▁'), a replacement is prepended per {@code prependScheme} (ALWAYS: to each
 * piece not starting with one; FIRST: only to the piece at the start of the text; NEVER), then,
 * with {@code split}, each piece is cut before every replacement char.
 */
public record Metaspace(int replacement, PrependScheme prependScheme, boolean split) implements PreTokenizer {

    /** When the replacement char is prepended (HF PrependScheme). */
    public enum PrependScheme { FIRST, NEVER, ALWAYS }

    public Metaspace {
        Objects.requireNonNull(prependScheme, "prependScheme");
    }

    @Override
    public void preTokenize(PreTokenizedString pts) {
        pts.split((s, out) -> {
            s.map(c -> c == ' ' ? replacement : c);
            boolean prepend = switch (prependScheme) {
                case ALWAYS -> true;
                case FIRST -> s.originalStart() == 0;
                case NEVER -> false;
            };
            if (prepend && !s.isEmpty() && s.charAt(0) != replacement) {
                s.transformRange(0, 1).add(replacement, 0).add(s.charAt(0), 1).apply(0);
            }
            if (split) {
                PreTokenizedString.splitOnChars(s, c -> c == replacement, SplitBehavior.MERGED_WITH_NEXT, out);
            } else {
                out.add(s);
            }
        });
    }
}
