package dev.sentence4j.tokenizers;

/** HF utils/truncation.rs truncate_encodings: how a single sequence or a pair is cut. */
final class Truncations {

    private Truncations() {
    }

    /** Returns {a, b} truncated to {@code maxLength} tokens in total (b may be null). */
    static Encoding[] truncate(Encoding a, Encoding b, int maxLength, Truncation params) {
        int stride = params.stride();
        Direction direction = params.direction();
        if (maxLength == 0) {
            return new Encoding[] {a.truncate(0, stride, direction), b == null ? null : b.truncate(0, stride, direction)};
        }
        int total = a.length() + (b == null ? 0 : b.length());
        if (total <= maxLength) {
            return new Encoding[] {a, b};
        }
        int toRemove = total - maxLength;
        switch (params.strategy()) {
            case LONGEST_FIRST -> {
                if (b == null) {
                    return new Encoding[] {a.truncate(total - toRemove, stride, direction), null};
                }
                int n1 = a.length();
                int n2 = b.length();
                boolean swap = false;
                if (n1 > n2) {
                    swap = true;
                    int t = n1;
                    n1 = n2;
                    n2 = t;
                }
                if (n1 > maxLength) {
                    n2 = n1;
                } else {
                    n2 = Math.max(n1, maxLength - n1);
                }
                if (n1 + n2 > maxLength) {
                    n1 = maxLength / 2;
                    n2 = n1 + maxLength % 2;
                }
                if (swap) {
                    int t = n1;
                    n1 = n2;
                    n2 = t;
                }
                return new Encoding[] {a.truncate(n1, stride, direction), b.truncate(n2, stride, direction)};
            }
            case ONLY_FIRST, ONLY_SECOND -> {
                boolean first = params.strategy() == TruncationStrategy.ONLY_FIRST;
                if (!first && b == null) {
                    throw new IllegalArgumentException("truncation strategy ONLY_SECOND needs a pair, got a single sequence");
                }
                Encoding target = first ? a : b;
                if (target.length() <= toRemove) {
                    throw new IllegalArgumentException("truncation strategy " + params.strategy() + ": the "
                            + (first ? "first" : "second") + " sequence has " + target.length()
                            + " tokens, too few to remove " + toRemove + " and fit max length " + maxLength);
                }
                Encoding cut = target.truncate(target.length() - toRemove, stride, direction);
                return first ? new Encoding[] {cut, b} : new Encoding[] {a, cut};
            }
            default -> throw new IllegalStateException("unknown strategy " + params.strategy());
        }
    }
}
