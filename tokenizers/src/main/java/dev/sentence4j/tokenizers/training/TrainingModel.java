package dev.sentence4j.tokenizers.training;

import java.util.List;
import java.util.Locale;

/**
 * The tokenizer families the trainers write, each with its pipeline and its default special tokens
 * (the first one is the unknown token where the model has one).
 */
public enum TrainingModel {
    /** BERT-style: BertNormalizer (lowercase), BertPreTokenizer, WordPiece "##", [CLS] $A [SEP]. */
    WORDPIECE(List.of("[UNK]", "[CLS]", "[SEP]", "[PAD]", "[MASK]")),
    /** GPT-2/RoBERTa-style byte-level BPE: every byte in the vocabulary, so no unknown token. */
    BPE(List.of("<s>", "<pad>", "</s>", "<unk>", "<mask>")),
    /** SentencePiece-style Unigram: NFKC, Metaspace '▁', scored pieces. */
    UNIGRAM(List.of("<unk>", "<s>", "</s>"));

    private final List<String> defaultSpecialTokens;

    TrainingModel(List<String> defaultSpecialTokens) {
        this.defaultSpecialTokens = defaultSpecialTokens;
    }

    /** Special tokens written when the caller gives none; RoBERTa's order for BPE ({@code <s>} = 0, {@code <pad>} = 1). */
    public List<String> defaultSpecialTokens() {
        return defaultSpecialTokens;
    }

    /** Whether the model has an unknown token (the first special token); byte-level BPE has none. */
    public boolean hasUnknownToken() {
        return this != BPE;
    }

    /** The name on the command line: wordpiece, bpe, unigram. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
