package dev.sentence4j.common.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NpyWriterTest {
    @Test
    void headerIsTheOneNumpyWritesForA2x3Float32Array() throws Exception {
        // numpy.save of np.zeros((2, 3), dtype='<f4') writes this exact 128-byte header:
        // magic + v1.0 + len 118, dict padded with spaces to 127 bytes, then '\n'.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NpyWriter.writeFloat32(out, new float[] {1, 2, 3, 4, 5, 6}, 2, 3);
        byte[] b = out.toByteArray();
        assertThat(b).hasSize(128 + 6 * 4);
        assertThat(b[0] & 0xFF).isEqualTo(0x93);
        assertThat(new String(b, 1, 5, StandardCharsets.US_ASCII)).isEqualTo("NUMPY");
        assertThat((b[8] & 0xFF) | (b[9] & 0xFF) << 8).isEqualTo(118);
        String header = new String(b, 10, 118, StandardCharsets.US_ASCII);
        assertThat(header).startsWith("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }").endsWith(" \n");
        // 1.0f little-endian
        assertThat(new byte[] {b[128], b[129], b[130], b[131]}).containsExactly(0, 0, (byte) 0x80, 0x3F);
    }
}
