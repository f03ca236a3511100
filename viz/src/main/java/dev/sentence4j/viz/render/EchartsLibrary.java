package dev.sentence4j.viz.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Apache ECharts' minified bundle, read from its Maven Central WebJar (org.webjars.npm:echarts)
 * so that HTML pages can inline it and work offline. Loaded once per JVM.
 */
public final class EchartsLibrary {
    private static volatile String source;

    private EchartsLibrary() {}

    /** The WebJar's version, as built (viz.properties is filtered by Maven). */
    public static String version() {
        Properties p = new Properties();
        try (InputStream in = EchartsLibrary.class.getResourceAsStream("/dev/sentence4j/viz/viz.properties")) {
            if (in == null) {
                throw new IllegalStateException("classpath resource /dev/sentence4j/viz/viz.properties is missing");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read /dev/sentence4j/viz/viz.properties: " + e.getMessage(), e);
        }
        return p.getProperty("echarts.version");
    }

    public static String resourceName() {
        return "META-INF/resources/webjars/echarts/" + version() + "/dist/echarts.min.js";
    }

    /** The script, safe to place inside {@code <script>...</script>}. */
    public static String script() {
        String s = source;
        if (s == null) {
            synchronized (EchartsLibrary.class) {
                s = source;
                if (s == null) {
                    String name = resourceName();
                    try (InputStream in = EchartsLibrary.class.getClassLoader().getResourceAsStream(name)) {
                        if (in == null) {
                            throw new IllegalStateException("classpath resource " + name
                                    + " is missing (is org.webjars.npm:echarts:" + version() + " on the classpath?)");
                        }
                        // "</" would end the script element early; "<\/" is the same string to JavaScript.
                        s = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("</", "<\\/");
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
                    }
                    source = s;
                }
            }
        }
        return s;
    }
}
