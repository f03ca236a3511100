package dev.sentence4j.tokenizers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sentence4j.tokenizers.tools.GenerateGoldens;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our encodings against the committed golden files (src/test/resources/golden, written from HF
 * tokenizers by scripts/generate-goldens.sh): ids, tokens, type ids and offsets. Unlike the
 * parity tests these need no native oracle at test time, and they pin HF's answers in review.
 */
class GoldenFilesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static List<String> files() {
        return GenerateGoldens.FILES;
    }

    @ParameterizedTest
    @MethodSource("files")
    void matchesGoldenFile(String file) throws IOException {
        String golden = "golden/" + file.replace(".json", ".golden.json");
        JsonNode root;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(golden)) {
            assertThat(in).as("missing golden file src/test/resources/" + golden
                    + " (regenerate with scripts/generate-goldens.sh)").isNotNull();
            root = MAPPER.readTree(in);
        }
        assertThat(root.path("header").path("source").asText()).as(golden + " header.source").contains("HF tokenizers");
        JsonNode cases = root.get("cases");
        int lines = GenerateGoldens.inputs(String.join("\n", ParityCorpus.diverse()) + "\n").size();
        assertThat(cases.size()).as(golden + ": one case per golden input line").isEqualTo(lines);
        Tokenizer tokenizer = Fixtures.tokenizer(file).withTruncation(null).withPadding(null);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            JsonNode c = cases.get(i);
            String text = c.get("text").asText();
            Encoding e = tokenizer.encode(text, true);
            int[] offsets = e.codePointOffsets(text);
            List<String> d = new ArrayList<>();
            check("ids", Arrays.toString(e.ids()), ints(c.get("ids")), d);
            check("tokens", Arrays.toString(e.tokens()), strings(c.get("tokens")), d);
            check("type_ids", Arrays.toString(e.typeIds()), ints(c.get("type_ids")), d);
            int[] flat = new int[2 * c.get("offsets").size()];
            for (int k = 0; k < flat.length / 2; k++) {
                flat[2 * k] = c.get("offsets").get(k).get(0).asInt();
                flat[2 * k + 1] = c.get("offsets").get(k).get(1).asInt();
            }
            check("offsets", Arrays.toString(offsets), Arrays.toString(flat), d);
            if (!d.isEmpty()) {
                failures.add("case " + i + " '" + Parity.show(text) + "': " + String.join("; ", d));
            }
        }
        assertThat(failures).as(golden + ": " + failures.size() + " of " + cases.size() + " cases differ; first: "
                + failures.stream().limit(3).toList()).isEmpty();
    }

    private static void check(String field, String mine, String golden, List<String> out) {
        if (!mine.equals(golden)) {
            out.add(field + " mine " + abbreviate(mine) + " golden " + abbreviate(golden));
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }

    private static String ints(JsonNode array) {
        int[] out = new int[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asInt();
        }
        return Arrays.toString(out);
    }

    private static String strings(JsonNode array) {
        String[] out = new String[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asText();
        }
        return Arrays.toString(out);
    }
}
