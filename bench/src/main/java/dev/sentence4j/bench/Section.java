package dev.sentence4j.bench;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The parts of a bench run, as named on the command line. */
public enum Section {
    /** Encode the corpus end to end: sentences/s and tokens/s, ours and the peers'. */
    THROUGHPUT,
    /** One sentence at a time: p50 and p99 latency. */
    LATENCY,
    /** Tokenizer tokens/s, ours against HF tokenizers via DJL, single-threaded and batched. */
    TOKENIZER,
    /** Peak RSS (VmHWM) of each configuration, each in its own JVM. */
    RSS,
    /** Our throughput over batch sizes and intra-op thread counts. */
    SCALING,
    /** STS-B Spearman of the int8 model against fp32. */
    STS;

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "throughput,latency"; an unknown name is an error listing the valid ones. */
    public static Set<Section> parseList(String list) {
        Set<Section> out = EnumSet.noneOf(Section.class);
        for (String part : list.split(",")) {
            String name = part.strip();
            if (name.isEmpty()) {
                continue;
            }
            out.add(Arrays.stream(values()).filter(s -> s.cliName().equals(name.toLowerCase(Locale.ROOT))).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown section \"" + name + "\"; valid: " + validNames())));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no section given; valid: " + validNames());
        }
        return out;
    }

    public static String validNames() {
        return Arrays.stream(values()).map(Section::cliName).collect(Collectors.joining(","));
    }
}
