package dev.sentence4j.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * /openapi.json against what is served: every route Javalin registered is described, every
 * described operation answers its own example with a documented status (200) and a body of the
 * documented top-level type, the documented headers come back, and every $ref resolves.
 */
class OpenApiTest {
    static EmbeddingServer server;
    static Client client;
    static JsonNode spec;
    /** The routes of the other kinds answer their examples on a server of their kind. */
    static EmbeddingServer reranker;
    static EmbeddingServer sparse;
    static Map<String, Client> byRoute;

    @BeforeAll
    static void start() {
        server = EmbeddingServer.start(SharedModel.config(), SharedModel.backend());
        client = new Client(server.uri());
        reranker = EmbeddingServer.start(SharedModel.config(), SharedModel.reranker());
        sparse = EmbeddingServer.start(SharedModel.config(), SharedModel.sparse());
        Client rr = new Client(reranker.uri());
        byRoute = Map.of("/rerank", rr, "/predict", rr, "/embed_sparse", new Client(sparse.uri()));
        Client.Response r = client.get("/openapi.json");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/json");
        spec = r.json();
    }

    @AfterAll
    static void stop() {
        server.close();
        reranker.close();
        sparse.close();
    }

    @Test
    void isOpenApi3WithTheServersVersion() {
        assertThat(spec.get("openapi").textValue()).startsWith("3.");
        assertThat(spec.get("info").get("version").textValue()).isEqualTo(client.get("/info").json().get("version").textValue());
    }

    @Test
    void everyServedRouteIsDescribed() {
        List<String> served = server.routes();
        assertThat(served).contains("POST /", "GET /", "POST /embed", "GET /docs/{file}", "GET /openapi.json");
        for (String route : served) {
            String[] mp = route.split(" ", 2);
            JsonNode path = spec.get("paths").get(mp[1]);
            assertThat(path).as("%s is served but not in /openapi.json", route).isNotNull();
            assertThat(path.get(mp[0].toLowerCase(Locale.ROOT))).as("%s is served but not in /openapi.json", route).isNotNull();
        }
    }

    @Test
    void everyDescribedOperationAnswersItsExample() {
        List<String> served = server.routes();
        int operations = 0;
        for (Map.Entry<String, JsonNode> p : spec.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : p.getValue().properties()) {
                String method = op.getKey().toUpperCase(Locale.ROOT);
                String label = method + " " + p.getKey();
                assertThat(served).as("%s is in /openapi.json but not served", label).contains(label);
                Client.Response r = call(method, p.getKey(), op.getValue());
                JsonNode responses = op.getValue().get("responses");
                assertThat(responses.has(Integer.toString(r.status()))).as("%s answered %d, undocumented: %s", label, r.status(),
                        r.body()).isTrue();
                assertThat(r.status()).as("%s answered its example with %d: %s", label, r.status(), r.body()).isEqualTo(200);
                JsonNode ok = responses.get("200");
                JsonNode schema = ok.path("content").path("application/json").path("schema");
                if (!schema.isMissingNode()) {
                    String type = resolve(schema).path("type").asText();
                    assertThat(r.json().getNodeType().name().toLowerCase(Locale.ROOT)).as(label).isEqualTo(type);
                }
                for (Iterator<String> h = ok.path("headers").fieldNames(); h.hasNext(); ) {
                    String header = h.next();
                    assertThat(r.headers().firstValue(header)).as("%s header %s", label, header).isPresent();
                }
                for (Map.Entry<String, JsonNode> resp : responses.properties()) {
                    if (!resp.getKey().equals("200")) {
                        assertThat(resp.getValue().path("content").path("application/json").path("schema").path("$ref").asText())
                                .as("%s %s", label, resp.getKey()).isEqualTo("#/components/schemas/ErrorResponse");
                    }
                }
                operations++;
            }
        }
        assertThat(operations).isEqualTo(served.size());
    }

    @Test
    void everyRefResolves() {
        List<String> refs = new ArrayList<>();
        collectRefs(spec, refs);
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            assertThat(ref).startsWith("#/");
            assertThat(spec.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        }
    }

    private static Client.Response call(String method, String path, JsonNode op) {
        String url = path;
        for (JsonNode param : op.path("parameters")) {
            url = url.replace("{" + param.get("name").textValue() + "}", param.get("example").asText());
        }
        Client target = byRoute.getOrDefault(path, client);
        if (method.equals("GET")) {
            return target.get(url);
        }
        JsonNode example = op.path("requestBody").path("content").path("application/json").path("example");
        assertThat(example.isMissingNode()).as("%s %s has no request example", method, path).isFalse();
        return target.post(url, example.toString());
    }

    private static JsonNode resolve(JsonNode schema) {
        return schema.has("$ref") ? spec.at(schema.get("$ref").textValue().substring(1)) : schema;
    }

    private static void collectRefs(JsonNode n, List<String> out) {
        if (n.isObject()) {
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                if (e.getKey().equals("$ref")) {
                    out.add(e.getValue().textValue());
                } else {
                    collectRefs(e.getValue(), out);
                }
            }
        } else if (n.isArray()) {
            n.forEach(c -> collectRefs(c, out));
        }
    }
}
