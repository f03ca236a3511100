package dev.sentence4j.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Test fixtures from the classpath; a missing one fails with its name. */
public final class TestFiles {
    private TestFiles() {}

    public static List<String> fortunes(int n) {
        try (InputStream in = TestFiles.class.getResourceAsStream("/fortunes-300.txt")) {
            if (in == null) {
                throw new IllegalStateException("test resource /fortunes-300.txt is missing (corpus/src/test/resources)");
            }
            List<String> all = Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
            return all.subList(0, Math.min(n, all.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
