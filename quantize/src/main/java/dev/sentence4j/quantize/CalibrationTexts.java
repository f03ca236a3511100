package dev.sentence4j.quantize;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The texts a static scheme is calibrated on: the built-in English set, or a user's file. */
public final class CalibrationTexts {
    static final String RESOURCE = "dev/sentence4j/quantize/calibration-texts.txt";

    private CalibrationTexts() {}

    /** 224 English lines of mixed lengths (quantize/calibration/README.md says where from). */
    public static List<String> defaults() {
        try (InputStream in = CalibrationTexts.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the sentence4j-quantize jar");
            }
            return nonBlank(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + RESOURCE + ": " + e, e);
        }
    }

    /** One text per non-blank line of a UTF-8 file. */
    public static List<String> read(Path file) {
        List<String> texts;
        try {
            texts = nonBlank(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalArgumentException("calibration file " + file + " does not exist", e);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalArgumentException("calibration file " + file
                    + ": expected UTF-8 text, one text per line, found bytes that are not UTF-8", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("calibration file " + file + ": cannot read it (" + e + ")", e);
        }
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("calibration file " + file
                    + ": expected one text per line, found no non-blank line");
        }
        return texts;
    }

    private static List<String> nonBlank(List<String> lines) {
        return lines.stream().filter(l -> !l.isBlank()).toList();
    }
}
