package dev.sentence4j.tokenizers;

import java.util.Objects;

/**
 * An entry of tokenizer.json's {@code added_tokens}: matched in the raw (or, when
 * {@code normalized}, the normalized) text before pre-tokenization.
 *
 * @param id the token id
 * @param content the text matched
 * @param singleWord only match when not inside a word
 * @param lstrip also take the whitespace on its left
 * @param rstrip also take the whitespace on its right
 * @param normalized match against the normalized text (with the normalized content)
 * @param special a special token (skipped by decode with skipSpecialTokens)
 */
public record AddedToken(int id, String content, boolean singleWord, boolean lstrip, boolean rstrip,
                         boolean normalized, boolean special) {

    public AddedToken {
        Objects.requireNonNull(content, "content");
    }
}
