package dev.sentence4j.tokenizers.words;

import dev.sentence4j.tokenizers.AddedToken;
import dev.sentence4j.tokenizers.ByteLevelAlphabet;
import dev.sentence4j.tokenizers.Tokenizer;
import dev.sentence4j.tokenizers.model.BPE;
import dev.sentence4j.tokenizers.model.Model;
import dev.sentence4j.tokenizers.model.Unigram;
import dev.sentence4j.tokenizers.model.WordPiece;
import dev.sentence4j.tokenizers.normalizer.Normalizer;
import dev.sentence4j.tokenizers.normalizer.NormalizerSequence;
import dev.sentence4j.tokenizers.normalizer.Prepend;
import dev.sentence4j.tokenizers.pretokenizer.ByteLevel;
import dev.sentence4j.tokenizers.pretokenizer.Metaspace;
import dev.sentence4j.tokenizers.pretokenizer.PreTokenizer;
import dev.sentence4j.tokenizers.pretokenizer.PreTokenizerSequence;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The word-level vocabulary hidden in a subword vocabulary: the entries that stand for a whole
 * word rather than a piece of one. It answers the reference material's question "which words would
 * a word-level tokenizer not know?" with the model's own vocabulary.
 *
 * <p>What counts as a whole word depends on how the model marks word boundaries:
 * <ul>
 *   <li>WordPiece (and BPE with a {@code continuing_subword_prefix}): entries that do not start with
 *       the prefix ({@code "##"}), so "quick" but not "##si";</li>
 *   <li>byte-level BPE (GPT-2, RoBERTa, Qwen) and SentencePiece-style BPE or Unigram (Metaspace, or
 *       Llama 2's {@code Prepend} normalizer): entries that start with the word-start marker,
 *       {@code 'Ġ'} (the byte-level char of ' ') or {@code '▁'}, and have more after it, so "Ġquick"
 *       (the word "quick") but not "sil";</li>
 *   <li>BPE with an {@code end_of_word_suffix} and no prefix: entries ending with the suffix
 *       ({@code "</w>"}); with both, the prefix rule above;</li>
 *   <li>WordLevel, and any other model with no boundary marking: every entry.</li>
 * </ul>
 * Special tokens ([CLS], [SEP], &lt;s&gt;...) are never words. Placeholders that a file keeps as
 * ordinary entries (BERT's 994 "[unusedN]") are counted, as the rule says: nothing tells them apart.
 */
public final class WholeWordVocabulary {

    /** How the model's vocabulary marks a whole word. */
    public enum Rule { NO_CONTINUATION_PREFIX, WORD_START_MARKER, END_OF_WORD_SUFFIX, EVERY_ENTRY }

    private final Rule rule;
    private final String marker; // the prefix, the start marker or the suffix; "" for EVERY_ENTRY
    private final Set<String> words; // the whole-word entries, marker removed
    private final Set<String> specialTokens;

    private WholeWordVocabulary(Rule rule, String marker, Set<String> words, Set<String> specialTokens) {
        this.rule = rule;
        this.marker = marker;
        this.words = words;
        this.specialTokens = specialTokens;
    }

    /** The whole-word entries of {@code tokenizer}'s vocabulary (added tokens included, special ones not). */
    public static WholeWordVocabulary of(Tokenizer tokenizer) {
        Objects.requireNonNull(tokenizer, "tokenizer");
        Set<String> special = new HashSet<>();
        for (AddedToken t : tokenizer.addedTokens()) {
            if (t.special()) {
                special.add(t.content());
            }
        }
        Rule rule;
        String marker;
        String start = wordStartMarker(tokenizer);
        Model model = tokenizer.model();
        if (start != null && (model instanceof BPE || model instanceof Unigram)) {
            rule = Rule.WORD_START_MARKER;
            marker = start;
        } else if (model instanceof WordPiece wp && nonEmpty(wp.continuingSubwordPrefix())) {
            rule = Rule.NO_CONTINUATION_PREFIX;
            marker = wp.continuingSubwordPrefix();
        } else if (model instanceof BPE bpe && nonEmpty(bpe.continuingSubwordPrefix())) {
            rule = Rule.NO_CONTINUATION_PREFIX;
            marker = bpe.continuingSubwordPrefix();
        } else if (model instanceof BPE bpe && nonEmpty(bpe.endOfWordSuffix())) {
            rule = Rule.END_OF_WORD_SUFFIX;
            marker = bpe.endOfWordSuffix();
        } else {
            rule = Rule.EVERY_ENTRY;
            marker = "";
        }
        Set<String> words = new HashSet<>();
        for (Map.Entry<String, Integer> e : tokenizer.vocabulary().entrySet()) {
            String entry = e.getKey();
            if (special.contains(entry)) {
                continue;
            }
            String word = wordOf(rule, marker, entry);
            if (word != null) {
                words.add(word);
            }
        }
        return new WholeWordVocabulary(rule, marker, Set.copyOf(words), Set.copyOf(special));
    }

    /** The word an entry stands for, or null when it is not a whole-word entry. */
    private static String wordOf(Rule rule, String marker, String entry) {
        return switch (rule) {
            case NO_CONTINUATION_PREFIX -> entry.isEmpty() || entry.startsWith(marker) ? null : entry;
            case WORD_START_MARKER -> entry.length() > marker.length() && entry.startsWith(marker)
                    ? entry.substring(marker.length()) : null;
            case END_OF_WORD_SUFFIX -> entry.length() > marker.length() && entry.endsWith(marker)
                    ? entry.substring(0, entry.length() - marker.length()) : null;
            case EVERY_ENTRY -> entry.isEmpty() ? null : entry;
        };
    }

    /** The word-start marker the pre-tokenizer (or, as in Llama 2, a Prepend normalizer) puts before words. */
    private static String wordStartMarker(Tokenizer tokenizer) {
        String fromPreTokenizer = markerOf(tokenizer.preTokenizer());
        return fromPreTokenizer != null ? fromPreTokenizer : markerOf(tokenizer.normalizer());
    }

    private static String markerOf(PreTokenizer p) {
        if (p instanceof ByteLevel) {
            return Character.toString(ByteLevelAlphabet.charOf(' ')); // 'Ġ'
        }
        if (p instanceof Metaspace m) {
            return Character.toString(m.replacement());
        }
        if (p instanceof PreTokenizerSequence s) {
            for (PreTokenizer inner : s.preTokenizers()) {
                String found = markerOf(inner);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String markerOf(Normalizer n) {
        if (n instanceof Prepend p && !p.prepend().isEmpty()) {
            return p.prepend();
        }
        if (n instanceof NormalizerSequence s) {
            for (Normalizer inner : s.normalizers()) {
                String found = markerOf(inner);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static boolean nonEmpty(String s) {
        return s != null && !s.isEmpty();
    }

    /** Number of whole-word entries: the size of the word-level vocabulary. */
    public int size() {
        return words.size();
    }

    public Rule rule() {
        return rule;
    }

    /** The continuation prefix, word-start marker or end-of-word suffix the rule uses ("" for every entry). */
    public String marker() {
        return marker;
    }

    /** Whether the vocabulary entry {@code entry} is a whole-word entry. */
    public boolean isWholeWordEntry(String entry) {
        Objects.requireNonNull(entry, "entry");
        if (specialTokens.contains(entry)) {
            return false;
        }
        String word = wordOf(rule, marker, entry);
        return word != null && words.contains(word);
    }

    /**
     * Whether the word that the model encoded as the single token {@code token} is a whole-word entry.
     * Unlike {@link #isWholeWordEntry}, a token without the word-start marker is looked up with it: a
     * byte-level tokenizer writes the first word of a text as "The", yet "ĠThe" is the entry that
     * makes it a known word.
     */
    public boolean knowsWordEncodedAs(String token) {
        Objects.requireNonNull(token, "token");
        if (specialTokens.contains(token)) {
            return false;
        }
        if (rule == Rule.WORD_START_MARKER) {
            String word = token.startsWith(marker) ? token.substring(marker.length()) : token;
            return words.contains(word);
        }
        return isWholeWordEntry(token);
    }

    /** What counts as a whole word here, in words, for a reader. */
    public String describe() {
        return switch (rule) {
            case NO_CONTINUATION_PREFIX -> "entries not starting with '" + marker + "', special tokens excluded";
            case WORD_START_MARKER -> "entries starting with the word-start marker '" + marker + "', special tokens excluded";
            case END_OF_WORD_SUFFIX -> "entries ending with the end-of-word suffix '" + marker + "', special tokens excluded";
            case EVERY_ENTRY -> "every entry (the model marks no word boundaries), special tokens excluded";
        };
    }
}
