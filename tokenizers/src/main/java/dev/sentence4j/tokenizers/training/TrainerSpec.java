package dev.sentence4j.tokenizers.training;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What to train: the model family, the target vocabulary size (special tokens included, as HF's
 * trainers count it), the minimum count a merge needs, the special tokens (ids 0..k-1, in this
 * order) and, optionally, how many distinct characters the WordPiece/BPE alphabet keeps.
 *
 * @param minFrequency BPE/WordPiece: a pair merges only if it occurs at least this often (HF
 *                     {@code min_frequency}; 0 and 1 mean every pair that occurs). Unigram: at most 1.
 * @param limitAlphabet null for no limit; else the alphabet keeps its most frequent characters
 *                      (HF {@code limit_alphabet}); words lose the others, which then encode as unknown.
 *                      WordPiece only (else null): byte-level BPE's alphabet is the 256 byte symbols.
 */
public record TrainerSpec(TrainingModel model, int vocabSize, long minFrequency, List<String> specialTokens,
                          Integer limitAlphabet) {

    /** WordPiece's default alphabet limit: HF's BertWordPieceTokenizer.train uses limit_alphabet=1000. */
    public static final int WORDPIECE_DEFAULT_LIMIT_ALPHABET = 1000;

    public TrainerSpec {
        if (model == null) {
            throw new IllegalArgumentException("model must not be null; expected one of wordpiece, bpe, unigram");
        }
        if (vocabSize < 1) {
            throw new IllegalArgumentException("vocab size must be positive, got " + vocabSize);
        }
        if (minFrequency < 0) {
            throw new IllegalArgumentException("min frequency must be >= 0, got " + minFrequency);
        }
        if (specialTokens == null) {
            throw new IllegalArgumentException("special tokens must not be null (an empty list means none)");
        }
        specialTokens = List.copyOf(specialTokens);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < specialTokens.size(); i++) {
            String t = specialTokens.get(i);
            if (t.isEmpty()) {
                throw new IllegalArgumentException("special token " + i + " is empty");
            }
            if (!seen.add(t)) {
                throw new IllegalArgumentException("special token '" + t + "' is given twice (at " + specialTokens.indexOf(t)
                        + " and " + i + ")");
            }
        }
        if (model.hasUnknownToken() && specialTokens.isEmpty()) {
            throw new IllegalArgumentException(model.cliName() + " needs an unknown token, the first special token;"
                    + " none given (the default is " + model.defaultSpecialTokens().get(0) + ")");
        }
        if (limitAlphabet != null && limitAlphabet < 1) {
            throw new IllegalArgumentException("limit alphabet must be positive, got " + limitAlphabet);
        }
        // rejected rather than ignored: byte-level BPE needs all 256 byte symbols (HF's limit_alphabet
        // would drop some, and BPE without unk could not encode them); Unigram keeps every char
        if (limitAlphabet != null && model != TrainingModel.WORDPIECE) {
            throw new IllegalArgumentException("limit alphabet applies to wordpiece only, got " + limitAlphabet
                    + " for " + model.cliName());
        }
        // 0 and 1 both mean "every pair", so only a real threshold is an error for Unigram (no merges)
        if (minFrequency > 1 && model == TrainingModel.UNIGRAM) {
            throw new IllegalArgumentException("min frequency applies to wordpiece and bpe only, got " + minFrequency
                    + " for unigram");
        }
    }

    /** {@code model}'s default special tokens, min frequency 0 and its default alphabet limit. */
    public static TrainerSpec of(TrainingModel model, int vocabSize) {
        return new TrainerSpec(model, vocabSize, 0, model.defaultSpecialTokens(),
                model == TrainingModel.WORDPIECE ? WORDPIECE_DEFAULT_LIMIT_ALPHABET : null);
    }

    /** The unknown token: the first special token, or null for byte-level BPE. */
    public String unkToken() {
        return model.hasUnknownToken() ? specialTokens.get(0) : null;
    }
}
