package dev.sentence4j.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The jar's configuration metadata (what IDEs complete from) describes every sentence4j property. */
class ConfigurationMetadataTest {
    @Test
    void everyPropertyHasItsTypeAndDescription() throws Exception {
        JsonNode metadata;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("META-INF/spring-configuration-metadata.json").isNotNull();
            metadata = new ObjectMapper().readTree(in);
        }
        Map<String, JsonNode> byName = new HashMap<>();
        metadata.get("properties").forEach(p -> byName.put(p.get("name").asText(), p));
        for (String name : new String[] {"sentence4j.model", "sentence4j.batch-size", "sentence4j.reranker.model",
                "sentence4j.reranker.onnx-file", "sentence4j.reranker.revision", "sentence4j.reranker.threads",
                "sentence4j.reranker.batch-size"}) {
            assertThat(byName).as(name).containsKey(name);
            assertThat(byName.get(name).path("description").asText()).as(name + " description").isNotBlank();
        }
        assertThat(byName.get("sentence4j.reranker.batch-size").get("type").asText()).isEqualTo("java.lang.Integer");
        assertThat(byName.get("sentence4j.reranker.batch-size").get("defaultValue").asInt()).isEqualTo(32);
        assertThat(byName.get("sentence4j.reranker.model").get("description").asText()).contains("cross-encoder");
    }
}
