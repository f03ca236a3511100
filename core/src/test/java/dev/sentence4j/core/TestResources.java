package dev.sentence4j.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Test fixtures from the classpath; a missing one fails loudly with its path. */
public final class TestResources {
    private TestResources() {}

    public static URL url(String name) {
        URL url = TestResources.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException("test fixture missing from the classpath: " + name);
        }
        return url;
    }

    public static Path path(String name) {
        try {
            return Path.of(url(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("test fixture " + name + " is not a file: " + e.getMessage(), e);
        }
    }

    public static String text(String name) {
        try (InputStream in = url(name).openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read test fixture " + name, e);
        }
    }

    public static List<String> lines(String name) {
        return text(name).lines().toList();
    }
}
