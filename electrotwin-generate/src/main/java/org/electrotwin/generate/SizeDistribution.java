package org.electrotwin.generate;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.electrotwin.core.InputException;

/**
 * A lognormal particle-size distribution given as laser-diffraction data are: the
 * <em>volume-weighted</em> median diameter {@code d50M} and the span (d90 − d10)/d50.
 *
 * <p>For a lognormal with log-standard deviation σ, the volume-weighted distribution is
 * lognormal with the same σ and median d50, and span = 2·sinh(1.2816·σ), so
 * σ = asinh(span/2)/1.2816. The number-weighted median is d50·exp(−3σ²)
 * (Hatch–Choate relations, Hatch &amp; Choate 1929). Particles are drawn by number; draws are
 * truncated (resampled) below −3σ of the number distribution and above +2σ of the volume
 * distribution, so that no single particle dominates the box (the volume median moves by
 * under 1 %).
 * Span 0 means monodisperse.
 */
public record SizeDistribution(double d50M, double span) {
    /** z-score of the 90th percentile. */
    private static final double Z90 = 1.2815515655446004;
    private static final double LOWER_Z = -3.0;
    private static final double UPPER_Z_VOLUME = 2.0;

    public SizeDistribution {
        if (!(d50M > 0) || !Double.isFinite(d50M)) {
            throw new InputException("particle size d50 " + d50M + " m: expected a positive finite diameter");
        }
        if (!(span >= 0) || span > 5) {
            throw new InputException("particle size span " + span + ": expected (d90-d10)/d50 in [0, 5]");
        }
    }

    public static SizeDistribution monodisperse(double diameterM) {
        return new SizeDistribution(diameterM, 0);
    }

    /** Log-standard deviation σ of the lognormal. */
    public double sigma() {
        return asinh(span / 2) / Z90;
    }

    /** Number-weighted median diameter d50·exp(−3σ²). */
    public double numberMedianM() {
        double s = sigma();
        return d50M * Math.exp(-3 * s * s);
    }

    /** Upper truncation in number-distribution z-scores: +2σ of the volume distribution. */
    private double upperZ() {
        return 3 * sigma() + UPPER_Z_VOLUME;
    }

    /** Largest diameter that can be drawn. */
    public double maxDiameterM() {
        return numberMedianM() * Math.exp(upperZ() * sigma());
    }

    /** Smallest diameter that can be drawn. */
    public double minDiameterM() {
        return numberMedianM() * Math.exp(LOWER_Z * sigma());
    }

    /** A number-weighted sampler of diameters (m), deterministic for the generator. */
    public DoubleSampler sampler(UniformRandomProvider rng) {
        double mu = Math.log(numberMedianM());
        double s = sigma();
        if (s == 0) {
            return () -> d50M;
        }
        ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
        double hi = upperZ();
        return () -> {
            double z;
            do {
                z = g.sample();
            } while (z < LOWER_Z || z > hi);
            return Math.exp(mu + s * z);
        };
    }

    /**
     * Moment E[dᵏ] (mᵏ) of the diameters the {@link #sampler} draws (truncated lognormal):
     * exp(kμ + k²σ²/2)·[Φ(b − kσ) − Φ(a − kσ)]/[Φ(b) − Φ(a)], with a, b the truncation z-scores.
     */
    public double numberMoment(int k) {
        double s = sigma();
        double mk = Math.exp(k * Math.log(numberMedianM()) + 0.5 * k * k * s * s);
        if (s == 0) {
            return mk;
        }
        double a = LOWER_Z;
        double b = upperZ();
        return mk * (phi(b - k * s) - phi(a - k * s)) / (phi(b) - phi(a));
    }

    private static double phi(double z) {
        return 0.5 * org.hipparchus.special.Erf.erfc(-z / Math.sqrt(2));
    }

    /** Volume-weighted median of a set of diameters (for checks against {@link #d50M}). */
    public static double volumeWeightedMedian(double[] diameters) {
        double[] d = diameters.clone();
        java.util.Arrays.sort(d);
        double total = 0;
        for (double v : d) {
            total += v * v * v;
        }
        double acc = 0;
        for (double v : d) {
            acc += v * v * v;
            if (acc >= total / 2) {
                return v;
            }
        }
        return Double.NaN;
    }

    private static double asinh(double x) {
        return Math.log(x + Math.sqrt(x * x + 1));
    }

    /** A source of doubles. */
    @FunctionalInterface
    public interface DoubleSampler {
        double sample();
    }
}
