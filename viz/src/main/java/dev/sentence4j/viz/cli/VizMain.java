package dev.sentence4j.viz.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Runs the viz commands on their own ({@code java -cp ... dev.sentence4j.viz.cli.VizMain heatmap ...}),
 * for benchmarks and for trying them before they are registered in the main sentence4j CLI.
 */
@Command(name = "sentence4j-viz", mixinStandardHelpOptions = true,
    description = "Pictures of what a sentence-embedding model sees.",
    subcommands = {HeatmapCommand.class, VocabMapCommand.class})
public final class VizMain implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new VizMain()).execute(args));
    }
}
