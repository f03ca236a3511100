package dev.sentence4j.tokenizers;

import dev.sentence4j.tokenizers.normalizer.BertNormalizer;
import dev.sentence4j.tokenizers.normalizer.Lowercase;
import dev.sentence4j.tokenizers.normalizer.NFC;
import dev.sentence4j.tokenizers.normalizer.NFD;
import dev.sentence4j.tokenizers.normalizer.NFKC;
import dev.sentence4j.tokenizers.normalizer.NFKD;
import dev.sentence4j.tokenizers.normalizer.Nmt;
import dev.sentence4j.tokenizers.normalizer.Normalizer;
import dev.sentence4j.tokenizers.normalizer.NormalizerSequence;
import dev.sentence4j.tokenizers.normalizer.Prepend;
import dev.sentence4j.tokenizers.normalizer.Strip;
import dev.sentence4j.tokenizers.normalizer.StripAccents;
import dev.sentence4j.tokenizers.pretokenizer.BertPreTokenizer;
import dev.sentence4j.tokenizers.pretokenizer.ByteLevel;
import dev.sentence4j.tokenizers.pretokenizer.Metaspace;
import dev.sentence4j.tokenizers.pretokenizer.PreTokenizer;
import dev.sentence4j.tokenizers.pretokenizer.PreTokenizerSequence;
import dev.sentence4j.tokenizers.pretokenizer.Split;
import dev.sentence4j.tokenizers.pretokenizer.Whitespace;
import dev.sentence4j.tokenizers.pretokenizer.WhitespaceSplit;
import java.util.List;
import java.util.Set;

/**
 * When a single sequence is truncated on the right and its overflowing tokens are not wanted,
 * only a prefix of a long text needs tokenizing: memory then follows max_length, not the input.
 *
 * <p>Why a prefix gives the same kept tokens. The prefix ends at a cut {@code c} where
 * {@code text[c]} is a space (U+0020) and {@code text[c-1]} an ASCII letter or digit. For the
 * components accepted by {@link #applies}, everything before {@code c} is computed identically
 * whether {@code c} holds that space or the end of the text:
 * <ul>
 * <li>normalizers (BERT's, NFC/NFD/NFKC/NFKD, Lowercase, StripAccents, Nmt, Strip, Prepend) leave
 *     ASCII letters, digits and the space as they are, and a space is a normalization boundary
 *     (a starter that composes with nothing before it), so the prefix normalizes to a prefix of
 *     the whole text's normalized string; Strip's right end only touches the text's own end;</li>
 * <li>pre-tokenizers (Whitespace, WhitespaceSplit, BERT's, ByteLevel's GPT-2 regex, Metaspace
 *     with split, Splits on a space or on the GPT-2/GPT-4/Llama 3/Qwen2/Whitespace regexes, as a
 *     first step; any step after it works inside its pieces) end a word at a space and look no
 *     further past an ASCII letter or digit (the regexes' only lookahead, {@code \s+(?!\S)}, is on
 *     whitespace runs; a literal pattern is matched as is), so the prefix's pieces are the whole
 *     text's first pieces, offsets included;</li>
 * <li>the model tokenizes each piece alone (HF models/*: BPE merges, WordPiece's
 *     max_input_chars_per_word, Unigram's lattice never cross a piece), so the prefix's tokens
 *     are the first tokens of the whole text;</li>
 * <li>added tokens match the same way on both sides unless one can span the space or take it
 *     (content with whitespace, rstrip), which turns the prefix off.</li>
 * </ul>
 * So once the prefix yields at least the kept count of tokens, right truncation keeps the same
 * tokens. The prefix starts at 16 chars per kept token and doubles until it does; a text with no
 * such cut, or a component not listed (regex Replace, Precompiled, other Split patterns...), is
 * tokenized whole.
 */
final class PrefixBound {

    /** Split regexes of common BPE files whose matches never continue past an ASCII letter or digit into a space. */
    private static final Set<String> LOCAL_SPLIT_PATTERNS = Set.of(
            // GPT-4 (cl100k) and Llama 3
            "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}{1,3}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+",
            // Qwen2 / Qwen3
            "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+",
            // GPT-2
            "'s|'t|'re|'ve|'m|'ll|'d| ?\\p{L}+| ?\\p{N}+| ?[^\\s\\p{L}\\p{N}]+|\\s+(?!\\S)|\\s+",
            // HF's Whitespace pre-tokenizer as a Split
            "\\w+|[^\\w\\s]+", "\\w+|[^\\w\\s]",
            // a single space
            " ");

    /** Chars tried per kept token at first: BERT-like text runs 4 to 6 chars per token. */
    static final int CHARS_PER_TOKEN = 16;

    private PrefixBound() {
    }

    /** Whether the components allow the prefix (see the class comment). */
    static boolean applies(Normalizer normalizer, PreTokenizer preTokenizer, List<AddedToken> added) {
        for (AddedToken t : added) {
            if (t.rstrip() || t.content().codePoints().anyMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp))) {
                return false;
            }
        }
        return localNormalizer(normalizer) && splitsAtSpaces(preTokenizer);
    }

    private static boolean localNormalizer(Normalizer n) {
        if (n instanceof NormalizerSequence s) {
            return s.normalizers().stream().allMatch(PrefixBound::localNormalizer);
        }
        return n == null || n instanceof BertNormalizer || n instanceof NFC || n instanceof NFD || n instanceof NFKC
                || n instanceof NFKD || n instanceof Lowercase || n instanceof StripAccents || n instanceof Nmt
                || n instanceof Strip || n instanceof Prepend;
    }

    /**
     * The first step splits at spaces. Any later step works inside the pieces of the steps before
     * (HF PreTokenizedString::split), and those pieces are the same in the prefix, so it may be anything.
     */
    private static boolean splitsAtSpaces(PreTokenizer p) {
        if (p instanceof PreTokenizerSequence s) {
            return !s.preTokenizers().isEmpty() && splitsAtSpaces(s.preTokenizers().get(0));
        }
        return p instanceof Whitespace || p instanceof WhitespaceSplit || p instanceof BertPreTokenizer
                || (p instanceof ByteLevel b && b.useRegex()) || (p instanceof Metaspace m && m.split())
                || (p instanceof Split s && LOCAL_SPLIT_PATTERNS.contains(s.pattern().source()));
    }

    /**
     * The first cut at or after {@code from}: an index holding a space after an ASCII letter or
     * digit, or -1.
     */
    static int cut(String text, int from) {
        for (int i = Math.max(1, from); i < text.length(); i++) {
            if (text.charAt(i) == ' ' && isAsciiAlnum(text.charAt(i - 1))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
