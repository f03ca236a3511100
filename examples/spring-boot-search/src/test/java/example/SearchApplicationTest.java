package example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Starts the application on a free port and queries its endpoint over HTTP, as a client would. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchApplicationTest {
    @LocalServerPort
    int port;

    @Test
    void eachQueryFindsTheMatchingProductFirst() throws Exception {
        assertEquals("A waterproof hiking jacket with a hood and taped seams.", top("something to keep me dry in the rain"));
        assertEquals("A cast-iron skillet for searing steaks and baking cornbread.", top("frying pan"));
        assertEquals("Noise-cancelling headphones with 30 hours of battery life.", top("listen to music on a long flight"));
        assertEquals("An ergonomic office chair with adjustable lumbar support.", top("my back hurts when I work at my desk"));
    }

    String top(String query) throws Exception {
        URI uri = URI.create("http://localhost:" + port + "/search?k=2&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        JsonNode hits = JsonMapper.builder().build().readTree(response.body());
        assertEquals(2, hits.size(), response.body());
        System.out.println(query + " -> " + response.body());
        return hits.get(0).get("text").asString();
    }
}
