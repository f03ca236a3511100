package dev.sentence4j.tokenizers;

import java.util.Objects;

/**
 * Padding settings (tokenizer.json {@code padding}; HF PaddingParams).
 *
 * @param strategy LONGEST (pad to the longest of the batch) or FIXED (to {@code fixedLength})
 * @param fixedLength the length for FIXED; ignored for LONGEST
 * @param direction where pad tokens go
 * @param padToMultipleOf if not null, the padded length is rounded up to a multiple of it
 * @param padId id of the pad token
 * @param padTypeId type id given to pad tokens
 * @param padToken the pad token string
 */
public record Padding(PaddingStrategy strategy, int fixedLength, Direction direction, Integer padToMultipleOf,
                      int padId, int padTypeId, String padToken) {

    public Padding {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(padToken, "padToken");
        if (fixedLength < 0) {
            throw new IllegalArgumentException("fixedLength must be >= 0, got " + fixedLength);
        }
        if (padToMultipleOf != null && padToMultipleOf <= 0) {
            throw new IllegalArgumentException("padToMultipleOf must be > 0 or null, got " + padToMultipleOf);
        }
    }

    /** Pad to the longest of the batch, on the right, with [PAD] id 0: HF's defaults. */
    public static Padding longest() {
        return new Padding(PaddingStrategy.LONGEST, 0, Direction.RIGHT, null, 0, 0, "[PAD]");
    }

    /** Pad to {@code length}, on the right, with [PAD] id 0. */
    public static Padding fixed(int length) {
        return new Padding(PaddingStrategy.FIXED, length, Direction.RIGHT, null, 0, 0, "[PAD]");
    }

    public Padding withPadToMultipleOf(Integer multiple) {
        return new Padding(strategy, fixedLength, direction, multiple, padId, padTypeId, padToken);
    }

    public Padding withDirection(Direction newDirection) {
        return new Padding(strategy, fixedLength, newDirection, padToMultipleOf, padId, padTypeId, padToken);
    }

    public Padding withPadToken(int id, String token) {
        return new Padding(strategy, fixedLength, direction, padToMultipleOf, id, padTypeId, token);
    }

    /** The length one encoding of length {@code longest} is padded to. */
    int targetLength(int longest) {
        int target = strategy == PaddingStrategy.FIXED ? fixedLength : longest;
        if (padToMultipleOf != null && padToMultipleOf > 0 && target % padToMultipleOf != 0) {
            target += padToMultipleOf - target % padToMultipleOf;
        }
        return target;
    }
}
