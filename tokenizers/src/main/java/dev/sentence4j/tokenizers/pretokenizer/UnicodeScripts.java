package dev.sentence4j.tokenizers.pretokenizer;

import dev.sentence4j.tokenizers.NormalizedString;
import dev.sentence4j.tokenizers.PreTokenizedString;
import dev.sentence4j.tokenizers.unicode.Scripts;

/**
 * Cuts where the script changes (HF pre_tokenizers/unicode_scripts/pre_tokenizer.rs, JSON type
 * "UnicodeScripts", after SentencePiece's rule that a piece holds one script).
 *
 * <p>HF's rules, kept exactly: a character with a script starts a piece when its script differs
 * from that of the last character that had one. Common and Inherited are scripts like the others,
 * so "a1" is cut before the digit and "e" + U+0301 before the accent; Hiragana, Katakana and Han
 * are one script. A character with none (' ' and the code points HF's table leaves out, see
 * {@link Scripts}) never starts a piece, so it joins the piece before it ("Apples are " +
 * "りんご"). Characters with no script before the first one that has a script belong to no piece
 * and are dropped (" a" gives "a", "  " gives nothing): HF's first cut is at the first scripted
 * character, not at 0.
 */
public record UnicodeScripts() implements PreTokenizer {

    private static final int NONE = Integer.MIN_VALUE; // no script seen yet (HF's last_script = None)

    @Override
    public void preTokenize(PreTokenizedString pts) {
        pts.split(UnicodeScripts::cut);
    }

    private static void cut(NormalizedString s, java.util.List<NormalizedString> out) {
        int n = s.length();
        int start = -1; // the current piece's start, -1 before the first scripted character
        int last = NONE;
        for (int i = 0; i < n; i++) {
            int script = Scripts.of(s.charAt(i));
            if (script == Scripts.ANY) {
                continue;
            }
            if (script != last) {
                if (start >= 0) {
                    out.add(s.slice(start, i));
                }
                start = i;
                last = script;
            }
        }
        if (start >= 0) {
            out.add(s.slice(start, n));
        }
    }
}
