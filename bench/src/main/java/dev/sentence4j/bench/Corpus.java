package dev.sentence4j.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The benchmark sentences: one per line, strict UTF-8, blank lines skipped.
 *
 * @param source where they came from (a file path, or the embedded resource's name)
 * @param lines  the sentences, in file order
 */
public record Corpus(String source, List<String> lines) {
    /** The corpus shipped with the bench (see corpus/README.md beside it). */
    public static final String EMBEDDED = "fortunes-10k.txt";
    private static final String EMBEDDED_RESOURCE = "/dev/sentence4j/bench/corpus/" + EMBEDDED;

    public Corpus {
        Objects.requireNonNull(source, "source");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("corpus " + source + " has no non-blank lines");
        }
    }

    /** The embedded corpus when {@code file} is null, else the file. */
    public static Corpus load(Path file) throws IOException {
        if (file == null) {
            try (InputStream in = Corpus.class.getResourceAsStream(EMBEDDED_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("bench resource " + EMBEDDED_RESOURCE + " is missing from the classpath");
                }
                return parse(in.readAllBytes(), EMBEDDED);
            }
        }
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "corpus file not found");
        }
        return parse(Files.readAllBytes(file), file.toString());
    }

    static Corpus parse(byte[] bytes, String source) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("corpus " + source + " is not valid UTF-8: " + e.getMessage());
        }
        List<String> out = new ArrayList<>();
        for (String line : text.split("\r?\n")) {
            if (!line.isBlank()) {
                out.add(line);
            }
        }
        return new Corpus(source, out);
    }

    /** The first {@code n} lines (all of them when n >= size). */
    public Corpus head(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("n must be > 0, found " + n);
        }
        return n >= lines.size() ? this : new Corpus(source + " (first " + n + " lines)", lines.subList(0, n));
    }

    public int size() {
        return lines.size();
    }
}
