package dev.sentence4j.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A refused body is read and discarded before the answer, so a client that sends its whole body
 * before reading (Python's http.client, under requests and urllib) reads the JSON error instead
 * of "Broken pipe". Real python3 in a subprocess, 5 MB and 50 MB, with Content-Length and chunked.
 */
class LingeringCloseTest {
    static final Path SCRIPT = Path.of("src", "test", "python", "post_body.py");

    static EmbeddingServer server;
    static EmbeddingServer keyed;

    @BeforeAll
    static void start() {
        server = EmbeddingServer.start(SharedModel.config(), SharedModel.backend());
        keyed = EmbeddingServer.start(SharedModel.config().withApiKey("s3cret"), SharedModel.backend());
    }

    @AfterAll
    static void stop() {
        server.close();
        keyed.close();
    }

    @Test
    void pythonReadsTheJson413ForOversizeBodies() throws Exception {
        for (int size : new int[] {5_000_000, 50_000_000}) {
            for (String mode : new String[] {"length", "chunked"}) {
                JsonNode r = post(server, "/embed", size, mode);
                assertThat(r.has("error")).as(size + " " + mode + ": " + r).isFalse();
                assertThat(r.get("status").intValue()).as(size + " " + mode).isEqualTo(413);
                JsonNode body = Client.JSON.readTree(r.get("body").textValue());
                assertThat(body.get("error_type").textValue()).isEqualTo("Validation");
                assertThat(body.get("error").textValue()).contains("larger than the payload limit of 2000000 bytes");
            }
        }
    }

    @Test
    void pythonReadsOtherRefusalsOfABigBody() throws Exception {
        // Refused before the body is read: 401 without the key, 404 on an unknown route.
        JsonNode unauthorized = post(keyed, "/embed", 5_000_000, "length");
        assertThat(unauthorized.get("status").intValue()).as(unauthorized.toString()).isEqualTo(401);
        JsonNode notFound = post(server, "/nope", 5_000_000, "chunked");
        assertThat(notFound.get("status").intValue()).as(notFound.toString()).isEqualTo(404);
        // The connection is still good for a body within the limit.
        JsonNode small = post(server, "/embed", 1000, "length");
        assertThat(small.get("status").intValue()).as(small.toString()).isEqualTo(200);
    }

    static JsonNode post(EmbeddingServer s, String path, int size, String mode) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("python3", SCRIPT.toString(), Integer.toString(s.port()), path,
                Integer.toString(size), mode));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("python3 " + SCRIPT + " did not finish");
        }
        assertThat(p.exitValue()).as("python3 exit status").isZero();
        return Client.JSON.readTree(new String(out, StandardCharsets.UTF_8));
    }
}
