package dev.sentence4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.sentence4j.hub.ProgressListener;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Carrier jars fetched on first use, from a real HTTP server on loopback laid out like a Maven repository. */
class CarrierJarsTest {
    static final byte[] JAR = "not really a jar, but bytes with a known digest".getBytes(StandardCharsets.UTF_8);
    // sha1sum of the bytes above, computed with coreutils
    static final String SHA1 = "52e0632631d6f2fb22b1545b5187fca7c3348dc1";

    @Test
    void digestOfTheFixtureIsTheOneComputedOutside() throws Exception {
        Path f = Files.createTempFile("carrier", ".jar");
        Files.write(f, JAR);
        assertThat(CarrierJars.sha1Of(f)).isEqualTo(SHA1);
        Files.delete(f);
    }

    @Test
    void downloadsOnceVerifiesAndReusesTheCachedJar(@TempDir Path cache) throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = serve(JAR, requests);
        String old = System.setProperty("sentence4j.maven.repository",
                "http://127.0.0.1:" + server.getAddress().getPort() + "/repo");
        try {
            CarrierJars c = new CarrierJars("org.example:carrier-x:1.0", SHA1);
            assertThat(c.repositoryPath()).isEqualTo("org/example/carrier-x/1.0/carrier-x-1.0.jar");
            long[] last = {-1, -1};
            ProgressListener progress = (file, done, total) -> {
                last[0] = done;
                last[1] = total;
            };
            Path jar = c.resolve(cache, false, progress);
            assertThat(jar).isEqualTo(cache.resolve("carrier-x-1.0.jar"));
            assertThat(Files.readAllBytes(jar)).isEqualTo(JAR);
            assertThat(last).containsExactly(JAR.length, JAR.length);
            assertThat(c.resolve(cache, true, ProgressListener.none())).isEqualTo(jar); // offline: the cached copy
            assertThat(requests.get()).isEqualTo(1);
        } finally {
            restore(old);
            server.stop(0);
        }
    }

    @Test
    void aJarWithTheWrongDigestIsRefusedAndNotKept(@TempDir Path cache) throws Exception {
        HttpServer server = serve("tampered".getBytes(StandardCharsets.UTF_8), new AtomicInteger());
        String old = System.setProperty("sentence4j.maven.repository",
                "http://127.0.0.1:" + server.getAddress().getPort() + "/repo/");
        try {
            CarrierJars c = new CarrierJars("org.example:carrier-x:1.0", SHA1);
            assertThatThrownBy(() -> c.resolve(cache, false, ProgressListener.none()))
                    .isInstanceOf(ModelLoadException.class).hasMessageContaining("org.example:carrier-x:1.0")
                    .hasMessageContaining("expected " + SHA1);
            try (var listing = Files.list(cache)) {
                assertThat(listing.toList()).isEmpty();
            }
        } finally {
            restore(old);
            server.stop(0);
        }
    }

    @Test
    void offlineWithoutACopySaysHowToGetIt(@TempDir Path cache) {
        CarrierJars c = new CarrierJars("org.example:carrier-x:1.0", SHA1);
        assertThatThrownBy(() -> c.resolve(cache, true, ProgressListener.none()))
                .isInstanceOf(ModelLoadException.class).hasMessageContaining("offline")
                .hasMessageContaining("mvn dependency:get -Dartifact=org.example:carrier-x:1.0");
        assertThatThrownBy(() -> new CarrierJars("carrier-x", SHA1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected groupId:artifactId:version");
    }

    private static HttpServer serve(byte[] body, AtomicInteger requests) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/repo/org/example/carrier-x/1.0/carrier-x-1.0.jar", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static void restore(String old) {
        if (old == null) {
            System.clearProperty("sentence4j.maven.repository");
        } else {
            System.setProperty("sentence4j.maven.repository", old);
        }
    }
}
