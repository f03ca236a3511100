package dev.sentence4j.tokenizers.normalizer;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * SentencePiece's {@code precompiled_charsmap}: a uint32 little-endian byte size of the trie, the
 * trie (a Darts-clone double array of uint32 units over UTF-8 bytes), then the replacement
 * strings, each ended by a NUL (sentencepiece normalizer.cc; read as HF's crate spm_precompiled
 * reads it). A trie leaf's value is the byte offset of its replacement in those strings.
 *
 * <p>Immutable. The whole trie is walked once at load time, so a corrupt blob fails there, with
 * what is wrong, rather than in the middle of an encode.
 */
public final class PrecompiledCharsmap {

    private final int[] units; // [trie size / 4] Darts-clone units
    private final Map<Integer, String> replacements; // leaf value -> replacement, every reachable leaf

    private PrecompiledCharsmap(int[] units, Map<Integer, String> replacements) {
        this.units = units;
        this.replacements = replacements;
    }

    /**
     * Parses the decoded blob.
     *
     * @throws IllegalArgumentException naming what is wrong: too short for its trie size, a
     *     replacement string that is not UTF-8, a leaf pointing outside the strings, offsets that
     *     form a cycle
     */
    public static PrecompiledCharsmap parse(byte[] blob) {
        if (blob == null) {
            throw new IllegalArgumentException("blob must not be null");
        }
        if (blob.length < 4) {
            throw new IllegalArgumentException("expected at least 4 bytes (the uint32 trie size), found " + blob.length);
        }
        ByteBuffer in = ByteBuffer.wrap(blob).order(ByteOrder.LITTLE_ENDIAN);
        long trieBytes = Integer.toUnsignedLong(in.getInt());
        // spm_precompiled reads size / 4 units; the remainder, if any, belongs to the strings
        long unitCount = trieBytes / 4;
        if (unitCount == 0 || 4 + unitCount * 4 > blob.length) {
            throw new IllegalArgumentException("truncated trie: the header announces " + trieBytes
                    + " bytes of trie, the blob has " + (blob.length - 4) + " after the header");
        }
        int[] units = new int[(int) unitCount];
        for (int i = 0; i < units.length; i++) {
            units[i] = in.getInt();
        }
        byte[] strings = new byte[in.remaining()];
        in.get(strings);
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(strings));
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the replacement strings after the trie are not valid UTF-8 ("
                    + e.getMessage() + ")");
        }
        return new PrecompiledCharsmap(units, leaves(units, strings));
    }

    /**
     * Depth-first over every node reachable from the root: each leaf's replacement, checked to
     * start inside the strings on a character boundary. Darts-clone builds its double array from
     * a DAWG, so a unit may have several parents and is walked once; but a unit reached again
     * while it is still on the current path means offsets that loop back, which would otherwise
     * be walked forever.
     */
    private static Map<Integer, String> leaves(int[] units, byte[] strings) {
        Map<Integer, String> out = new HashMap<>();
        BitSet onPath = new BitSet(units.length);
        BitSet done = new BitSet(units.length);
        // the path as parallel stacks: [depth] unit (-1 for the root), its children's base, next label
        int[] unitAt = new int[units.length + 1];
        int[] baseAt = new int[units.length + 1];
        int[] labelAt = new int[units.length + 1];
        int depth = 0;
        unitAt[0] = -1;
        baseAt[0] = offset(units[0]);
        labelAt[0] = 1;
        while (depth >= 0) {
            int pos = -1;
            while (labelAt[depth] < 256 && pos < 0) {
                int c = labelAt[depth]++;
                int p = baseAt[depth] ^ c;
                if (p < units.length && label(units[p]) == c && !done.get(p)) {
                    pos = p;
                }
            }
            if (pos < 0) { // all children walked
                if (unitAt[depth] >= 0) {
                    onPath.clear(unitAt[depth]);
                    done.set(unitAt[depth]);
                }
                depth--;
                continue;
            }
            if (onPath.get(pos)) {
                throw new IllegalArgumentException("corrupt trie: cycle at unit " + pos
                        + " (reached again from its own descendants)");
            }
            int childBase = pos ^ offset(units[pos]);
            if (hasLeaf(units[pos])) {
                if (childBase >= units.length) {
                    throw new IllegalArgumentException("corrupt trie: the leaf of unit " + pos + " is at unit "
                            + childBase + ", past the " + units.length + " units");
                }
                int value = value(units[childBase]);
                if (!out.containsKey(value)) {
                    out.put(value, replacementAt(strings, value, pos));
                }
            }
            onPath.set(pos);
            depth++;
            unitAt[depth] = pos;
            baseAt[depth] = childBase;
            labelAt[depth] = 1;
        }
        return Map.copyOf(out);
    }

    private static String replacementAt(byte[] strings, int index, int unit) {
        if (index > strings.length || (index < strings.length && (strings[index] & 0xC0) == 0x80)) {
            throw new IllegalArgumentException("corrupt trie: unit " + unit + " points at byte " + index
                    + " of the " + strings.length + " bytes of replacement strings, "
                    + (index > strings.length ? "past their end" : "inside a character"));
        }
        int end = index;
        while (end < strings.length && strings[end] != 0) {
            end++;
        }
        return new String(strings, index, end - index, StandardCharsets.UTF_8);
    }

    /**
     * The replacement of the SHORTEST prefix of {@code utf8[0, length)} found in the trie, or null
     * (spm_precompiled's transform takes the first of common_prefix_search's results). A NUL byte
     * ends the key.
     */
    public String shortestPrefixReplacement(byte[] utf8, int length) {
        int pos = offset(units[0]);
        for (int i = 0; i < length; i++) {
            int c = utf8[i] & 0xFF;
            if (c == 0) {
                return null;
            }
            pos ^= c;
            if (pos >= units.length || label(units[pos]) != c) {
                return null;
            }
            int unit = units[pos];
            pos ^= offset(unit);
            if (hasLeaf(unit)) {
                return replacements.get(value(units[pos]));
            }
        }
        return null;
    }

    // Darts-clone unit layout (darts.h DoubleArrayUnit)

    private static boolean hasLeaf(int unit) {
        return ((unit >>> 8) & 1) == 1;
    }

    private static int value(int unit) {
        return unit & 0x7FFFFFFF;
    }

    private static int label(int unit) {
        return unit & 0x800000FF; // a leaf unit's high bit makes it match no byte
    }

    private static int offset(int unit) {
        return (unit >>> 10) << ((unit & (1 << 9)) >>> 6);
    }
}
