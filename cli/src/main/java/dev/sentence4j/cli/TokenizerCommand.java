package dev.sentence4j.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
    mixinStandardHelpOptions = true,
    name = "tokenizer",
    description = {
        "Work with tokenizers themselves.",
        "",
        "'tokenizer train' learns a WordPiece, byte-level BPE or Unigram tokenizer from text files and writes a tokenizer.json that sentence4j and Hugging Face tokenizers load alike.",
    },
    subcommands = {TokenizerTrainCommand.class},
    footer = {
        "",
        "Examples:",
        "  sentence4j tokenizer train --model wordpiece --vocab-size 30522 --out tokenizer.json corpus.txt",
        "  sentence4j tokenize --tokenizer tokenizer.json \"text\"",
    })
final class TokenizerCommand implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
