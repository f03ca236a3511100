package dev.sentence4j.viz.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One self-contained HTML file: the ECharts bundle inlined, the data as JSON in a
 * {@code <script type="application/json">} element, and a small script that builds the chart.
 * Nothing is loaded from the network.
 */
public final class HtmlPage {
    private static final ObjectMapper JSON = new ObjectMapper();

    private HtmlPage() {}

    /**
     * @param data     serialized with Jackson into the page
     * @param script   JavaScript that reads {@code DATA} and draws into {@code #chart}
     * @param extraCss page-specific CSS
     */
    public static void write(Path out, String title, Object data, String script, String extraCss) {
        String json;
        try {
            // "</" inside JSON could close the script element; "<\/" is the same JSON string.
            json = JSON.writeValueAsString(data).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize the chart data for " + out + ": " + e.getMessage(), e);
        }
        String page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title) + "</title>\n"
                + "<style>\nbody{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:0;padding:12px;color:#222}\n"
                + "#chart{width:100%;height:90vh;min-height:520px}\n" + extraCss + "\n</style>\n</head>\n<body>\n"
                + "<div id=\"chart\"></div>\n<div id=\"below\"></div>\n"
                + "<!-- Apache ECharts " + EchartsLibrary.version() + " (Apache-2.0), inlined from the WebJar "
                + "org.webjars.npm:echarts -->\n<script>\n" + EchartsLibrary.script() + "\n</script>\n"
                + "<script id=\"data\" type=\"application/json\">" + json + "</script>\n"
                + "<script>\n\"use strict\";\nconst DATA = JSON.parse(document.getElementById('data').textContent);\n"
                + "function esc(s){return String(s).replace(/[&<>\"']/g,c=>({'&':'&amp;','<':'&lt;','>':'&gt;','\"':'&quot;',\"'\":'&#39;'}[c]));}\n"
                + script + "\n</script>\n</body>\n</html>\n";
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(out, page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
