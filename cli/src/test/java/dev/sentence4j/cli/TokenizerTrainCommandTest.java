package dev.sentence4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import dev.sentence4j.tokenizers.Encoding;
import dev.sentence4j.tokenizers.Tokenizer;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenizerTrainCommandTest {

    @TempDir
    Path dir;

    private static Path fortunes() throws URISyntaxException {
        return Path.of(TokenizerTrainCommandTest.class.getResource("/fortunes-300.txt").toURI());
    }

    @ParameterizedTest
    @ValueSource(strings = {"wordpiece", "bpe", "unigram"})
    void trainsAFileThatHfTokenizersEncodesAlike(String model) throws Exception {
        Path out = dir.resolve(model + ".json");
        CliRun run = CliRun.of("tokenizer", "train", "--model", model, "--vocab-size", "600", "--out", out.toString(),
                fortunes().toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("wrote " + out + ": " + model + ", 600 tokens ("
                + (model.equals("unigram") ? 3 : 5) + " special)");
        Tokenizer mine = Tokenizer.fromFile(out);
        assertThat(mine.vocabSize()).isEqualTo(600);
        String text = "The quick brown fox jumps over the lazy dog. Happily, quicksilver!";
        try (HuggingFaceTokenizer hf = HuggingFaceTokenizer.builder().optTokenizerPath(out).optTruncation(false)
                .optPadding(false).build()) {
            Encoding e = mine.encode(text);
            assertThat(e.tokens()).containsExactly(hf.encode(text).getTokens());
            assertThat(Arrays.stream(e.ids()).asLongStream().toArray()).containsExactly(hf.encode(text).getIds());
        }
        if (model.equals("wordpiece")) {
            assertThat(mine.encode("the dog").tokens()).startsWith("[CLS]").endsWith("[SEP]");
            assertThat(mine.tokenToId("[CLS]")).hasValue(1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"wordpiece", "bpe", "unigram"})
    void emptyCorpusIsAUsageErrorNamingTheFile(String model) throws IOException {
        Path empty = dir.resolve("empty.txt");
        // whitespace is no word for BERT's pre-tokenizer (byte-level BPE would learn "ĠĠ" from it)
        Files.writeString(empty, model.equals("wordpiece") ? "\n   \n\t\n" : "\n\n");
        Path out = dir.resolve("t.json");
        CliRun run = CliRun.of("tokenizer", "train", "--model", model, "--vocab-size", "1000", "--out", out.toString(),
                empty.toString());
        assertUsageError(run, "no words to train on: corpus file " + empty + " has no text");
        assertThat(out).doesNotExist();
    }

    @Test
    void vocabularySmallerThanAlphabetPlusSpecialTokensIsAUsageError() throws Exception {
        // byte-level BPE starts with its 256 byte symbols and 5 special tokens
        CliRun run = CliRun.of("tokenizer", "train", "--model", "bpe", "--vocab-size", "200", "--out",
                dir.resolve("t.json").toString(), fortunes().toString());
        assertUsageError(run, "vocab size 200 is smaller than the 5 special tokens plus the alphabet of 256 characters: at least 261 needed");
    }

    @Test
    void missingCorpusFileIsAUsageError() {
        Path missing = dir.resolve("missing.txt");
        CliRun run = CliRun.of("tokenizer", "train", "--model", "wordpiece", "--vocab-size", "1000", "--out",
                dir.resolve("t.json").toString(), missing.toString());
        assertUsageError(run, "corpus file not found: " + missing);
    }

    @Test
    void unknownModelIsAUsageError() throws Exception {
        CliRun run = CliRun.of("tokenizer", "train", "--model", "sentencepiece", "--vocab-size", "1000", "--out",
                dir.resolve("t.json").toString(), fortunes().toString());
        assertUsageError(run, "Invalid value for option '--model'");
        assertThat(run.err()).contains("sentencepiece").contains("WORDPIECE, BPE, UNIGRAM");
    }

    @Test
    void wordPieceWithoutSpecialTokensNeedsAnUnknownToken() throws Exception {
        CliRun run = CliRun.of("tokenizer", "train", "--model", "wordpiece", "--vocab-size", "1000",
                "--special-tokens", "", "--out", dir.resolve("t.json").toString(), fortunes().toString());
        assertUsageError(run, "wordpiece needs an unknown token, the first special token; none given");
    }

    @Test
    void bpeWithoutSpecialTokensIsFine() throws Exception {
        Path out = dir.resolve("t.json");
        CliRun run = CliRun.of("tokenizer", "train", "--model", "bpe", "--vocab-size", "300", "--special-tokens", "",
                "--out", out.toString(), fortunes().toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Tokenizer.fromFile(out).vocabSize()).isEqualTo(300);
        assertThat(Tokenizer.fromFile(out).addedTokens()).isEmpty();
    }

    @Test
    void outAsAnExistingDirectoryIsAUsageErrorBeforeTraining() throws Exception {
        CliRun run = CliRun.of("tokenizer", "train", "--model", "bpe", "--vocab-size", "300", "--out", dir.toString(),
                fortunes().toString());
        assertUsageError(run, "--out: " + dir + " is a directory; expected a file path such as "
                + dir.resolve("tokenizer.json"));
        // nothing was counted or learned: no progress lines on stderr
        assertThat(run.err()).doesNotContain("merges");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bpe --limit-alphabet 100", "unigram --limit-alphabet 100", "unigram --min-frequency 2"})
    void optionsAModelDoesNotUseAreUsageErrors(String args) throws Exception {
        String[] a = args.split(" ");
        CliRun run = CliRun.of("tokenizer", "train", "--model", a[0], a[1], a[2], "--vocab-size", "600", "--out",
                dir.resolve("t.json").toString(), fortunes().toString());
        assertUsageError(run, a[1] + " applies to --model wordpiece" + (a[1].equals("--min-frequency") ? " and bpe" : "")
                + " only, not " + a[0]);
        assertThat(dir.resolve("t.json")).doesNotExist();
    }

    private static void assertUsageError(CliRun run, String message) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains(message).doesNotContain("Exception").doesNotContain("\tat ");
        // the reason and a pointer to --help, not the whole usage burying the reason
        assertThat(run.err()).startsWith("sentence4j tokenizer train: ").doesNotContain("Usage:")
                .contains("Try 'sentence4j tokenizer train --help'");
        assertThat(run.out()).isEmpty();
    }
}
