package dev.sentence4j.cli;

import dev.sentence4j.core.cli.ModelOptions;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.sentence4j.cli.io.Utf8Lines;
import dev.sentence4j.cli.output.Json;
import dev.sentence4j.cli.output.TextTable;
import dev.sentence4j.tokenizers.Direction;
import dev.sentence4j.tokenizers.Encoding;
import dev.sentence4j.tokenizers.Tokenizer;
import dev.sentence4j.tokenizers.Truncation;
import dev.sentence4j.tokenizers.TruncationStrategy;
import dev.sentence4j.tokenizers.words.WholeWordVocabulary;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    mixinStandardHelpOptions = true,
    name = "tokenize",
    sortOptions = false,
    description = {
        "Show how a model's tokenizer splits text into tokens and ids.",
        "",
        "This is the first step of every embedding: the model never sees characters, only these ids. [CLS] and [SEP] are added around each text; words missing from the vocabulary are split into known pieces, the ones after the first starting with ##. Offsets are [start, end) character positions in your original text.",
        "",
        "Truncation is on at --max-length (default: the model's max_seq_length, else 512); there is no padding.",
        "",
        "--compare shows each text as characters, as words (split on whitespace and punctuation) and as the model's subword tokens, with their counts and vocabulary sizes, and lists the words a word-level vocabulary (the model's whole-word entries) would not know, with the pieces the subword tokenizer uses instead.",
    },
    footer = {
        "",
        "Examples:",
        "  sentence4j tokenize \"Walker walked a long walk\"",
        "  sentence4j tokenize --json --input lines.txt      (one JSON object per line, empty lines too)",
        "  sentence4j tokenize --pair \"A question?\" \"An answer.\"",
        "  sentence4j tokenize --tokenizer path/to/tokenizer.json \"text\"",
        "  sentence4j tokenize --compare \"The quick brown fox jumps over the lazy dog.\" quicksilver",
    })
final class TokenizeCommand implements Callable<Integer> {
    @Mixin ModelOptions model;

    @Option(names = "--tokenizer", paramLabel = "PATH",
            description = "A tokenizer.json file (or a model directory) to use instead of --model.")
    Path tokenizerPath;

    @Option(names = "--max-length", paramLabel = "N",
            description = "Truncate to N tokens, special tokens included (default: the model's max_seq_length, else 512).")
    Integer maxLength;

    @Option(names = "--pair", paramLabel = "TEXT",
            description = "Encode each text as a pair with this second text ([CLS] A [SEP] B [SEP]).")
    String pair;

    @Option(names = "--prompt-name", paramLabel = "NAME",
            description = "With a model: tokenize the text with this prompt of the model in front, as encode --prompt-name does (default: the model's default prompt, if it has one).")
    String promptName;

    @Option(names = "--json", description = "One JSON object per input: ids, tokens, type_ids, attention_mask, offsets (with --compare: the three views, counts and unknown words).")
    boolean json;

    @Option(names = "--input", paramLabel = "FILE",
            description = "Read texts from FILE, one per line ('-' for stdin). Every line counts, empty ones too.")
    String input;

    @Option(names = "--compare",
            description = "Compare character, word and subword tokenization of each text (no truncation; not with --pair or --max-length).")
    boolean compare;

    @Parameters(paramLabel = "TEXT", arity = "0..*", description = "Texts to tokenize.")
    List<String> texts = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        List<String> inputs = new ArrayList<>(texts);
        if (input != null) {
            inputs.addAll(Utf8Lines.read(input, System.in));
        }
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("nothing to tokenize: give TEXT arguments or --input FILE");
        }
        if (compare && pair != null) {
            throw new IllegalArgumentException("--compare looks at one text at a time; it cannot be used with --pair"
                    + " (compare each text on its own: --compare TEXT1 TEXT2)");
        }
        if (compare && maxLength != null) {
            throw new IllegalArgumentException("--compare shows whole texts, without truncation; --max-length "
                    + maxLength + " cannot be used with it");
        }
        TokenizerChoice choice = tokenizerPath != null
                ? TokenizerChoice.fromPath(tokenizerPath)
                : TokenizerChoice.fromModel(model);
        if (promptName != null && choice.inputs() == null) {
            throw new IllegalArgumentException("--prompt-name needs a model's prompts; it cannot be used with --tokenizer");
        }
        if (compare) {
            return compare(inputs, choice.tokenizer());
        }
        int limit = maxLength != null ? maxLength : choice.defaultMaxLength();
        if (limit < 2) {
            throw new IllegalArgumentException("--max-length must be at least 2 (room for [CLS] and [SEP]), got " + limit);
        }
        Tokenizer tokenizer = choice.tokenizer()
                .withPadding(null)
                .withTruncation(new Truncation(limit, TruncationStrategy.LONGEST_FIRST, Direction.RIGHT, 0));

        PrintStream out = System.out;
        for (String given : inputs) {
            // What the model would see: with a model, the prompt and ST's preparation come first.
            String text = choice.text(given, promptName);
            Encoding e = pair == null ? tokenizer.encode(text) : tokenizer.encodePair(text, pair);
            if (json) {
                printJson(out, e);
            } else {
                printTable(out, text, e);
            }
        }
        out.flush();
        return 0;
    }

    private int compare(List<String> inputs, Tokenizer tokenizer) throws java.io.IOException {
        Tokenizer whole = tokenizer.withPadding(null).withTruncation(null);
        WholeWordVocabulary wholeWords = WholeWordVocabulary.of(whole);
        String modelName = model.model;
        if (tokenizerPath != null) {
            // a tokenizer.json is named after its folder, which usually names the model
            Path named = tokenizerPath.getFileName() != null && tokenizerPath.getFileName().toString().equals("tokenizer.json")
                    && tokenizerPath.toAbsolutePath().getParent() != null ? tokenizerPath.toAbsolutePath().getParent() : tokenizerPath;
            modelName = String.valueOf(named.toAbsolutePath().getFileName());
        }
        PrintStream out = System.out;
        for (String text : inputs) {
            TokenizationComparison c = TokenizationComparison.of(text, whole, wholeWords);
            if (json) {
                ComparisonRenderer.printJson(out, c);
            } else {
                ComparisonRenderer.printTable(out, c, modelName);
            }
        }
        out.flush();
        return 0;
    }

    private static void printJson(PrintStream out, Encoding e) throws java.io.IOException {
        try (JsonGenerator g = Json.compactGenerator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("ids");
            for (int id : e.ids()) {
                g.writeNumber(id);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("tokens");
            for (String t : e.tokens()) {
                g.writeString(t);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("type_ids");
            for (int t : e.typeIds()) {
                g.writeNumber(t);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("attention_mask");
            for (int m : e.attentionMask()) {
                g.writeNumber(m);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("offsets");
            int[] offsets = e.offsets();
            for (int i = 0; i < e.length(); i++) {
                g.writeStartArray();
                g.writeNumber(offsets[2 * i]);
                g.writeNumber(offsets[2 * i + 1]);
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.println();
    }

    private void printTable(PrintStream out, String text, Encoding e) {
        out.println((pair == null ? "" : "pair ") + "text: " + text + (pair == null ? "" : "  |  " + pair));
        TextTable table = new TextTable(List.of("#", "token", "id", "type", "offsets", "text"),
                true, false, true, true, false, false);
        int[] offsets = e.offsets();
        String[] tokens = e.tokens();
        for (int i = 0; i < e.length(); i++) {
            int start = offsets[2 * i];
            int end = offsets[2 * i + 1];
            String source = e.typeIds()[i] == 1 && pair != null ? pair : text;
            String span = start < end && end <= source.length() ? source.substring(start, end) : "";
            table.add(String.valueOf(i), tokens[i], String.valueOf(e.ids()[i]), String.valueOf(e.typeIds()[i]),
                    "[" + start + ", " + end + ")", span.isEmpty() ? "" : "\"" + span + "\"");
        }
        table.print(out);
        out.println(e.length() + " tokens");
        out.println();
    }
}
