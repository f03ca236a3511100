package dev.sentence4j.corpus.encode;

import dev.sentence4j.common.io.DurableFiles;
import dev.sentence4j.common.io.NpyHeader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Concatenates a finished job's chunks into one file, streaming (memory stays one buffer):
 * {@code embeddings.npy}, a [N, dim] matrix, or {@code embeddings.jsonl}. Written atomically.
 */
public final class ChunkMerger {
    private ChunkMerger() {}

    /** The merged file's name for a format. */
    public static String mergedName(ChunkFormat format) {
        return "embeddings." + format.extension();
    }

    /** Merges the chunks {@code manifest} lists in {@code dir}; returns the merged file. */
    public static Path merge(Path dir, Manifest manifest) throws IOException {
        ChunkFormat format = ChunkFormat.parse(manifest.chunkFormat());
        Path target = dir.resolve(mergedName(format));
        if (format == ChunkFormat.JSONL) {
            DurableFiles.write(target, out -> {
                for (ChunkEntry c : manifest.chunks()) {
                    Files.copy(dir.resolve(c.file()), out);
                }
            });
            return target;
        }
        String descr = null;
        int columns = -1;
        for (ChunkEntry c : manifest.chunks()) {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(dir.resolve(c.file())))) {
                NpyHeader h = NpyHeader.read(in, dir.resolve(c.file()));
                if (descr == null) {
                    descr = h.descr();
                    columns = h.columns();
                } else if (!descr.equals(h.descr()) || columns != h.columns()) {
                    throw new IllegalArgumentException(dir.resolve(c.file()) + ": dtype/columns " + h.descr() + "/" + h.columns()
                            + " differ from the first chunk's " + descr + "/" + columns);
                }
                if (h.rows() != c.rows()) {
                    throw new IllegalArgumentException(dir.resolve(c.file()) + ": " + h.rows()
                            + " rows, the manifest says " + c.rows());
                }
            }
        }
        NpyHeader merged = new NpyHeader(descr == null ? "<f4" : descr, manifest.rows(),
                columns < 0 ? manifest.dimension() : columns);
        DurableFiles.write(target, out -> {
            merged.write(out);
            byte[] buf = new byte[1 << 16];
            for (ChunkEntry c : manifest.chunks()) {
                Path file = dir.resolve(c.file());
                try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                    NpyHeader h = NpyHeader.read(in, file);
                    long left = h.dataBytes();
                    while (left > 0) {
                        int n = in.read(buf, 0, (int) Math.min(buf.length, left));
                        if (n < 0) {
                            throw new IllegalArgumentException(file + ": ends " + left + " bytes before its header's shape says");
                        }
                        out.write(buf, 0, n);
                        left -= n;
                    }
                }
            }
        });
        return target;
    }
}
