package dev.sentence4j.tokenizers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sentence4j.tokenizers.training.TokenizerTrainer;
import dev.sentence4j.tokenizers.training.TrainerSpec;
import dev.sentence4j.tokenizers.training.TrainingModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A trained tokenizer.json loads in HF tokenizers and encodes held-out text exactly as ours does.
 * Training corpus: lines 1-240 of training/fortunes-300.txt plus parity/diverse.txt (scripts,
 * accents, CJK, emoji); held out: lines 241-300, compared with the oracle together with the
 * diverse lines and a few extra inputs (ids, tokens, offsets, word ids, masks; decode too).
 */
class TrainedTokenizerParityTest {

    static final String FORTUNES = "training/fortunes-300.txt";

    @ParameterizedTest
    @EnumSource(TrainingModel.class)
    void trainedFileEncodesLikeHf(TrainingModel model) throws IOException {
        List<String> fortunes = Files.readAllLines(Fixtures.path(FORTUNES));
        Path corpus = Path.of("target", "training-corpus.txt");
        List<String> train = new ArrayList<>(fortunes.subList(0, 240));
        train.addAll(ParityCorpus.diverse());
        Files.write(corpus, train);

        // diverse.txt brings over 1000 distinct chars: WordPiece keeps 1000 (the default limit),
        // each also as a "##" form, Unigram keeps every char as a piece; byte-level BPE has 256
        int vocabSize = model == TrainingModel.BPE ? 800 : 2500;
        Path file = Path.of("target", "trained-" + model.cliName() + ".json");
        Files.writeString(file, TokenizerTrainer.toJson(
                TokenizerTrainer.train(TrainerSpec.of(model, vocabSize), List.of(corpus), 2, null)));
        Tokenizer mine = Tokenizer.fromFile(file);
        assertThat(mine.vocabSize()).isEqualTo(vocabSize);

        List<String> inputs = new ArrayList<>(fortunes.subList(240, 300));
        inputs.addAll(List.of("happily happiness running runner", "The quick brown fox jumps over the lazy dog.",
                "[CLS] already special [SEP] <s> x </s>", "  two  spaces  ", "quicksilver", ""));
        for (String line : ParityCorpus.diverse()) {
            if (line.length() < 1000) {
                inputs.add(line);
            }
        }
        List<String> failures;
        try (Oracle oracle = Oracle.plain(file, true)) {
            failures = Parity.encodeDecodeAndPairs(mine, oracle, inputs, inputs.subList(0, 2), 1);
        }
        assertThat(failures).as(model + ": " + failures.size() + " differ; first: "
                + failures.stream().limit(4).toList()).isEmpty();
    }
}
