package dev.sentence4j.cli;

import dev.sentence4j.common.error.Sentence4jException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import dev.sentence4j.server.cli.ServeCommand;
import dev.sentence4j.viz.cli.HeatmapCommand;
import dev.sentence4j.viz.cli.VocabMapCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code sentence4j} command line. */
@Command(
    name = "sentence4j",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Sentence embeddings for the JVM, with sentence-transformers semantics.",
        "",
        "Text is tokenized, run through a transformer on ONNX Runtime, pooled into one vector per sentence and (for most models) normalized. Vectors that mean the same thing point the same way, so their cosine similarity is close to 1.",
        "",
        "The default model, all-MiniLM-L6-v2, is embedded: no download, no network. Models from the Hugging Face Hub work by id (org/name) once downloaded.",
    },
    footer = {
        "",
        "Examples:",
        "  sentence4j similarity \"A man is eating food.\" \"A man eats a meal.\" \"The sky is blue.\"",
        "  sentence4j encode --input sentences.txt --output vectors.npy --format npy",
        "  sentence4j search --corpus faq.txt --top-k 3 \"how do I reset my password\"",
        "  sentence4j rerank --model cross-encoder/ms-marco-MiniLM-L6-v2 --query \"refund policy\" --input candidates.txt",
        "  sentence4j tokenize --json \"Walker walked a long walk\"",
        "",
        "Run 'sentence4j COMMAND --help' for the details of a command.",
    },
    subcommands = {
        SimilarityCommand.class,
        EncodeCommand.class,
        SearchCommand.class,
        RerankCommand.class,
        EvaluateStsCommand.class,
        QuantizeCommand.class,
        TokenizeCommand.class,
        TokenizerCommand.class,
        ModelsCommand.class,
        InfoCommand.class,
        DownloadCommand.class,
        ServeCommand.class,
        HeatmapCommand.class,
        VocabMapCommand.class,
        IndexCommand.class,
        ParaphraseMiningCommand.class,
        CommunitiesCommand.class,
        CommandLine.HelpCommand.class,
    })
public final class Main implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line; tests run commands through it in-process. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(Main::handleExecutionException);
        cli.setParameterExceptionHandler(Main::handleParameterException);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setUsageHelpAutoWidth(true);
        return cli;
    }

    /**
     * A user's mistake (a bad argument, a missing or broken file, a model that is not there) gets
     * one clear line on stderr and the exit code of its kind (see {@link #exitCode}), never a stack trace. Anything else is a bug: its
     * stack trace is what we need to see. SENTENCE4J_DEBUG=1 shows the trace in every case.
     */
    static int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        boolean debug = "1".equals(System.getenv("SENTENCE4J_DEBUG"));
        int code = exitCode(e);
        if (code != EX_SOFTWARE && !debug) {
            cli.getErr().println("sentence4j " + cli.getCommandName() + ": " + message(e));
            return code;
        }
        e.printStackTrace(cli.getErr());
        return code;
    }

    /**
     * A bad option or argument gets its one-line reason and a pointer to --help, exit code 2. Picocli's
     * default prints the whole usage after the reason, which buries the one line that matters.
     */
    static int handleParameterException(CommandLine.ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        String name = cli.getCommandSpec().qualifiedName();
        cli.getErr().println(name + ": " + e.getMessage());
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, cli.getErr())) {
            cli.getErr().println("Try '" + name + " --help' for the options and examples.");
        }
        return cli.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** EX_SOFTWARE: what a bug exits with. */
    static final int EX_SOFTWARE = 70;

    /**
     * The exit code for {@code e}, by type: a {@link Sentence4jException} says whose fault it is
     * (usage 2, else 1); an {@link IllegalArgumentException} from an API call and an I/O failure are
     * the user's (1); anything else is a bug (70).
     */
    static int exitCode(Throwable e) {
        if (e instanceof Sentence4jException s) {
            return s.fault().exitCode();
        }
        if (e instanceof IllegalArgumentException || e instanceof IOException || e instanceof UncheckedIOException) {
            return 1;
        }
        return EX_SOFTWARE;
    }

    private static String message(Throwable e) {
        if (e instanceof NoSuchFileException nsf) {
            return "file not found: " + nsf.getFile();
        }
        if (e instanceof UncheckedIOException u && u.getCause() != null) {
            return message(u.getCause());
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
