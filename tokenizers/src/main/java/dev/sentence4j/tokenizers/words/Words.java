package dev.sentence4j.tokenizers.words;

import dev.sentence4j.tokenizers.NormalizedString;
import dev.sentence4j.tokenizers.PreTokenizedString;
import dev.sentence4j.tokenizers.pretokenizer.BertPreTokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Word-level tokenization of a text as BERT's BasicTokenizer does it (before lowercasing and
 * WordPiece): split on whitespace, which is dropped, and make every punctuation char a word of its
 * own. It runs the same {@link BertPreTokenizer} the BERT tokenizers use, on the raw text, so the
 * words here are exactly the units a BERT tokenizer then hands to WordPiece (apart from case,
 * accents and the CJK chars its normalizer isolates).
 *
 * <p>HF's {@code Whitespace} pre-tokenizer ({@code \w+|[^\w\s]+}) differs only in keeping runs of
 * punctuation together ("..." is one word there, three here).
 */
public final class Words {

    /** One word: its text and its UTF-16 range {@code [start, end)} in the original text. */
    public record Word(String text, int start, int end) {
        public Word {
            Objects.requireNonNull(text, "text");
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("word range [" + start + ", " + end + ") is not a range");
            }
        }
    }

    private Words() {
    }

    /** The words of {@code text}, in order. */
    public static List<Word> of(String text) {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
        PreTokenizedString pts = new PreTokenizedString(NormalizedString.of(text));
        new BertPreTokenizer().preTokenize(pts);
        List<Word> words = new ArrayList<>(pts.pieces().size());
        for (PreTokenizedString.Piece p : pts.pieces()) {
            NormalizedString ns = p.normalized();
            int start = ns.originalStartOf(0, ns.length());
            int end = ns.originalEndOf(0, ns.length());
            words.add(new Word(text.substring(start, end), start, end));
        }
        return words;
    }
}
