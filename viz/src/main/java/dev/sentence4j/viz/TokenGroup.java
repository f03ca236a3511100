package dev.sentence4j.viz;

import java.util.regex.Pattern;

/** How a vocabulary map colours a token. */
public enum TokenGroup {
    /** Bracketed special tokens: [CLS], [SEP], [PAD], [MASK], [UNK], [unused12]; also BPE's {@code <s>}-style ones. */
    SPECIAL("special"),
    /** WordPiece continuation pieces, written with a leading "##". */
    SUBWORD("subword (##)"),
    /** Everything else: words, word-initial pieces, punctuation, single characters. */
    WORD("word");

    private static final Pattern BRACKETED = Pattern.compile("\\[[A-Za-z_]+[0-9]*\\]|<[a-z/|_]+>|<\\|[a-z_]+\\|>");

    private final String label;

    TokenGroup(String label) {
        this.label = label;
    }

    /** For legends. */
    public String label() {
        return label;
    }

    public static TokenGroup of(String token) {
        if (BRACKETED.matcher(token).matches()) {
            return SPECIAL;
        }
        if (token.startsWith("##") && token.length() > 2) {
            return SUBWORD;
        }
        return WORD;
    }
}
