package org.electrotwin.transport.lbm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Permeability.Convergence} on runs whose limit is known. */
class ConvergenceTest {
    /** The tolerance asked for, as the permeability default. */
    private static final double TOL = 1e-3;

    /** Checks until {@code conv} says converged, feeding it k(i) and the state's change δ(i); -1 if not within {@code max}. */
    private static int run(Permeability.Convergence conv, java.util.function.IntToDoubleFunction k,
                           java.util.function.IntToDoubleFunction change, int max) {
        for (int i = 0; i < max; i++) {
            if (conv.add(k.applyAsDouble(i), change.applyAsDouble(i))) {
                return i + 1;
            }
        }
        return -1;
    }

    /**
     * One geometric mode, k = K(1 + a rⁱ) with a field of the same shape: the stop comes at the first check after
     * the one where the tail δ·r/(1 − r), which is then exactly |a| rⁱ, fell below the tolerance, and k is within it.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void oneGeometricModeStopsAsSoonAsItsTailIsBelowTheTolerance(long seed) {
        Random rnd = new Random(seed);
        double limit = 100 * (0.5 + rnd.nextDouble());
        double a = (rnd.nextBoolean() ? 1 : -1) * (0.05 + 0.3 * rnd.nextDouble());
        double r = 0.5 + 0.45 * rnd.nextDouble();
        Permeability.Convergence conv = new Permeability.Convergence(TOL);
        // the field's relative change over a check: |a| r^(i-1) (1 - r) of a field whose size is K (u ∝ k)
        int samples = run(conv, i -> limit * (1 + a * Math.pow(r, i)), i -> i == 0 ? 1 : Math.abs(a) * Math.pow(r, i - 1) * (1 - r), 10_000);
        int first = 1;   // the first check with two changes known and both tests below the tolerance
        while (!(Math.abs(a) * Math.pow(r, first) < TOL && Math.abs(a) * Math.pow(r, first - 1) * (1 - r) < TOL)) {
            first++;
        }
        assertThat(samples).isEqualTo(first + 2);
        assertThat(conv.value()).isCloseTo(limit, within(TOL * limit));
        assertThat(conv.estimate()).isLessThan(TOL);
    }

    /** A field that still moves as much or more each check (no geometric tail) never counts as converged, whatever k does. */
    @ParameterizedTest
    @ValueSource(doubles = {1.0, 1.2})
    void aFieldWithoutGeometricDecayIsNotConverged(double ratio) {
        Permeability.Convergence conv = new Permeability.Convergence(TOL);
        assertThat(run(conv, i -> 0.43, i -> 1e-4 * Math.pow(ratio, i), 200)).isEqualTo(-1);
    }

    /**
     * A field moving only by single-precision round-off (below {@link Permeability.Convergence#STATE_ROUND_OFF}, at a
     * ratio near 1, as a 64³ crop does at 1e-7 per check) does not hold back a tight tolerance once k is steady.
     */
    @Test
    void roundOffInTheFieldDoesNotHoldBackATightTolerance() {
        Permeability.Convergence conv = new Permeability.Convergence(1e-8);
        assertThat(run(conv, i -> 0.2855005 * (1 + 1e-10 * Math.pow(-1, i)), i -> 3e-7 * Math.pow(0.999, i), 100)).isEqualTo(3);   // k's first change is known at the second check, then twice in a row
        Permeability.Convergence loose = new Permeability.Convergence(1e-8);
        assertThat(run(loose, i -> 0.2855005, i -> 3e-6 * Math.pow(0.999, i), 100)).isEqualTo(-1);
    }

    /** A field at rest with k still moving by more than the tolerance is not converged either. */
    @Test
    void kStillMovingIsNotConverged() {
        Permeability.Convergence conv = new Permeability.Convergence(TOL);
        assertThat(run(conv, i -> 0.43 * (1 + 2 * TOL * i), i -> 1e-9, 200)).isEqualTo(-1);
    }

    /**
     * A recorded run (200³ electrode crop, τ⁺ = 0.605, c_e = ½: k and the velocity field's change every 100 steps; its
     * limit 0.429416 lu from 2 600 steps at relTol 1e-7), where a slow rise and a faster one cancel in k around 1 000
     * steps: k moves by 4e-4 per check there, 2.4e-3 short of its limit, and a stop on k's own geometric tail took it.
     * The field still moves, so the stop comes later, within the tolerance.
     */
    @Test
    void aPlateauOfKIsNotTakenForTheLimitWhileTheFieldMoves() {
        double[] k = {0.19704700, 0.33046520, 0.38180772, 0.40722806, 0.41917136, 0.42448827, 0.42689640, 0.42787644,
            0.42823667, 0.42839150, 0.42849263, 0.42859398, 0.42870751, 0.42882740, 0.42894473, 0.42905181, 0.42914385,
            0.42921904, 0.42927779, 0.42932191};
        double[] field = {1.000e+00, 2.407e-01, 1.066e-01, 5.866e-02, 3.567e-02, 2.400e-02, 1.687e-02, 1.183e-02, 8.165e-03,
            5.476e-03, 3.568e-03, 2.272e-03, 1.435e-03, 9.375e-04, 6.582e-04, 4.919e-04, 3.808e-04, 2.947e-04, 2.235e-04,
            1.652e-04};
        double limit = 0.429416;
        Permeability.Convergence conv = new Permeability.Convergence(TOL);
        int samples = run(conv, i -> k[i], i -> field[i], k.length);
        assertThat(samples).isBetween(11, k.length);
        assertThat(conv.value()).isCloseTo(limit, within(TOL * limit));
    }

    /** A decaying oscillation of the field (its changes still shrink geometrically in norm) converges within the tolerance. */
    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23})
    void anOscillationConvergesWithinTheTolerance(long seed) {
        Random rnd = new Random(seed);
        double limit = 10 * (0.5 + rnd.nextDouble());
        double r = -(0.5 + 0.4 * rnd.nextDouble());
        Permeability.Convergence conv = new Permeability.Convergence(TOL);
        int samples = run(conv, i -> limit * (1 + 0.1 * Math.pow(r, i)), i -> 0.1 * Math.abs(Math.pow(r, i) - Math.pow(r, i - 1)), 1000);
        assertThat(samples).isPositive();
        assertThat(conv.value()).isCloseTo(limit, within(TOL * limit));
    }
}
