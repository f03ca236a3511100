package dev.sentence4j.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a web page in the user's browser can do with a server on this machine: DNS rebinding
 * (a foreign Host name on a loopback server) and cross-origin requests, with and without
 * --allowed-hosts and --cors-origin. Requests are written by hand: browsers send these headers,
 * and java.net.http would not send an arbitrary Host.
 */
class BrowserPolicyTest {
    static final String EMBED = "{\"inputs\": \"hello\"}";
    static final String JSON = "Content-Type: application/json";

    @Test
    void loopbackServerAnswersOnlyLoopbackHostNames() {
        try (EmbeddingServer server = EmbeddingServer.start(SharedModel.config(), SharedModel.backend())) {
            int port = server.port();
            for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "LOCALHOST", "app.localhost:" + port,
                    "[::1]:" + port, "127.0.0.2")) {
                assertThat(RawHttp.send(port, "POST", "/embed", host, EMBED, JSON).status()).as(host).isEqualTo(200);
            }
            RawHttp.Reply rebound = RawHttp.send(port, "POST", "/embed", "attacker.example:" + port, EMBED, JSON);
            assertThat(rebound.status()).isEqualTo(403);
            assertThat(rebound.body()).contains("\"error_type\":\"Forbidden\"")
                    .contains("Host \\\"attacker.example:" + port + "\\\" is not allowed")
                    .contains("--allowed-hosts attacker.example");
            // Reading is refused too: /info and the playground.
            assertThat(RawHttp.send(port, "GET", "/info", "attacker.example", null).status()).isEqualTo(403);
            assertThat(RawHttp.send(port, "GET", "/", "attacker.example", null).status()).isEqualTo(403);
        }
        try (EmbeddingServer server = EmbeddingServer.start(SharedModel.config().withAllowedHosts(List.of("embed.internal")),
                SharedModel.backend())) {
            int port = server.port();
            assertThat(RawHttp.send(port, "POST", "/embed", "embed.internal:" + port, EMBED, JSON).status()).isEqualTo(200);
            assertThat(RawHttp.send(port, "POST", "/embed", "localhost", EMBED, JSON).status()).isEqualTo(200);
            assertThat(RawHttp.send(port, "POST", "/embed", "other.internal", EMBED, JSON).status()).isEqualTo(403);
        }
    }

    @Test
    void crossOriginRequestsAreRefusedUnlessTheOriginIsAllowed() {
        try (EmbeddingServer server = EmbeddingServer.start(SharedModel.config(), SharedModel.backend())) {
            int port = server.port();
            String self = "127.0.0.1:" + port;
            // A "simple" cross-site POST (text/plain needs no preflight) is refused before it runs.
            RawHttp.Reply simple = RawHttp.send(port, "POST", "/embed", self, EMBED, "Content-Type: text/plain",
                    "Origin: https://evil.example");
            assertThat(simple.status()).isEqualTo(403);
            assertThat(simple.body()).contains("cross-origin request from Origin \\\"https://evil.example\\\" refused")
                    .contains("--cors-origin https://evil.example");
            assertThat(simple.header("Access-Control-Allow-Origin")).isNull();
            RawHttp.Reply read = RawHttp.send(port, "GET", "/info", self, null, "Origin: https://evil.example");
            assertThat(read.status()).isEqualTo(403);
            RawHttp.Reply preflight = RawHttp.send(port, "OPTIONS", "/embed", self, null, "Origin: https://evil.example",
                    "Access-Control-Request-Method: POST", "Access-Control-Request-Headers: content-type");
            assertThat(preflight.status()).isEqualTo(403);
            assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
            // The server's own pages (the playground, the docs) are same-origin.
            RawHttp.Reply same = RawHttp.send(port, "POST", "/embed", self, EMBED, JSON, "Origin: http://" + self);
            assertThat(same.status()).as(same.body()).isEqualTo(200);
        }
        try (EmbeddingServer server = EmbeddingServer.start(
                SharedModel.config().withCorsOrigins(List.of("https://app.example")), SharedModel.backend())) {
            int port = server.port();
            String self = "127.0.0.1:" + port;
            RawHttp.Reply preflight = RawHttp.send(port, "OPTIONS", "/embed", self, null, "Origin: https://app.example",
                    "Access-Control-Request-Method: POST", "Access-Control-Request-Headers: content-type, authorization");
            assertThat(preflight.status()).isEqualTo(204);
            assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("https://app.example");
            assertThat(preflight.header("Access-Control-Allow-Methods")).isEqualTo("POST");
            assertThat(preflight.header("Access-Control-Allow-Headers")).containsIgnoringCase("content-type")
                    .containsIgnoringCase("authorization");
            RawHttp.Reply post = RawHttp.send(port, "POST", "/embed", self, EMBED, JSON, "Origin: https://app.example");
            assertThat(post.status()).isEqualTo(200);
            assertThat(post.header("Access-Control-Allow-Origin")).isEqualTo("https://app.example");
            assertThat(post.header("Vary")).contains("Origin");
            assertThat(RawHttp.send(port, "POST", "/embed", self, EMBED, JSON, "Origin: https://other.example").status())
                    .isEqualTo(403);
        }
    }

    @Test
    void configRefusesMalformedHostsAndOrigins() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ServerConfig.defaults().withCorsOrigins(List.of("app.example/x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scheme://host[:port]")
                .hasMessageContaining("\"app.example/x\"");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ServerConfig.defaults().withAllowedHosts(List.of("http://x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without scheme or path");
    }
}
