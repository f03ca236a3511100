package dev.sentence4j.tokenizers.training;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Learns a WordPiece vocabulary the way HF tokenizers does (models/wordpiece/trainer.rs): a BPE
 * trainer with continuing_subword_prefix "##", whose vocabulary becomes the WordPiece vocabulary
 * as is (WordPiece::from_bpe); the merges are dropped, since WordPiece encodes by greedy
 * longest-match-first over the vocabulary. This is not Google's original likelihood-based
 * WordPiece training (never published), but what HF's BertWordPieceTokenizer.train does.
 */
public final class WordPieceTrainer {

    /** WordPiece's continuing-subword prefix, as BERT's vocabularies spell it. */
    public static final String PREFIX = "##";

    private final BpeTrainer bpe;

    public WordPieceTrainer(int vocabSize, long minFrequency, List<String> specialTokens, Integer limitAlphabet) {
        this.bpe = new BpeTrainer(vocabSize, minFrequency, specialTokens, limitAlphabet, Set.of(), PREFIX);
    }

    /** The vocabulary in id order: special tokens, characters, "##" characters, merged pieces. */
    public List<String> train(Map<String, Long> wordCounts, BpeTrainer.Progress progress) {
        return bpe.train(wordCounts, progress).vocab();
    }
}
