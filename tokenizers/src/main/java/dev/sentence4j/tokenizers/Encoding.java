package dev.sentence4j.tokenizers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The output of a {@link Tokenizer}: one entry per token in every array. Immutable; the array
 * accessors return copies.
 *
 * <p>Offsets are UTF-16 indices into the original string ({@code text.substring(start, end)}),
 * {@code [0, 0]} for special and pad tokens. HF (and so Python) counts in code points instead;
 * {@link #codePointOffsets(String)} converts.
 */
public final class Encoding {

    private final int[] ids;
    private final int[] typeIds;
    private final String[] tokens;
    private final int[] wordIds; // -1 for none
    private final int[] offsets; // [2 * n] start, end
    private final int[] specialTokensMask;
    private final int[] attentionMask;
    private final int[] sequenceIds; // -1 for special and pad tokens
    private final List<Encoding> overflowing;

    private Encoding(int[] ids, int[] typeIds, String[] tokens, int[] wordIds, int[] offsets,
                     int[] specialTokensMask, int[] attentionMask, int[] sequenceIds, List<Encoding> overflowing) {
        this.ids = ids;
        this.typeIds = typeIds;
        this.tokens = tokens;
        this.wordIds = wordIds;
        this.offsets = offsets;
        this.specialTokensMask = specialTokensMask;
        this.attentionMask = attentionMask;
        this.sequenceIds = sequenceIds;
        this.overflowing = overflowing;
    }

    /**
     * Builds an encoding; arrays are taken as they are (not copied) and must all have the same
     * length n ({@code offsets} 2n).
     */
    public static Encoding of(int[] ids, int[] typeIds, String[] tokens, int[] wordIds, int[] offsets,
                              int[] specialTokensMask, int[] attentionMask, int[] sequenceIds,
                              List<Encoding> overflowing) {
        int n = ids.length;
        if (typeIds.length != n || tokens.length != n || wordIds.length != n || offsets.length != 2 * n
                || specialTokensMask.length != n || attentionMask.length != n || sequenceIds.length != n) {
            throw new IllegalArgumentException("encoding arrays differ in length: ids " + n + ", typeIds "
                    + typeIds.length + ", tokens " + tokens.length + ", wordIds " + wordIds.length
                    + ", offsets " + offsets.length + "/2, specialTokensMask " + specialTokensMask.length
                    + ", attentionMask " + attentionMask.length);
        }
        return new Encoding(ids, typeIds, tokens, wordIds, offsets, specialTokensMask, attentionMask, sequenceIds,
                List.copyOf(Objects.requireNonNull(overflowing, "overflowing")));
    }

    /** Special tokens (mask 1, no word, offsets 0,0) with one type id. */
    public static Encoding special(int[] ids, String[] tokens, int typeId) {
        int n = ids.length;
        int[] typeIds = new int[n];
        Arrays.fill(typeIds, typeId);
        int[] words = new int[n];
        Arrays.fill(words, -1);
        int[] ones = new int[n];
        Arrays.fill(ones, 1);
        return new Encoding(ids.clone(), typeIds, tokens.clone(), words, new int[2 * n], ones, ones.clone(),
                words.clone(), List.of());
    }

    static final Encoding EMPTY = new Encoding(new int[0], new int[0], new String[0], new int[0], new int[0],
            new int[0], new int[0], new int[0], List.of());

    public int[] ids() {
        return ids.clone();
    }

    public int[] typeIds() {
        return typeIds.clone();
    }

    public String[] tokens() {
        return tokens.clone();
    }

    /** Word index of each token within its sequence, -1 for special and pad tokens. */
    public int[] wordIds() {
        return wordIds.clone();
    }

    /** Flat {@code [2 * length]}: start, end of each token in the original string (UTF-16 indices). */
    public int[] offsets() {
        return offsets.clone();
    }

    public int[] specialTokensMask() {
        return specialTokensMask.clone();
    }

    public int[] attentionMask() {
        return attentionMask.clone();
    }

    /** Which input each token comes from: 0 (first text), 1 (second of a pair), -1 (special or pad). */
    public int[] sequenceIds() {
        return sequenceIds.clone();
    }

    /** The same encoding with every sequence id set to {@code sequenceId}. */
    public Encoding withSequenceId(int sequenceId) {
        int[] s = new int[ids.length];
        Arrays.fill(s, sequenceId);
        List<Encoding> over = new ArrayList<>(overflowing.size());
        for (Encoding o : overflowing) {
            over.add(o.withSequenceId(sequenceId));
        }
        return new Encoding(ids, typeIds, tokens, wordIds, offsets, specialTokensMask, attentionMask, s,
                List.copyOf(over));
    }

    public int length() {
        return ids.length;
    }

    // Single positions, without copying an array: the encoder reads every row of every batch
    // through these (the array accessors above clone, since an Encoding is immutable).

    /** The id at position {@code i}. */
    public int idAt(int i) {
        return ids[i];
    }

    /** The type id at position {@code i}. */
    public int typeIdAt(int i) {
        return typeIds[i];
    }

    /** The attention mask at position {@code i}: 1 for a real token, 0 for padding. */
    public int attentionMaskAt(int i) {
        return attentionMask[i];
    }

    /** The token at position {@code i}. */
    public String tokenAt(int i) {
        return tokens[i];
    }

    /** The parts cut off by truncation, each processed like the main one (special tokens, padding). */
    public List<Encoding> overflowing() {
        return overflowing;
    }

    /**
     * The offsets counted in code points of {@code original} (the string that was encoded), as HF
     * and Python report them.
     */
    public int[] codePointOffsets(String original) {
        int[] out = new int[offsets.length];
        for (int i = 0; i < offsets.length; i++) {
            out[i] = original.codePointCount(0, Math.min(offsets[i], original.length()));
        }
        return out;
    }

    // ---- operations used by the pipeline; each returns a new Encoding ----

    /** The same encoding with every type id set to {@code typeId}. */
    public Encoding withTypeId(int typeId) {
        int[] t = new int[ids.length];
        Arrays.fill(t, typeId);
        List<Encoding> over = new ArrayList<>(overflowing.size());
        for (Encoding o : overflowing) {
            over.add(o.withTypeId(typeId));
        }
        return new Encoding(ids, t, tokens, wordIds, offsets, specialTokensMask, attentionMask, sequenceIds,
                List.copyOf(over));
    }

    /** The same encoding with new offsets and overflowing. */
    public Encoding withOffsets(int[] newOffsets, List<Encoding> newOverflowing) {
        return new Encoding(ids, typeIds, tokens, wordIds, newOffsets, specialTokensMask, attentionMask, sequenceIds,
                List.copyOf(newOverflowing));
    }

    /** The same encoding with other overflowing encodings. */
    public Encoding withOverflowing(List<Encoding> newOverflowing) {
        return new Encoding(ids, typeIds, tokens, wordIds, offsets, specialTokensMask, attentionMask, sequenceIds,
                List.copyOf(newOverflowing));
    }

    /** Raw offsets, not copied: callers must not modify. */
    public int[] rawOffsets() {
        return offsets;
    }

    /** Raw tokens, not copied: callers must not modify. */
    public String[] rawTokens() {
        return tokens;
    }

    /** Raw ids, not copied: callers must not modify. */
    int[] rawIds() {
        return ids;
    }

    /**
     * Concatenates encodings in order, combining their overflowing parts as HF's
     * Encoding::merge does (each overflowing part of one with the rest of the others).
     */
    public static Encoding merge(List<Encoding> encodings) {
        if (encodings.stream().allMatch(e -> e.overflowing.isEmpty())) {
            return concatAll(encodings);
        }
        Encoding result = EMPTY;
        for (Encoding e : encodings) {
            result = result.mergeWith(e);
        }
        return result;
    }

    /**
     * The parts end to end, each array copied once: a template's [CLS] $A [SEP] would otherwise
     * copy $A's eight arrays twice, once per pairwise merge, for every text encoded.
     */
    private static Encoding concatAll(List<Encoding> parts) {
        if (parts.size() <= 1) {
            return parts.isEmpty() ? EMPTY : parts.get(0);
        }
        int n = 0;
        for (Encoding e : parts) {
            n += e.ids.length;
        }
        Encoding out = new Encoding(new int[n], new int[n], new String[n], new int[n], new int[2 * n], new int[n],
                new int[n], new int[n], List.of());
        int at = 0;
        for (Encoding e : parts) {
            int len = e.ids.length;
            System.arraycopy(e.ids, 0, out.ids, at, len);
            System.arraycopy(e.typeIds, 0, out.typeIds, at, len);
            System.arraycopy(e.tokens, 0, out.tokens, at, len);
            System.arraycopy(e.wordIds, 0, out.wordIds, at, len);
            System.arraycopy(e.offsets, 0, out.offsets, 2 * at, 2 * len);
            System.arraycopy(e.specialTokensMask, 0, out.specialTokensMask, at, len);
            System.arraycopy(e.attentionMask, 0, out.attentionMask, at, len);
            System.arraycopy(e.sequenceIds, 0, out.sequenceIds, at, len);
            at += len;
        }
        return out;
    }

    /** HF merge_with with growing_offsets false. */
    public Encoding mergeWith(Encoding pair) {
        List<Encoding> over = new ArrayList<>();
        for (Encoding selfO : overflowing) {
            over.add(selfO.mergeWith(pair));
            for (Encoding otherO : pair.overflowing) {
                over.add(selfO.mergeWith(otherO));
            }
        }
        for (Encoding otherO : pair.overflowing) {
            over.add(this.mergeWith(otherO));
        }
        return new Encoding(concat(ids, pair.ids), concat(typeIds, pair.typeIds), concat(tokens, pair.tokens),
                concat(wordIds, pair.wordIds), concat(offsets, pair.offsets),
                concat(specialTokensMask, pair.specialTokensMask), concat(attentionMask, pair.attentionMask),
                concat(sequenceIds, pair.sequenceIds), List.copyOf(over));
    }

    /** HF Encoding::truncate: keeps {@code maxLength} tokens, the rest go to overflowing windows. */
    public Encoding truncate(int maxLength, int stride, Direction direction) {
        int n = ids.length;
        if (maxLength >= n) {
            return this;
        }
        if (maxLength == 0) {
            return new Encoding(new int[0], new int[0], new String[0], new int[0], new int[0], new int[0],
                    new int[0], new int[0], List.of(this));
        }
        if (stride >= maxLength) {
            throw new IllegalArgumentException("truncation stride (" + stride + ") must be less than the"
                    + " length left for the sequence (" + maxLength + ", special tokens excluded)");
        }
        int step = maxLength - stride;
        List<int[]> parts = new ArrayList<>();
        if (direction == Direction.RIGHT) {
            for (int start = 0; start < n; start += step) {
                int stop = Math.min(start + maxLength, n);
                parts.add(new int[] {start, stop});
                if (stop == n) {
                    break;
                }
            }
        } else {
            for (int last = n - 1; last >= 0; last -= step) {
                int stop = last + 1;
                int start = Math.max(0, stop - maxLength);
                parts.add(new int[] {start, stop});
                if (start == 0) {
                    break;
                }
            }
        }
        List<Encoding> over = new ArrayList<>(parts.size() - 1);
        for (int i = 1; i < parts.size(); i++) {
            over.add(slice(parts.get(i)[0], parts.get(i)[1], List.of()));
        }
        return slice(parts.get(0)[0], parts.get(0)[1], over);
    }

    private Encoding slice(int start, int stop, List<Encoding> over) {
        return new Encoding(Arrays.copyOfRange(ids, start, stop), Arrays.copyOfRange(typeIds, start, stop),
                Arrays.copyOfRange(tokens, start, stop), Arrays.copyOfRange(wordIds, start, stop),
                Arrays.copyOfRange(offsets, 2 * start, 2 * stop), Arrays.copyOfRange(specialTokensMask, start, stop),
                Arrays.copyOfRange(attentionMask, start, stop), Arrays.copyOfRange(sequenceIds, start, stop),
                List.copyOf(over));
    }

    /** HF Encoding::pad: pads this and every overflowing encoding to {@code target}. */
    public Encoding pad(int target, int padId, int padTypeId, String padToken, Direction direction) {
        List<Encoding> over = overflowing;
        if (!overflowing.isEmpty()) {
            List<Encoding> padded = new ArrayList<>(overflowing.size());
            for (Encoding o : overflowing) {
                padded.add(o.pad(target, padId, padTypeId, padToken, direction));
            }
            over = List.copyOf(padded);
        }
        int n = ids.length;
        if (n >= target) {
            return over == overflowing ? this : withOverflowing(over);
        }
        int pad = target - n;
        int at = direction == Direction.LEFT ? 0 : n; // where the pad block starts
        int from = direction == Direction.LEFT ? pad : 0; // where the content starts
        int[] newIds = new int[target];
        int[] newTypes = new int[target];
        String[] newTokens = new String[target];
        int[] newWords = new int[target];
        int[] newOffsets = new int[2 * target];
        int[] newSpecial = new int[target];
        int[] newAttention = new int[target];
        int[] newSequence = new int[target];
        System.arraycopy(ids, 0, newIds, from, n);
        System.arraycopy(typeIds, 0, newTypes, from, n);
        System.arraycopy(tokens, 0, newTokens, from, n);
        System.arraycopy(wordIds, 0, newWords, from, n);
        System.arraycopy(offsets, 0, newOffsets, 2 * from, 2 * n);
        System.arraycopy(specialTokensMask, 0, newSpecial, from, n);
        System.arraycopy(attentionMask, 0, newAttention, from, n);
        System.arraycopy(sequenceIds, 0, newSequence, from, n);
        for (int i = at; i < at + pad; i++) {
            newIds[i] = padId;
            newTypes[i] = padTypeId;
            newTokens[i] = padToken;
            newWords[i] = -1;
            newSpecial[i] = 1;
            newAttention[i] = 0;
            newSequence[i] = -1;
        }
        return new Encoding(newIds, newTypes, newTokens, newWords, newOffsets, newSpecial, newAttention, newSequence,
                over);
    }

    private static int[] concat(int[] a, int[] b) {
        if (a.length == 0) {
            return b;
        }
        if (b.length == 0) {
            return a;
        }
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String[] concat(String[] a, String[] b) {
        if (a.length == 0) {
            return b;
        }
        if (b.length == 0) {
            return a;
        }
        String[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Encoding e && Arrays.equals(ids, e.ids) && Arrays.equals(typeIds, e.typeIds)
                && Arrays.equals(tokens, e.tokens) && Arrays.equals(wordIds, e.wordIds)
                && Arrays.equals(offsets, e.offsets) && Arrays.equals(specialTokensMask, e.specialTokensMask)
                && Arrays.equals(attentionMask, e.attentionMask) && overflowing.equals(e.overflowing);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ids) * 31 + Arrays.hashCode(offsets);
    }

    @Override
    public String toString() {
        return "Encoding[ids=" + Arrays.toString(ids) + ", tokens=" + Arrays.toString(tokens) + ", offsets="
                + Arrays.toString(offsets) + (overflowing.isEmpty() ? "" : ", overflowing=" + overflowing.size()) + "]";
    }
}
