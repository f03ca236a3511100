package dev.sentence4j.viz.render;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The file formats the renderers write, chosen by the output file's extension. */
public enum OutputFormat {
    PNG(".png"),
    SVG(".svg"),
    HTML(".html");

    private final String extension;

    OutputFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format of {@code out}, one of {@code supported}; else an error listing the supported extensions. */
    public static OutputFormat of(Path out, OutputFormat... supported) {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        for (OutputFormat f : supported) {
            if (name.endsWith(f.extension) || (f == HTML && name.endsWith(".htm"))) {
                return f;
            }
        }
        int dot = name.lastIndexOf('.');
        String found = dot < 0 ? "no extension" : "\"" + name.substring(dot) + "\"";
        throw new IllegalArgumentException("unsupported output file " + out + ": " + found + "; supported: "
                + Arrays.stream(supported).map(OutputFormat::extension).collect(Collectors.joining(", ")));
    }
}
