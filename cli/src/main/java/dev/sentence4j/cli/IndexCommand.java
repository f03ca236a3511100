package dev.sentence4j.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
    mixinStandardHelpOptions = true,
    name = "index",
    description = {
        "Approximate nearest-neighbour vector indexes (Apache Lucene HNSW) for corpora too large to scan for every query.",
        "",
        "'index build' embeds a file and indexes every row with its id, line and text; 'sentence4j search --index DIR' queries it.",
    },
    subcommands = {IndexBuildCommand.class},
    footer = {
        "",
        "Examples:",
        "  sentence4j index build --input corpus.txt --index corpus.idx",
        "  sentence4j search --index corpus.idx --top-k 5 \"how do I reset my password\"",
    })
final class IndexCommand implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
