package dev.sentence4j.tokenizers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Test fixtures: the real tokenizer.json files of the model carrier jars, and committed resources. */
public final class Fixtures {

    /** Classpath resources (root of the LangChain4j carrier jars). */
    public static final String MINILM = "all-minilm-l6-v2-tokenizer.json";
    public static final String BGE_EN = "bge-small-en-v1.5-q-tokenizer.json";
    public static final String E5 = "e5-small-v2-q-tokenizer.json";
    public static final String BGE_ZH = "bge-small-zh-v1.5-q-tokenizer.json";
    static final List<String> REAL = List.of(MINILM, BGE_EN, E5, BGE_ZH);

    private static final Map<String, Path> EXTRACTED = new ConcurrentHashMap<>();
    private static final Map<String, Tokenizer> LOADED = new ConcurrentHashMap<>();

    private Fixtures() {
    }

    /** Real BPE files from npm (src/test/resources/fixtures/npm, gzipped). */
    public static final String GPT2 = "fixtures/npm/gpt2-tokenizer.json.gz";
    public static final String QWEN3 = "fixtures/npm/qwen3-tokenizer.json.gz";
    public static final String LLAMA2 = "fixtures/npm/llama2-tokenizer.json.gz";
    public static final String GEMMA3 = "fixtures/npm/gemma3-tokenizer.json.gz";
    static final List<String> NPM = List.of(GPT2, QWEN3, LLAMA2, GEMMA3);

    /**
     * The resource as a file (extracted once under target/, a {@code .gz} one decompressed),
     * failing loudly when missing.
     */
    public static Path path(String resource) {
        return EXTRACTED.computeIfAbsent(resource, r -> {
            try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(r)) {
                if (in == null) {
                    throw new IllegalStateException("missing test fixture on the classpath: " + r);
                }
                Path dir = Path.of("target", "fixtures");
                Files.createDirectories(dir);
                boolean gzipped = r.endsWith(".gz");
                Path out = dir.resolve((gzipped ? r.substring(0, r.length() - 3) : r).replace('/', '_'));
                Files.copy(gzipped ? new java.util.zip.GZIPInputStream(in, 1 << 16) : in, out,
                        StandardCopyOption.REPLACE_EXISTING);
                return out;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot extract " + r, e);
            }
        });
    }

    public static Tokenizer tokenizer(String resource) {
        return LOADED.computeIfAbsent(resource, r -> Tokenizer.fromFile(path(r)));
    }

    public static String text(String resource) {
        try {
            return Files.readString(path(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
