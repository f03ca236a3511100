package dev.sentence4j.tokenizers.training;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sentence4j.tokenizers.normalizer.Normalizer;
import dev.sentence4j.tokenizers.pretokenizer.PreTokenizer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Trains a tokenizer from text files and returns its tokenizer.json: counts the words with the
 * model's own normalizer and pre-tokenizer ({@link WordCounter}, in parallel), learns the model
 * ({@link WordPieceTrainer}, {@link BpeTrainer} or {@link UnigramTrainer}) and writes the whole
 * pipeline ({@link WordPiecePipeline}, {@link ByteLevelBpePipeline}, {@link UnigramPipeline}).
 * The result loads in HF tokenizers and in {@link dev.sentence4j.tokenizers.Tokenizer} alike.
 */
public final class TokenizerTrainer {

    /** What a long training reports; both methods are called from one thread at a time. */
    public interface Listener {
        /** Word counting: bytes read so far, bytes in all files, lines read. */
        default void counting(long bytesDone, long bytesTotal, long lines) {
        }

        /** Word counting is over. */
        default void counted(long distinctWords) {
        }

        /** Learning: steps done (merges for BPE/WordPiece, EM iterations for Unigram), steps expected. */
        default void training(long done, long total) {
        }
    }

    private TokenizerTrainer() {
    }

    /** The word counter of {@code model}'s pipeline. */
    public static WordCounter wordCounter(TrainingModel model, int threads) {
        return new WordCounter(normalizer(model), preTokenizer(model), threads);
    }

    /** Counts the words of {@code corpus} and trains on them. */
    public static ObjectNode train(TrainerSpec spec, List<Path> corpus, int threads, Listener listener)
            throws IOException {
        Listener l = listener == null ? new Listener() { } : listener;
        Map<String, Long> counts = wordCounter(spec.model(), threads).count(corpus, l::counting);
        if (counts.isEmpty()) {
            throw new IllegalArgumentException("no words to train on: " + (corpus.size() == 1 ? "corpus file "
                    + corpus.get(0) + " has" : "the " + corpus.size() + " corpus files have")
                    + " no text after normalization and pre-tokenization");
        }
        l.counted(counts.size());
        return train(spec, counts, l);
    }

    /** Trains on word counts as {@link #wordCounter} counts them. */
    public static ObjectNode train(TrainerSpec spec, Map<String, Long> wordCounts, Listener listener) {
        Listener l = listener == null ? new Listener() { } : listener;
        if (wordCounts.isEmpty()) {
            throw new IllegalArgumentException("no words to train on: the corpus is empty after normalization and"
                    + " pre-tokenization");
        }
        return switch (spec.model()) {
            case WORDPIECE -> {
                List<String> vocab = new WordPieceTrainer(spec.vocabSize(), spec.minFrequency(), spec.specialTokens(),
                        spec.limitAlphabet()).train(wordCounts, l::training);
                yield WordPiecePipeline.json(vocab, spec.specialTokens(), spec.unkToken());
            }
            case BPE -> {
                LearnedBpe bpe = new BpeTrainer(spec.vocabSize(), spec.minFrequency(), spec.specialTokens(),
                        null, ByteLevelBpePipeline.alphabet(), null).train(wordCounts, l::training);
                yield ByteLevelBpePipeline.json(bpe, spec.specialTokens());
            }
            case UNIGRAM -> {
                // HF's defaults: pieces of at most 16 code points, 75% kept per pruning, 2 EM sub-iterations
                UnigramTrainer trainer = new UnigramTrainer(spec.vocabSize(), spec.specialTokens(), spec.unkToken());
                List<ScoredPiece> pieces = trainer.train(wordCounts,
                        (iteration, expected, size) -> l.training(iteration, Math.max(iteration, expected)));
                yield UnigramPipeline.json(pieces, trainer.unkId(), trainer.resultSpecialTokens());
            }
        };
    }

    /** tokenizer.json text, indented like HF's saved files. */
    public static String toJson(ObjectNode tokenizer) {
        try {
            return PipelineJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tokenizer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("tokenizer.json could not be written: " + e.getOriginalMessage(), e);
        }
    }

    private static Normalizer normalizer(TrainingModel model) {
        return switch (model) {
            case WORDPIECE -> WordPiecePipeline.normalizer();
            case BPE -> ByteLevelBpePipeline.normalizer();
            case UNIGRAM -> UnigramPipeline.normalizer();
        };
    }

    private static PreTokenizer preTokenizer(TrainingModel model) {
        return switch (model) {
            case WORDPIECE -> WordPiecePipeline.preTokenizer();
            case BPE -> ByteLevelBpePipeline.preTokenizer();
            case UNIGRAM -> UnigramPipeline.preTokenizer();
        };
    }
}
