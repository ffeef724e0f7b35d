package org.electrotwin.learn.doe;

import java.util.Map;

import org.electrotwin.core.InputException;
import org.electrotwin.learn.Seeds;

/**
 * Designs of experiments over a {@link DesignSpace}, registered by name so a study file can choose:
 * "sobol" (scrambled Sobol') and "lhs" (maximin Latin hypercube over 10 candidates). Points that break
 * a simplex upper bound are rejected and more are drawn, so every returned point is feasible.
 */
public final class Designs {
    /** A unit-cube sampler: batch {@code batch} of n points in d dimensions. */
    @FunctionalInterface
    public interface UnitSampler {
        double[][] sample(int n, int d, long seed, int batch);
    }

    private static final Map<String, UnitSampler> REGISTRY = Map.of(
            "sobol", (n, d, seed, batch) -> SobolSequence.scrambled(d, seed).points((long) batch * n, n),
            "lhs", (n, d, seed, batch) -> LatinHypercube.maximin(n, d, 10, Seeds.derive(seed, batch)));

    private Designs() {
    }

    public static UnitSampler sampler(String name) {
        UnitSampler s = REGISTRY.get(name);
        if (s == null) {
            throw new InputException("design: unknown method '" + name + "', expected one of " + REGISTRY.keySet());
        }
        return s;
    }

    /** n feasible parameter vectors from the named design, seeded. */
    public static double[][] generate(DesignSpace space, String method, int n, long seed) {
        if (n < 1) {
            throw new InputException("design: number of points must be >= 1, got " + n);
        }
        UnitSampler sampler = sampler(method);
        int d = space.unitDimension();
        double[][] out = new double[n][];
        int filled = 0;
        for (int batch = 0; filled < n; batch++) {
            if (batch > 1000) {
                throw new InputException("design: the simplex bounds leave almost no feasible formulation ("
                        + filled + " of " + n + " points after " + batch + " batches); widen the upper bounds");
            }
            for (double[] u : sampler.sample(n, d, seed, batch)) {
                double[] v = space.fromUnit(u);
                if (v != null && filled < n) {
                    out[filled++] = v;
                }
            }
        }
        return out;
    }
}
