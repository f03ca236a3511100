package dev.sentence4j.tokenizers.unicode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Canonical_Combining_Class of a code point. The JDK has no public API for it, so it comes from
 * the table {@code ccc.txt} generated from UnicodeData.txt (scripts/generate-ccc.py).
 */
public final class CombiningClass {

    private static final String TABLE = "ccc.txt";
    private static final byte[] BMP = new byte[0x10000];
    private static final int[] ASTRAL; // [3 * k]: first, last, class

    static {
        int[] astral = new int[3 * 64];
        int astralCount = 0;
        try (InputStream in = CombiningClass.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource "
                        + CombiningClass.class.getPackageName().replace('.', '/') + "/" + TABLE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.trim().split(" ");
                int first = Integer.parseInt(f[0], 16);
                int last = Integer.parseInt(f[1], 16);
                int ccc = Integer.parseInt(f[2]);
                if (last < 0x10000) {
                    for (int cp = first; cp <= last; cp++) {
                        BMP[cp] = (byte) ccc;
                    }
                } else {
                    if (3 * astralCount + 3 > astral.length) {
                        astral = java.util.Arrays.copyOf(astral, astral.length * 2);
                    }
                    astral[3 * astralCount] = first;
                    astral[3 * astralCount + 1] = last;
                    astral[3 * astralCount + 2] = ccc;
                    astralCount++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + TABLE, e);
        }
        ASTRAL = java.util.Arrays.copyOf(astral, 3 * astralCount);
    }

    private CombiningClass() {
    }

    /** The canonical combining class of {@code cp} (0 for starters). */
    public static int of(int cp) {
        if (cp < 0x10000) {
            return BMP[cp] & 0xFF;
        }
        for (int i = 0; i < ASTRAL.length; i += 3) {
            if (cp < ASTRAL[i]) {
                return 0;
            }
            if (cp <= ASTRAL[i + 1]) {
                return ASTRAL[i + 2];
            }
        }
        return 0;
    }
}
