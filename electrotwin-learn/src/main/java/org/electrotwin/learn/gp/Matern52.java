package org.electrotwin.learn.gp;

/**
 * Matérn ν = 5/2 correlation, k(r) = (1 + √5 r + 5r²/3) exp(−√5 r), r the ARD-scaled distance
 * (Rasmussen &amp; Williams 2006, "Gaussian Processes for Machine Learning", eq. 4.17).
 */
final class Matern52 {
    static final double SQRT5 = Math.sqrt(5);

    private Matern52() {
    }

    /** k(r) for r ≥ 0. */
    static double correlation(double r) {
        double s = SQRT5 * r;
        return (1 + s + s * s / 3) * Math.exp(-s);
    }

    /**
     * −(1/r) dk/dr = (5/3)(1 + √5 r) exp(−√5 r): finite at r = 0, and the common factor of every
     * derivative with respect to a coordinate or a log length scale.
     */
    static double derivativeFactor(double r) {
        double s = SQRT5 * r;
        return (5.0 / 3.0) * (1 + s) * Math.exp(-s);
    }
}
