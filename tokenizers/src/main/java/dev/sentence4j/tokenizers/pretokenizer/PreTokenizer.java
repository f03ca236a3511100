package dev.sentence4j.tokenizers.pretokenizer;

import dev.sentence4j.tokenizers.PreTokenizedString;

/**
 * The pre-tokenization stage (HF pre_tokenizers/): cuts the normalized text into words. One
 * implementation per {@code "type"} of tokenizer.json's {@code pre_tokenizer}.
 */
public sealed interface PreTokenizer
        permits BertPreTokenizer, Whitespace, WhitespaceSplit, Punctuation, Digits, Split, PreTokenizerSequence,
        ByteLevel, Metaspace, CharDelimiterSplit, UnicodeScripts {

    void preTokenize(PreTokenizedString pts);
}
