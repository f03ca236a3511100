package dev.sentence4j.tokenizers.pretokenizer;

import dev.sentence4j.tokenizers.NormalizedString;
import dev.sentence4j.tokenizers.PreTokenizedString;
import dev.sentence4j.tokenizers.unicode.CharClasses;
import java.util.List;

/**
 * BERT's pre-tokenizer (HF pre_tokenizers/bert.rs): split on whitespace (removed), then isolate
 * every punctuation char. Done in one scan without regex; same pieces as HF's two splits.
 */
public record BertPreTokenizer() implements PreTokenizer {

    @Override
    public void preTokenize(PreTokenizedString pts) {
        pts.split(BertPreTokenizer::split);
    }

    static void split(NormalizedString s, List<NormalizedString> out) {
        int n = s.length();
        int wordStart = 0;
        for (int i = 0; i < n; i++) {
            int c = s.charAt(i);
            if (CharClasses.isWhitespace(c)) {
                if (wordStart < i) {
                    out.add(s.slice(wordStart, i));
                }
                wordStart = i + 1;
            } else if (CharClasses.isBertPunctuation(c)) {
                if (wordStart < i) {
                    out.add(s.slice(wordStart, i));
                }
                out.add(s.slice(i, i + 1));
                wordStart = i + 1;
            }
        }
        if (wordStart < n) {
            out.add(s.slice(wordStart, n));
        }
    }
}
