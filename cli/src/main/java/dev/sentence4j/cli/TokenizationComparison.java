package dev.sentence4j.cli;

import dev.sentence4j.tokenizers.Encoding;
import dev.sentence4j.tokenizers.Tokenizer;
import dev.sentence4j.tokenizers.words.WholeWordVocabulary;
import dev.sentence4j.tokenizers.words.Words;
import dev.sentence4j.tokenizers.processor.PostProcessor;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One text under the three tokenizations the reference material compares: characters (small
 * vocabulary, long sequences), words (short sequences, a huge vocabulary, and words it does not
 * know) and the model's subwords (the trade-off between the two).
 *
 * @param text the text
 * @param characters its code points, spaces and punctuation included
 * @param alphabetSize distinct code points among {@code characters}: the character vocabulary this text needs
 * @param words its words, split on whitespace and punctuation as BERT's BasicTokenizer does
 * @param wordVocabularySize the model's whole-word entries: the vocabulary of a word-level tokenizer
 * @param wholeWordRule what counts as a whole-word entry, in words
 * @param subwords the model's tokens, without the special tokens
 * @param specialTokensAdded how many special tokens ([CLS], [SEP]) the model adds around them
 * @param subwordVocabularySize the model's vocabulary size, added tokens included
 * @param unknownWords the words no whole-word entry stands for, each with the model's split
 */
record TokenizationComparison(String text, List<String> characters, int alphabetSize, List<String> words,
                              int wordVocabularySize, String wholeWordRule, List<String> subwords,
                              int specialTokensAdded, int subwordVocabularySize, List<UnknownWord> unknownWords) {

    /** A word a word-level vocabulary would not know, and the subword tokens the model uses for it. */
    record UnknownWord(String word, List<String> subwords) {
        UnknownWord {
            Objects.requireNonNull(word, "word");
            subwords = List.copyOf(subwords);
        }
    }

    TokenizationComparison {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(wholeWordRule, "wholeWordRule");
        characters = List.copyOf(characters);
        words = List.copyOf(words);
        subwords = List.copyOf(subwords);
        unknownWords = List.copyOf(unknownWords);
        if (alphabetSize < 0 || alphabetSize > characters.size()) {
            throw new IllegalArgumentException("alphabetSize " + alphabetSize + " is not in [0, " + characters.size() + "]");
        }
        if (specialTokensAdded < 0) {
            throw new IllegalArgumentException("specialTokensAdded must be >= 0, got " + specialTokensAdded);
        }
        if (unknownWords.size() > words.size()) {
            throw new IllegalArgumentException(unknownWords.size() + " unknown words but only " + words.size() + " words");
        }
    }

    /**
     * Compares the three views of {@code text}. {@code tokenizer} should not truncate: the point is
     * the whole text's length under each view. A word is known when the model encodes it as one
     * token that is a whole-word entry; its subwords are the tokens whose offsets overlap it.
     */
    static TokenizationComparison of(String text, Tokenizer tokenizer, WholeWordVocabulary wholeWords) {
        List<String> characters = new ArrayList<>();
        Set<Integer> alphabet = new LinkedHashSet<>();
        text.codePoints().forEach(c -> {
            characters.add(Character.toString(c));
            alphabet.add(c);
        });

        Encoding encoding = tokenizer.encode(text, false);
        // what the post-processor would add (e.g. [CLS] and [SEP]), without encoding the text again
        PostProcessor post = tokenizer.postProcessor();
        int specialTokensAdded = post == null ? 0 : post.addedTokens(false);
        String[] tokens = encoding.tokens();
        int[] offsets = encoding.offsets(); // [length * 2] UTF-16 [start, end) per token

        List<String> words = new ArrayList<>();
        List<UnknownWord> unknown = new ArrayList<>();
        for (Words.Word w : Words.of(text)) {
            words.add(w.text());
            List<String> pieces = new ArrayList<>();
            for (int i = 0; i < tokens.length; i++) {
                int start = offsets[2 * i];
                int end = offsets[2 * i + 1];
                if (start < w.end() && end > w.start()) {
                    pieces.add(tokens[i]);
                }
            }
            boolean known = pieces.size() == 1 && wholeWords.knowsWordEncodedAs(pieces.get(0));
            if (!known) {
                unknown.add(new UnknownWord(w.text(), pieces));
            }
        }
        return new TokenizationComparison(text, characters, alphabet.size(), words, wholeWords.size(),
                wholeWords.describe(), List.of(tokens), specialTokensAdded, tokenizer.vocabSize(), unknown);
    }

    /** Characters per word, or NaN for a text without words. */
    double charactersPerWord() {
        return words.isEmpty() ? Double.NaN : (double) characters.size() / words.size();
    }

    /** Subword tokens per word (the model's "fertility"), or NaN for a text without words. */
    double subwordsPerWord() {
        return words.isEmpty() ? Double.NaN : (double) subwords.size() / words.size();
    }
}
