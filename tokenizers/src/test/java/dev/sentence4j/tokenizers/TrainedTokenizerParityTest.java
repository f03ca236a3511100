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
import org.junit.jupiter.params.provider.ValueSource;

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

    /**
     * Words far longer than the trainer's 64 spare "touched pair" slots: one merge inside one such
     * word creates a new pair with each distinct neighbour (up to 128 under byte-level BPE, where a
     * CJK char is 3 bytes and the merged pair meets 64 possible trailing bytes on either side). This
     * crashed with ArrayIndexOutOfBoundsException before the slots were sized per word.
     */
    @ParameterizedTest
    @ValueSource(strings = {"BPE", "WORDPIECE"})
    void wordsOfHundredsOfCharsTrainAndEncodeLikeHf(TrainingModel model) throws IOException {
        List<String> train = new ArrayList<>();
        for (int seed = 1; seed <= 3; seed++) {
            // a run of the 64 CJK letters U+4E00..U+4E3F, bytes E4 B8 xx (one word for GPT-2's \\p{L}+,
            // one char each for BERT), a Thai run (one word for both) and a base64-like blob, "qz" + 2
            // alphanumerics repeated (one WordPiece word): the first merge, E4+B8 or ##q+##z, meets
            // up to 128 distinct neighbours in one word
            train.add(longRun(0x4E00, 64, 600, seed) + " " + longRun(0x0E01, 46, 400, seed) + " " + blob(300, seed));
        }
        // English filler only: a short word holding the first merged pair would come first and widen
        // the slots by luck (ASCII has no byte of these CJK and Thai chars)
        train.addAll(Files.readAllLines(Fixtures.path(FORTUNES)).subList(0, 100));
        Path corpus = Path.of("target", "training-long-words.txt");
        Files.write(corpus, train);

        int vocabSize = model == TrainingModel.BPE ? 1200 : 3000;
        Path file = Path.of("target", "trained-long-words-" + model.cliName() + ".json");
        TrainerSpec spec = TrainerSpec.of(model, vocabSize);
        Files.writeString(file, TokenizerTrainer.toJson(TokenizerTrainer.train(spec, List.of(corpus), 2, null)));
        Tokenizer mine = Tokenizer.fromFile(file);
        assertThat(mine.vocabSize()).isEqualTo(vocabSize);

        // held out: other runs of the same scripts, and short diverse lines
        List<String> inputs = new ArrayList<>(List.of(longRun(0x4E00, 3000, 200, 7), longRun(0x0E01, 46, 150, 7),
                blob(40, 7), train.get(0).substring(0, 90)));
        inputs.addAll(ParityCorpus.diverse().subList(50, 70));
        List<String> failures;
        try (Oracle oracle = Oracle.plain(file, true)) {
            failures = Parity.encodeDecodeAndPairs(mine, oracle, inputs, inputs.subList(0, 2), 1);
        }
        assertThat(failures).as(model + ": " + failures.size() + " differ; first: "
                + failures.stream().limit(4).toList()).isEmpty();
    }

    /** {@code length} code points from [first, first + range), a fixed pseudo-random walk per seed. */
    private static String longRun(int first, int range, int length, int seed) {
        StringBuilder sb = new StringBuilder();
        long x = seed;
        for (int i = 0; i < length; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            sb.appendCodePoint(first + (int) Math.floorMod(x >>> 33, (long) range));
        }
        return sb.toString();
    }

    /** "qz" then two pseudo-random alphanumerics, {@code groups} times: no space or punctuation. */
    private static String blob(int groups, int seed) {
        String alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder sb = new StringBuilder();
        long x = seed;
        for (int i = 0; i < groups; i++) {
            sb.append("qz");
            for (int k = 0; k < 2; k++) {
                x = x * 6364136223846793005L + 1442695040888963407L;
                sb.append(alnum.charAt((int) Math.floorMod(x >>> 33, (long) alnum.length())));
            }
        }
        return sb.toString();
    }
}
