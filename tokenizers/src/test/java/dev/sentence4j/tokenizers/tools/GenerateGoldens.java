package dev.sentence4j.tokenizers.tools;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

/**
 * Writes src/test/resources/golden/*.golden.json: what HF tokenizers (Rust, through the DJL test
 * dependency) answers for the golden inputs, for each real tokenizer.json. Run through
 * scripts/generate-goldens.sh. Offsets are written as HF reports them: code points.
 */
public final class GenerateGoldens {

    /** The tokenizer.json files (test classpath resources) that get a golden file. */
    public static final List<String> FILES = List.of("all-minilm-l6-v2-tokenizer.json",
            "bge-small-en-v1.5-q-tokenizer.json", "e5-small-v2-q-tokenizer.json", "bge-small-zh-v1.5-q-tokenizer.json");
    /** The inputs: the lines of this resource shorter than {@link #MAX_LINE} chars (keeps each file small). */
    public static final String INPUT = "parity/diverse.txt";
    public static final int MAX_LINE = 1000;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private GenerateGoldens() {
    }

    public static void main(String[] args) throws IOException {
        Path outDir = Path.of(args.length > 0 ? args[0] : "src/test/resources/golden");
        Files.createDirectories(outDir);
        byte[] inputBytes = resource(INPUT);
        List<String> inputs = inputs(new String(inputBytes, StandardCharsets.UTF_8));
        Path tmp = Files.createTempDirectory("goldens");
        for (String file : FILES) {
            byte[] json = resource(file);
            Path copy = tmp.resolve(file);
            ObjectNode root = (ObjectNode) MAPPER.readTree(json);
            root.putNull("truncation"); // DJL would impose its own; goldens are untruncated, unpadded
            root.putNull("padding");
            Files.writeString(copy, MAPPER.writeValueAsString(root));
            ObjectNode header = MAPPER.createObjectNode();
            header.put("source", "HF tokenizers (Rust) " + nativeVersion()
                    + " through ai.djl.huggingface:tokenizers " + jarName());
            header.put("tokenizer", file + " (test classpath; sha256 " + sha256(json) + ")");
            header.put("inputs", INPUT + " lines shorter than " + MAX_LINE + " chars (sha256 "
                    + sha256(inputBytes) + ")");
            header.put("settings", "add_special_tokens=true, no truncation, no padding");
            header.put("offsets", "code points of the input, as HF reports them");
            header.put("generator", "tokenizers/scripts/generate-goldens.sh");
            List<String> cases = new ArrayList<>();
            try (HuggingFaceTokenizer hf = HuggingFaceTokenizer.builder().optTokenizerPath(copy)
                    .optAddSpecialTokens(true).optTruncation(false).optPadding(false).build()) {
                for (String text : inputs) {
                    Encoding e = hf.encode(text, true, false);
                    ObjectNode c = MAPPER.createObjectNode();
                    c.put("text", text);
                    ArrayNode ids = c.putArray("ids");
                    for (long id : e.getIds()) {
                        ids.add(id);
                    }
                    ArrayNode tokens = c.putArray("tokens");
                    for (String t : e.getTokens()) {
                        tokens.add(t);
                    }
                    ArrayNode types = c.putArray("type_ids");
                    for (long t : e.getTypeIds()) {
                        types.add(t);
                    }
                    ArrayNode offsets = c.putArray("offsets");
                    for (CharSpan s : e.getCharTokenSpans()) {
                        ArrayNode pair = offsets.addArray();
                        pair.add(s == null ? 0 : s.getStart());
                        pair.add(s == null ? 0 : s.getEnd());
                    }
                    cases.add(MAPPER.writeValueAsString(c));
                }
            }
            String out = "{\"header\": " + MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(header)
                    + ",\n\"cases\": [\n" + String.join(",\n", cases) + "\n]}\n";
            Files.writeString(outDir.resolve(file.replace(".json", ".golden.json")), out);
            Files.delete(copy);
        }
        Files.delete(tmp);
    }

    /** The golden inputs out of the corpus text. */
    public static List<String> inputs(String corpus) {
        List<String> out = new ArrayList<>();
        for (String line : corpus.split("\n", -1)) {
            if (line.length() < MAX_LINE) {
                out.add(line);
            }
        }
        if (corpus.endsWith("\n")) {
            out.remove(out.size() - 1); // the split's empty tail is not a line
        }
        return out;
    }

    private static byte[] resource(String name) {
        try (InputStream in = GenerateGoldens.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource on the test classpath: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    private static String nativeVersion() {
        Properties p = new Properties();
        try (InputStream in = HuggingFaceTokenizer.class.getClassLoader()
                .getResourceAsStream("native/lib/tokenizers.properties")) {
            if (in == null) {
                return "(version unknown)";
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "(DJL native build " + p.getProperty("version", "?") + ")";
    }

    private static String jarName() {
        String location = HuggingFaceTokenizer.class.getProtectionDomain().getCodeSource().getLocation().getPath();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
