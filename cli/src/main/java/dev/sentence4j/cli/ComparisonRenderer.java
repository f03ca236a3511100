package dev.sentence4j.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.sentence4j.cli.output.Json;
import dev.sentence4j.cli.output.TextTable;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Prints a {@link TokenizationComparison}: a block for a terminal 100 columns wide, or one JSON object. */
final class ComparisonRenderer {
    static final int WIDTH = 100;
    private static final int LABEL = 12; // "characters" and two spaces
    private static final String VISIBLE_SPACE = "␣"; // U+2423 OPEN BOX, the usual glyph for a space

    private ComparisonRenderer() {}

    static void printTable(PrintStream out, TokenizationComparison c, String modelName) {
        out.println("text: " + c.text());
        out.println();
        List<String> chars = c.characters().stream().map(ComparisonRenderer::visible).toList();
        int countWidth = String.valueOf(Math.max(c.characters().size(), c.subwords().size())).length();
        printTokens(out, "characters", chars, " ", countWidth);
        printTokens(out, "words", c.words(), "  ", countWidth);
        printTokens(out, "subwords", c.subwords(), "  ", countWidth);
        if (c.specialTokensAdded() > 0) {
            out.println(" ".repeat(LABEL + countWidth + 2) + "(the model adds " + c.specialTokensAdded()
                    + " special tokens around these: " + (c.subwords().size() + c.specialTokensAdded()) + " ids)");
        }
        out.println();

        if (c.unknownWords().isEmpty()) {
            out.println("words a word-level vocabulary would not know: none (every word is a whole-word entry)");
        } else {
            out.println("words a word-level vocabulary would not know (" + c.unknownWords().size() + " of "
                    + c.words().size() + "), and how the subword tokenizer splits them:");
            TextTable unknown = new TextTable(List.of("word", "subwords", "split"), false, true, false);
            int wordWidth = 4;
            for (TokenizationComparison.UnknownWord u : c.unknownWords()) {
                wordWidth = Math.max(wordWidth, u.word().codePointCount(0, u.word().length()));
                unknown.add(u.word(), String.valueOf(u.subwords().size()), String.join("  ", u.subwords()));
            }
            unknown.clipLastColumn(WIDTH - wordWidth - "  subwords  ".length());
            unknown.print(out);
        }
        out.println();

        TextTable summary = new TextTable(List.of("view", "tokens", "per word", "vocabulary", "which vocabulary"),
                false, true, true, true, false);
        summary.add("characters", count(c.characters().size()), ratio(c.charactersPerWord()),
                count(c.alphabetSize()), "distinct characters in this text");
        summary.add("words", count(c.words().size()), ratio(c.words().isEmpty() ? Double.NaN : 1.0),
                count(c.wordVocabularySize()), "the model's whole-word entries");
        summary.add("subwords", count(c.subwords().size()), ratio(c.subwordsPerWord()),
                count(c.subwordVocabularySize()), "the model's vocabulary");
        summary.clipLastColumn(WIDTH - 42);
        summary.print(out);
        out.println("whole-word entries of " + modelName + ": " + c.wholeWordRule());
        out.println();
    }

    /** One labelled, counted list of tokens, wrapped at {@link #WIDTH} under its first token. */
    private static void printTokens(PrintStream out, String label, List<String> tokens, String separator, int countWidth) {
        String head = String.format(Locale.ROOT, "%-" + LABEL + "s%" + countWidth + "d  ", label, tokens.size());
        String indent = " ".repeat(head.length());
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(head);
        boolean first = true;
        for (String t : tokens) {
            int lineWidth = line.codePointCount(0, line.length());
            int tokenWidth = t.codePointCount(0, t.length());
            if (!first && lineWidth + separator.length() + tokenWidth > WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder(indent);
                first = true;
            }
            if (!first) {
                line.append(separator);
            }
            line.append(t);
            first = false;
        }
        lines.add(line.toString());
        lines.forEach(l -> out.println(l.stripTrailing()));
    }

    /** A character as it can be seen in a terminal: a space as ␣, other whitespace and controls as U+XXXX. */
    private static String visible(String ch) {
        int c = ch.codePointAt(0);
        if (c == ' ') {
            return VISIBLE_SPACE;
        }
        if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
            return String.format(Locale.ROOT, "U+%04X", c);
        }
        return ch;
    }

    private static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String ratio(double r) {
        return Double.isNaN(r) ? "-" : String.format(Locale.ROOT, "%.2f", r);
    }

    static void printJson(PrintStream out, TokenizationComparison c) throws IOException {
        try (JsonGenerator g = Json.compactGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("text", c.text());
            g.writeObjectFieldStart("characters");
            g.writeNumberField("count", c.characters().size());
            g.writeNumberField("alphabet_size", c.alphabetSize());
            writeStrings(g, "tokens", c.characters());
            g.writeEndObject();
            g.writeObjectFieldStart("words");
            g.writeNumberField("count", c.words().size());
            g.writeNumberField("vocabulary_size", c.wordVocabularySize());
            g.writeStringField("whole_word_rule", c.wholeWordRule());
            writeStrings(g, "tokens", c.words());
            g.writeArrayFieldStart("unknown");
            for (TokenizationComparison.UnknownWord u : c.unknownWords()) {
                g.writeStartObject();
                g.writeStringField("word", u.word());
                writeStrings(g, "subwords", u.subwords());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeObjectFieldStart("subwords");
            g.writeNumberField("count", c.subwords().size());
            g.writeNumberField("vocabulary_size", c.subwordVocabularySize());
            g.writeNumberField("special_tokens_added", c.specialTokensAdded());
            writeStrings(g, "tokens", c.subwords());
            g.writeEndObject();
            writeRatio(g, "characters_per_word", c.charactersPerWord());
            writeRatio(g, "subwords_per_word", c.subwordsPerWord());
            g.writeEndObject();
        }
        out.println();
    }

    private static void writeStrings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void writeRatio(JsonGenerator g, String field, double value) throws IOException {
        if (Double.isNaN(value)) {
            g.writeNullField(field);
        } else {
            g.writeNumberField(field, value);
        }
    }
}
