package dev.sentence4j.tokenizers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The committed parity inputs (src/test/resources/parity and unicode). */
final class ParityCorpus {

    private static List<String> diverse;
    private static List<String> normalization;
    private static List<String> emoji;

    private ParityCorpus() {
    }

    /** parity/diverse.txt, one input per line (empty lines included). */
    static synchronized List<String> diverse() {
        if (diverse == null) {
            diverse = List.copyOf(lines("parity/diverse.txt"));
        }
        return diverse;
    }

    /**
     * NormalizationTest.txt: per data line, its five columns as text (hex code points decoded),
     * joined by spaces, then the raw line itself.
     */
    static synchronized List<String> normalizationTest() {
        if (normalization == null) {
            List<String> out = new ArrayList<>();
            for (String line : lines("unicode/NormalizationTest.txt")) {
                if (line.isEmpty() || line.startsWith("#") || line.startsWith("@")) {
                    continue;
                }
                String[] cols = line.split(";");
                StringBuilder b = new StringBuilder();
                for (int c = 0; c < 5; c++) {
                    for (String hex : cols[c].trim().split(" ")) {
                        b.appendCodePoint(Integer.parseInt(hex, 16));
                    }
                    b.append(c < 4 ? " " : "");
                }
                out.add(b.toString());
                out.add(line);
            }
            normalization = List.copyOf(out);
        }
        return normalization;
    }

    /** emoji-test.txt: every line as it is (comments hold the emoji and their names). */
    static synchronized List<String> emojiTest() {
        if (emoji == null) {
            emoji = List.copyOf(lines("unicode/emoji-test.txt"));
        }
        return emoji;
    }

    static List<String> lines(String resource) {
        try (InputStream in = ParityCorpus.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource: src/test/resources/" + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> out = new ArrayList<>();
            for (String line; (line = r.readLine()) != null; ) {
                out.add(line);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
