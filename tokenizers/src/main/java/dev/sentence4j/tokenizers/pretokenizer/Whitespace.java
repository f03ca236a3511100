package dev.sentence4j.tokenizers.pretokenizer;

import dev.sentence4j.tokenizers.NormalizedString;
import dev.sentence4j.tokenizers.PreTokenizedString;
import dev.sentence4j.tokenizers.unicode.CharClasses;
import java.util.List;

/**
 * HF's Whitespace pre-tokenizer: keeps the matches of {@code \w+|[^\w\s]+} (Unicode classes)
 * and drops the rest. A linear scan, equivalent to that regex.
 */
public record Whitespace() implements PreTokenizer {

    @Override
    public void preTokenize(PreTokenizedString pts) {
        pts.split(Whitespace::split);
    }

    static void split(NormalizedString s, List<NormalizedString> out) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            int c = s.charAt(i);
            if (CharClasses.isWordChar(c)) {
                int j = i + 1;
                while (j < n && CharClasses.isWordChar(s.charAt(j))) {
                    j++;
                }
                out.add(s.slice(i, j));
                i = j;
            } else if (!CharClasses.isWhitespace(c)) {
                int j = i + 1;
                while (j < n && !CharClasses.isWordChar(s.charAt(j)) && !CharClasses.isWhitespace(s.charAt(j))) {
                    j++;
                }
                out.add(s.slice(i, j));
                i = j;
            } else {
                i++;
            }
        }
    }
}
