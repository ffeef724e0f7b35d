package org.electrotwin.learn.bo;

import org.hipparchus.special.Erf;

/**
 * Logarithms of Gaussian quantities that stay accurate far in the tails, with their derivatives,
 * for log-EI and probabilities of feasibility.
 *
 * <p>log h(z), h(z) = φ(z) + zΦ(z) (EI = σ h(z)): Ament et al. 2023, "Unexpected improvements to
 * expected improvement for Bayesian optimization" (NeurIPS), eq. 9 — here for z ≤ −5 through the
 * Laplace continued fraction of the Mills ratio, Φ(−t)/φ(t) = 1/G₁(t) with G_j = t + j/G_{j+1}
 * (Abramowitz &amp; Stegun 26.2.14), which gives 1 − tΦ(−t)/φ(t) = 1/(G₁G₂) without cancellation.
 */
public final class NormalMath {
    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
    private static final double SQRT2 = Math.sqrt(2);
    private static final double TAIL = -5;
    private static final int TERMS = 200;

    private NormalMath() {
    }

    public static double logPdf(double z) {
        return -0.5 * z * z - LOG_SQRT_2PI;
    }

    public static double cdf(double z) {
        return 0.5 * Erf.erfc(-z / SQRT2);
    }

    /** {G₁(t), G₂(t)} for t ≥ 5. */
    private static double[] continuedFraction(double t) {
        double g = t;
        double next = t;
        for (int j = TERMS; j >= 1; j--) {
            next = g;
            g = t + j / g;
        }
        return new double[] {g, next};
    }

    /** log Φ(z). */
    public static double logCdf(double z) {
        if (z > TAIL) {
            return Math.log(cdf(z));
        }
        return logPdf(z) - Math.log(continuedFraction(-z)[0]);
    }

    /** d log Φ(z)/dz = φ(z)/Φ(z). */
    public static double logCdfDerivative(double z) {
        if (z > TAIL) {
            return Math.exp(logPdf(z) - logCdf(z));
        }
        return continuedFraction(-z)[0];
    }

    /** log h(z), h(z) = φ(z) + zΦ(z). */
    public static double logH(double z) {
        if (z > TAIL) {
            return Math.log(Math.exp(logPdf(z)) + z * cdf(z));
        }
        double[] g = continuedFraction(-z);
        return logPdf(z) - Math.log(g[0]) - Math.log(g[1]);
    }

    /** d log h(z)/dz = Φ(z)/h(z). */
    public static double logHDerivative(double z) {
        if (z > TAIL) {
            return cdf(z) / (Math.exp(logPdf(z)) + z * cdf(z));
        }
        return continuedFraction(-z)[1];
    }

    /**
     * log P(a ≤ Z ≤ b) for a standard normal Z (a may be −∞, b may be +∞) and its derivatives:
     * returns {log P, ∂/∂a, ∂/∂b}.
     */
    public static double[] logProbabilityBetween(double a, double b) {
        if (a == Double.NEGATIVE_INFINITY && b == Double.POSITIVE_INFINITY) {
            return new double[] {0, 0, 0};
        }
        if (a == Double.NEGATIVE_INFINITY) {
            return new double[] {logCdf(b), 0, logCdfDerivative(b)};
        }
        if (b == Double.POSITIVE_INFINITY) {
            return new double[] {logCdf(-a), -logCdfDerivative(-a), 0};
        }
        double logP;
        if (b <= 0) {
            double lb = logCdf(b);
            logP = lb + Math.log1p(-Math.exp(logCdf(a) - lb));
        } else if (a >= 0) {
            double la = logCdf(-a);
            logP = la + Math.log1p(-Math.exp(logCdf(-b) - la));
        } else {
            logP = Math.log1p(-cdf(a) - cdf(-b));
        }
        return new double[] {logP, -Math.exp(logPdf(a) - logP), Math.exp(logPdf(b) - logP)};
    }
}
