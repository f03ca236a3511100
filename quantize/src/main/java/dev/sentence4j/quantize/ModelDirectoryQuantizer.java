package dev.sentence4j.quantize;

import dev.sentence4j.onnx.OnnxGraph;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a whole sentence-transformers model directory whose graph is quantized: every config,
 * tokenizer and module file of the source directory is copied (weights in other formats are not),
 * and {@code onnx/model.onnx} is the int8 graph made from the chosen fp32 ONNX file (its weights in
 * {@code onnx/model.onnx_data} beside it, see ExternalData), so the output
 * loads like any model directory.
 */
public final class ModelDirectoryQuantizer {
    /** Where the quantized graph goes, relative to the output directory. */
    public static final Path OUTPUT_ONNX = Path.of("onnx", "model.onnx");
    /** Weight files of other runtimes (and other ONNX graphs) that an int8 copy must not carry. */
    static final Set<String> SKIPPED_EXTENSIONS = Set.of("onnx", "onnx_data", "safetensors", "bin", "h5",
            "msgpack", "ot", "pt", "pth", "ckpt", "tflite", "mlmodel", "gguf");
    static final Set<String> SKIPPED_DIRECTORIES = Set.of("onnx", "openvino", ".git", ".cache");

    private ModelDirectoryQuantizer() {}

    /**
     * @param sourceDir  the fp32 model directory (ST layout)
     * @param sourceOnnx the fp32 graph inside it to quantize
     * @param outDir     a directory that does not exist yet or is empty
     */
    public static QuantizationSummary quantize(Path sourceDir, Path sourceOnnx, Path outDir, QuantizationScheme scheme) {
        return quantize(sourceDir, OnnxGraph.read(sourceOnnx), outDir, scheme, Map.of());
    }

    /**
     * @param sourceGraph the fp32 graph inside {@code sourceDir}, already read
     * @param ranges      the calibrated ranges a static scheme needs ({@link Calibration#measure})
     */
    public static QuantizationSummary quantize(Path sourceDir, OnnxGraph sourceGraph, Path outDir,
            QuantizationScheme scheme, Map<String, ActivationRange> ranges) {
        if (!Files.isDirectory(sourceDir)) {
            throw new IllegalArgumentException("model directory " + sourceDir + " does not exist");
        }
        if (Files.exists(outDir) && !isEmptyDirectory(outDir)) {
            throw new IllegalArgumentException("output directory " + outDir
                    + " exists and is not empty; expected a new or empty directory");
        }
        try {
            Files.createDirectories(outDir);
            copyModelFiles(sourceDir, outDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the model files from " + sourceDir + " to " + outDir + ": "
                    + e, e);
        }
        return EncoderQuantizer.quantize(sourceGraph, outDir.resolve(OUTPUT_ONNX), scheme, ranges);
    }

    /** Copies config, tokenizer and module files, following links (the Hub cache links into blobs). */
    static List<Path> copyModelFiles(Path sourceDir, Path outDir) throws IOException {
        List<Path> copied = new java.util.ArrayList<>();
        try (Stream<Path> walk = Files.walk(sourceDir, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            for (Path p : walk.sorted().toList()) {
                Path rel = sourceDir.relativize(p);
                if (!Files.isRegularFile(p) || skipped(rel)) {
                    continue;
                }
                Path dest = outDir.resolve(rel.toString());
                Files.createDirectories(dest.getParent());
                try {
                    Files.copy(p, dest);
                } catch (FileAlreadyExistsException e) {
                    throw new IOException("output file " + dest + " already exists", e);
                }
                copied.add(rel);
            }
        }
        return copied;
    }

    static boolean skipped(Path rel) {
        for (Path part : rel) {
            if (SKIPPED_DIRECTORIES.contains(part.toString()) && !part.equals(rel.getFileName())) {
                return true;
            }
        }
        String name = rel.getFileName().toString();
        if (name.startsWith(".")) {
            return true; // .gitattributes, a cache's .complete marker: not part of the model
        }
        int dot = name.lastIndexOf('.');
        return dot >= 0 && SKIPPED_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static boolean isEmptyDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
