package dev.sentence4j.cli;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A test-side reader of .npy headers, written from numpy's format spec (numpy/lib/format.py). */
record Npy(String descr, int[] shape, int dataOffset) {
    static Npy parse(byte[] b) {
        if ((b[0] & 0xFF) != 0x93 || !new String(b, 1, 5, StandardCharsets.US_ASCII).equals("NUMPY")) {
            throw new AssertionError("not an npy file");
        }
        if (b[6] != 1 || b[7] != 0) {
            throw new AssertionError("expected version 1.0, got " + b[6] + "." + b[7]);
        }
        int headerLen = (b[8] & 0xFF) | ((b[9] & 0xFF) << 8);
        String header = new String(b, 10, headerLen, StandardCharsets.US_ASCII);
        if (!header.endsWith("\n")) {
            throw new AssertionError("header must end with a newline: " + header);
        }
        Matcher d = Pattern.compile("'descr': '([^']+)'").matcher(header);
        Matcher s = Pattern.compile("'shape': \\(([^)]*)\\)").matcher(header);
        if (!d.find() || !s.find() || !header.contains("'fortran_order': False")) {
            throw new AssertionError("unexpected header: " + header);
        }
        int[] shape = Arrays.stream(s.group(1).split(",")).map(String::trim).filter(x -> !x.isEmpty())
            .mapToInt(Integer::parseInt).toArray();
        return new Npy(d.group(1), shape, 10 + headerLen);
    }
}
