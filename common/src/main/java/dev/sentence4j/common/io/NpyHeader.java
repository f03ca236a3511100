package dev.sentence4j.common.io;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header of a 2-D NumPy .npy file (format version 1.0, C order), as numpy.lib.format writes
 * it: magic, version, a little-endian u16 length, then a Python dict literal padded with spaces
 * to a multiple of 64 bytes and ended by a newline.
 *
 * @param descr '&lt;f4' (float32), '|i1' (int8) or '|u1' (uint8)
 */
public record NpyHeader(String descr, long rows, int columns) {
    private static final Pattern DICT = Pattern.compile(
            "\\{\\s*'descr':\\s*'([^']+)',\\s*'fortran_order':\\s*(True|False),\\s*'shape':\\s*\\((\\d+),\\s*(\\d+)\\),?\\s*}");

    public NpyHeader {
        if (!descr.equals("<f4") && !descr.equals("|i1") && !descr.equals("|u1")) {
            throw new IllegalArgumentException("npy dtype must be <f4, |i1 or |u1, found " + descr);
        }
        if (rows < 0 || columns < 0) {
            throw new IllegalArgumentException("npy shape must be non-negative, found (" + rows + ", " + columns + ")");
        }
    }

    public int bytesPerValue() {
        return descr.equals("<f4") ? 4 : 1;
    }

    public long dataBytes() {
        return rows * columns * bytesPerValue();
    }

    public void write(OutputStream out) throws IOException {
        String dict = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': (" + rows + ", " + columns + "), }";
        int preamble = 6 + 2 + 2; // magic, version, header length
        int total = preamble + dict.length() + 1;
        int padded = (total + 63) / 64 * 64;
        byte[] header = (dict + " ".repeat(padded - total) + "\n").getBytes(StandardCharsets.US_ASCII);
        out.write(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0});
        out.write(header.length & 0xFF);
        out.write((header.length >>> 8) & 0xFF);
        out.write(header);
    }

    /** Reads a header, leaving {@code in} at the first data byte. {@code file} names the source in errors. */
    public static NpyHeader read(InputStream in, Path file) throws IOException {
        DataInputStream data = new DataInputStream(in);
        byte[] magic = new byte[8];
        data.readFully(magic);
        if ((magic[0] & 0xFF) != 0x93 || magic[1] != 'N' || magic[2] != 'U' || magic[3] != 'M' || magic[4] != 'P' || magic[5] != 'Y') {
            throw new IllegalArgumentException(file + ": not a .npy file (expected the magic \\x93NUMPY at byte 0)");
        }
        int length;
        if (magic[6] == 1) {
            length = (data.readUnsignedByte()) | (data.readUnsignedByte() << 8);
        } else if (magic[6] == 2 || magic[6] == 3) {
            length = data.readUnsignedByte() | (data.readUnsignedByte() << 8) | (data.readUnsignedByte() << 16)
                    | (data.readUnsignedByte() << 24);
        } else {
            throw new IllegalArgumentException(file + ": npy format version " + magic[6] + " is not supported (expected 1, 2 or 3)");
        }
        byte[] dictBytes = new byte[length];
        data.readFully(dictBytes);
        String dict = new String(dictBytes, StandardCharsets.ISO_8859_1).trim();
        Matcher m = DICT.matcher(dict);
        if (!m.matches()) {
            throw new IllegalArgumentException(file + ": expected a 2-D array header {'descr', 'fortran_order', 'shape': (rows, dim)}, found " + dict);
        }
        if (m.group(2).equals("True")) {
            throw new IllegalArgumentException(file + ": fortran_order True is not supported; save with np.ascontiguousarray");
        }
        return new NpyHeader(m.group(1), Long.parseLong(m.group(3)), Integer.parseInt(m.group(4)));
    }
}
