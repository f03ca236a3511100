package dev.sentence4j.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sentence4j.common.io.DurableFiles;
import dev.sentence4j.cli.output.ProgressBar;
import dev.sentence4j.cli.output.StreamProgressBar;
import dev.sentence4j.tokenizers.training.TokenizerTrainer;
import dev.sentence4j.tokenizers.training.TrainerSpec;
import dev.sentence4j.tokenizers.training.TrainingModel;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    mixinStandardHelpOptions = true,
    name = "train",
    sortOptions = false,
    description = {
        "Learn a subword tokenizer from text files and write its tokenizer.json.",
        "",
        "Every line is normalized and cut into words by the model's pipeline; the words are counted (streaming, in parallel), then the vocabulary is learned:",
        "  wordpiece  BERT uncased: lowercase, accents stripped, split on spaces and punctuation; pieces after the first start with ##; [CLS] A [SEP]. Learned like Hugging Face's WordPiece trainer (BPE merges with the ## prefix).",
        "  bpe        GPT-2/RoBERTa byte-level BPE: text as bytes, all 256 in the vocabulary (never unknown); the most frequent pair is merged until the vocabulary is full.",
        "  unigram    SentencePiece-style Unigram: NFKC, spaces as \u2581, pieces with log-probability scores.",
        "",
        "The vocabulary size counts the special tokens, which take ids 0, 1, ... in the order given; the first one is the unknown token (wordpiece, unigram).",
    },
    footer = {
        "",
        "Examples:",
        "  sentence4j tokenizer train --model wordpiece --vocab-size 30522 --out tokenizer.json corpus.txt",
        "  sentence4j tokenizer train --model bpe --vocab-size 8000 --min-frequency 2 --out bpe.json a.txt b.txt",
        "  sentence4j tokenizer train --model unigram --vocab-size 8000 --special-tokens '<unk>,<s>,</s>' --out sp.json corpus.txt",
    })
final class TokenizerTrainCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "MODEL",
            description = "wordpiece, bpe or unigram.")
    TrainingModel model;

    @Option(names = "--vocab-size", required = true, paramLabel = "N",
            description = "Vocabulary size, special tokens included.")
    int vocabSize;

    @Option(names = "--min-frequency", paramLabel = "F", defaultValue = "0",
            description = "wordpiece, bpe only: merge a pair only if it occurs at least F times (default: ${DEFAULT-VALUE}).")
    long minFrequency;

    @Option(names = "--special-tokens", split = ",", paramLabel = "TOKEN",
            description = "Special tokens, comma-separated, replacing the defaults ('' for none): wordpiece"
                    + " [UNK],[CLS],[SEP],[PAD],[MASK]; bpe <s>,<pad>,</s>,<unk>,<mask>; unigram <unk>,<s>,</s>.")
    List<String> specialTokens;

    @Option(names = "--limit-alphabet", paramLabel = "N",
            description = "wordpiece only: keep the N most frequent characters (default 1000, as Hugging Face's BERT trainer); rarer ones become [UNK].")
    Integer limitAlphabet;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The tokenizer.json to write (atomically).")
    Path out;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads counting words (default: the number of cores).")
    Integer threads;

    @Parameters(paramLabel = "CORPUS", arity = "1..*", description = "UTF-8 text files, read line by line.")
    List<Path> corpus = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        CommandLine cli = spec.commandLine();
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        TrainerSpec trainerSpec;
        try {
            for (Path f : corpus) {
                if (!Files.isRegularFile(f)) {
                    throw new IllegalArgumentException(Files.exists(f) ? "corpus path " + f + " is not a regular file"
                            : "corpus file not found: " + f);
                }
            }
            // checked before training, which can take hours, not when writing the result
            if (Files.isDirectory(out)) {
                throw new IllegalArgumentException("--out: " + out + " is a directory; expected a file path such as "
                        + out.resolve("tokenizer.json"));
            }
            Path dir = out.toAbsolutePath().getParent();
            if (dir != null && !Files.isDirectory(dir)) {
                throw new IllegalArgumentException("--out: directory " + dir + " does not exist");
            }
            if (workers < 1) {
                throw new IllegalArgumentException("--threads must be >= 1, got " + workers);
            }
            // no option is silently ignored: HF's limit_alphabet would cut byte-level BPE's 256 byte symbols
            // (which then could not encode), Unigram keeps every char; Unigram has no merges to count
            CommandLine.ParseResult parsed = cli.getParseResult();
            if (parsed.hasMatchedOption("--limit-alphabet") && model != TrainingModel.WORDPIECE) {
                throw new IllegalArgumentException("--limit-alphabet applies to --model wordpiece only, not "
                        + model.cliName());
            }
            if (parsed.hasMatchedOption("--min-frequency") && model == TrainingModel.UNIGRAM) {
                throw new IllegalArgumentException("--min-frequency applies to --model wordpiece and bpe only, not"
                        + " unigram");
            }
            Integer limit = limitAlphabet != null ? limitAlphabet
                    : model == TrainingModel.WORDPIECE ? TrainerSpec.WORDPIECE_DEFAULT_LIMIT_ALPHABET : null;
            // --special-tokens '' means none (picocli splits "" into one empty string)
            List<String> specials = specialTokens == null ? model.defaultSpecialTokens()
                    : specialTokens.stream().filter(t -> !t.isEmpty()).toList();
            trainerSpec = new TrainerSpec(model, vocabSize, minFrequency, specials, limit);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cli, e.getMessage());
        }

        PrintStream err = System.err;
        long start = System.nanoTime();
        Listener listener = new Listener(err, model == TrainingModel.UNIGRAM ? "EM iterations" : "merges");
        ObjectNode json;
        try (listener) {
            json = TokenizerTrainer.train(trainerSpec, corpus, workers, listener);
        } catch (IllegalArgumentException e) {
            // an empty corpus, a vocabulary smaller than the alphabet: the user's arguments
            throw new CommandLine.ParameterException(cli, e.getMessage());
        }
        String text = TokenizerTrainer.toJson(json);
        DurableFiles.write(out, o -> o.write(text.getBytes(StandardCharsets.UTF_8)));
        int size = json.get("model").get("vocab").size();
        System.out.printf(Locale.ROOT, "wrote %s: %s, %d tokens (%d special) learned from %d distinct words, %.1f s%n",
                out, model.cliName(), size, trainerSpec.specialTokens().size(), listener.distinctWords,
                (System.nanoTime() - start) / 1e9);
        System.out.flush();
        return 0;
    }

    /** Progress on stderr: bytes read while counting, then merges or EM iterations. */
    private static final class Listener implements TokenizerTrainer.Listener, AutoCloseable {
        private final PrintStream err;
        private final String unit;
        private final StreamProgressBar reading;
        private ProgressBar training;
        private long distinctWords;
        private long trainingDone;

        Listener(PrintStream err, String unit) {
            this.err = err;
            this.unit = unit;
            this.reading = StreamProgressBar.forTerminal(err);
        }

        @Override
        public void counting(long bytesDone, long bytesTotal, long lines) {
            reading.update(bytesDone, bytesTotal, lines, lines);
        }

        private boolean readingClosed;

        @Override
        public void counted(long distinct) {
            closeReading();
            distinctWords = distinct;
        }

        private void closeReading() {
            if (!readingClosed) {
                readingClosed = true;
                reading.close();
            }
        }

        @Override
        public void training(long done, long total) {
            if (training == null) {
                training = new ProgressBar(err, unit, total, System.console() != null
                        || "1".equals(System.getenv("SENTENCE4J_PROGRESS")));
            }
            training.update(done);
            trainingDone = done;
        }

        @Override
        public void close() {
            closeReading();
            if (training != null) {
                training.finishedAt(trainingDone); // the iteration count was an estimate
                training.close();
            }
        }
    }
}
