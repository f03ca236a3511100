package dev.sentence4j.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What Linux says about this machine and this process: CPU model, load average, peak RSS. */
public final class Machine {
    private static final Path CPUINFO = Path.of("/proc/cpuinfo");
    private static final Path LOADAVG = Path.of("/proc/loadavg");
    private static final Path SELF_STATUS = Path.of("/proc/self/status");

    private Machine() {}

    /** The "model name" of the first CPU in /proc/cpuinfo, or os.arch where there is none. */
    public static String cpuModel() {
        for (String line : readLines(CPUINFO)) {
            if (line.startsWith("model name")) {
                return line.substring(line.indexOf(':') + 1).strip();
            }
        }
        return System.getProperty("os.arch");
    }

    /** The CPU flags that matter to ONNX Runtime's kernels, those of them this CPU has. */
    public static List<String> cpuFeatures() {
        for (String line : readLines(CPUINFO)) {
            if (line.startsWith("flags")) {
                List<String> flags = List.of(line.substring(line.indexOf(':') + 1).strip().split("\\s+"));
                return List.of("avx2", "fma", "avx512f", "avx512_vnni", "avx512_bf16", "avx_vnni", "amx_tile").stream()
                        .filter(flags::contains).toList();
            }
        }
        return List.of();
    }

    public static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** The 1, 5 and 15 minute load averages. */
    public static double[] loadAverage() {
        List<String> lines = readLines(LOADAVG);
        if (lines.isEmpty()) {
            return new double[] {-1, -1, -1};
        }
        String[] f = lines.get(0).split("\\s+");
        return new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2])};
    }

    public static String formatLoad(double[] load) {
        return String.format(Locale.ROOT, "%.2f %.2f %.2f", load[0], load[1], load[2]);
    }

    /** Peak resident set size of this process (VmHWM) in KiB, or -1 off Linux. */
    public static long peakRssKiB() {
        return statusField("VmHWM:");
    }

    /** Current resident set size of this process (VmRSS) in KiB, or -1 off Linux. */
    public static long rssKiB() {
        return statusField("VmRSS:");
    }

    private static long statusField(String key) {
        for (String line : readLines(SELF_STATUS)) {
            if (line.startsWith(key)) {
                // "VmHWM:	  123456 kB"
                return Long.parseLong(line.substring(key.length()).replace("kB", "").strip());
            }
        }
        return -1;
    }

    private static List<String> readLines(Path file) {
        if (!Files.isReadable(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
