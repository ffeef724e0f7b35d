package org.electrotwin.transport.lbm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Permeability.Convergence} on sequences whose limit is known. */
class ConvergenceTest {
    /** The tolerance asked for, as the permeability default. */
    private static final double TOL = 1e-3;

    /** Samples until {@code conv} says converged, feeding it {@code v(i)}; -1 if not within {@code max}. */
    private static int run(Permeability.Convergence conv, java.util.function.IntToDoubleFunction v, int max) {
        for (int i = 0; i < max; i++) {
            if (conv.add(v.applyAsDouble(i))) {
                return i + 1;
            }
        }
        return -1;
    }

    /** A purely geometric sequence: the Aitken extrapolation is its limit, to round-off, as soon as it is steady. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void aGeometricSequenceIsExtrapolatedToItsLimit(long seed) {
        Random rnd = new Random(seed);
        double limit = 100 * (0.5 + rnd.nextDouble());
        double a = (rnd.nextBoolean() ? 1 : -1) * (0.05 + 0.3 * rnd.nextDouble());
        double r = 0.7 + 0.25 * rnd.nextDouble();
        Permeability.Convergence conv = new Permeability.Convergence(TOL);
        int samples = run(conv, i -> limit * (1 + a * Math.pow(r, i)), 1000);
        assertThat(samples).isEqualTo(6);   // e is exact from the third sample; its own test needs three, twice
        assertThat(conv.value()).isCloseTo(limit, within(1e-9 * limit));
    }

    /**
     * The slowest mode with a faster one on top (as the permeability runs decay): once it says converged, the
     * value is within the tolerance of the limit, and it says so in fewer samples than the sequence itself needs
     * to come within the tolerance.
     */
    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18})
    void twoModesConvergeToTheLimitSoonerThanTheSequence(long seed) {
        Random rnd = new Random(seed);
        double limit = 100 * (0.5 + rnd.nextDouble());
        double a = (rnd.nextBoolean() ? 1 : -1) * (0.02 + 0.1 * rnd.nextDouble());
        double r = 0.75 + 0.15 * rnd.nextDouble();
        double b = 0.2 * (rnd.nextDouble() - 0.5);
        double s = 0.2 + 0.3 * rnd.nextDouble();
        java.util.function.IntToDoubleFunction v = i -> limit * (1 + a * Math.pow(r, i) + b * Math.pow(s, i));
        Permeability.Convergence conv = new Permeability.Convergence(TOL);
        int samples = run(conv, v, 1000);
        int within = 0;
        while (Math.abs(v.applyAsDouble(within) / limit - 1) >= TOL) {
            within++;
        }
        assertThat(samples).isPositive();
        assertThat(conv.value()).isCloseTo(limit, within(TOL * limit));
        assertThat(samples).isLessThanOrEqualTo(within + 1);
        assertThat(conv.estimate()).isLessThan(TOL);
    }

    /**
     * The shape of a sealed permeability run: a fast rise from zero that overshoots the limit (slow mode of the
     * opposite sign, +A·r^i), so the changes become small at the peak before the slow decay; stopping there would
     * be A away from the limit (0.5 % on a 200³ electrode crop before this test existed).
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"0.005, 0.9, 0.6", "0.01, 0.85, 0.55", "0.004, 0.92, 0.7", "0.02, 0.8, 0.5"})
    void anOvershootIsNotTakenForTheLimit(double overshoot, double slow, double fast) {
        double limit = 0.43;
        java.util.function.IntToDoubleFunction v = i -> limit * (1 + overshoot * Math.pow(slow, i) - (1 + overshoot) * Math.pow(fast, i));
        Permeability.Convergence conv = new Permeability.Convergence(TOL);
        int samples = run(conv, v, 1000);
        assertThat(samples).isPositive();
        assertThat(conv.value()).isCloseTo(limit, within(TOL * limit));
    }

    /** A decaying oscillation has no geometric tail to extrapolate: the value is the last sample, and within the tolerance. */
    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23})
    void anOscillationIsNotExtrapolated(long seed) {
        Random rnd = new Random(seed);
        double limit = 10 * (0.5 + rnd.nextDouble());
        double r = -(0.5 + 0.4 * rnd.nextDouble());
        double[] last = new double[1];
        Permeability.Convergence conv = new Permeability.Convergence(TOL);
        int samples = run(conv, i -> last[0] = limit * (1 + 0.1 * Math.pow(r, i)), 1000);
        assertThat(samples).isPositive();
        assertThat(conv.value()).isEqualTo(last[0]);
        assertThat(conv.value()).isCloseTo(limit, within(TOL * limit));
    }
}
