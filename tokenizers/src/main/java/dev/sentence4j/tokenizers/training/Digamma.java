package dev.sentence4j.tokenizers.training;

/**
 * The digamma function ψ(x) = d/dx ln Γ(x), for x &gt; 0, as SentencePiece's unigram trainer and HF
 * (models/unigram/trainer.rs) compute it: the recurrence ψ(x) = ψ(x + 1) - 1/x up to x &ge; 7, then
 * the asymptotic series of ψ(x + 1/2) in powers of 1/x (absolute error below 1e-10 there).
 */
final class Digamma {

    private Digamma() {
    }

    static double of(double x) {
        if (!(x > 0)) {
            throw new IllegalArgumentException("digamma is computed for x > 0 only, found " + x);
        }
        double result = 0.0;
        while (x < 7.0) {
            result -= 1.0 / x;
            x += 1.0;
        }
        x -= 0.5;
        double xx = 1.0 / x;
        double xx2 = xx * xx;
        double xx4 = xx2 * xx2;
        return result + Math.log(x) + xx2 / 24.0 - 7.0 / 960.0 * xx4 + 31.0 / 8064.0 * xx4 * xx2
                - 127.0 / 30720.0 * xx4 * xx4;
    }
}
