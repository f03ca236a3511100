package dev.sentence4j.hub;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.stream.Collectors;

/** Percent-encoding for the parts of hub URLs, as huggingface_hub's quote(..., safe="") does. */
final class UrlPaths {

    private UrlPaths() {
    }

    /** Encodes everything but RFC 3986 unreserved characters, '/' included (revisions like refs/pr/1). */
    static String segment(String value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.write(c);
            } else {
                out.writeBytes(("%" + HexFormat.of().withUpperCase().toHexDigits(b)).getBytes(StandardCharsets.US_ASCII));
            }
        }
        return out.toString(StandardCharsets.US_ASCII);
    }

    /** Encodes each '/'-separated segment of a file path, keeping the slashes. */
    static String path(String filePath) {
        return Arrays.stream(filePath.split("/", -1)).map(UrlPaths::segment).collect(Collectors.joining("/"));
    }
}
