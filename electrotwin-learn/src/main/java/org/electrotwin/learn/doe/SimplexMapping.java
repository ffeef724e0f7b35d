package org.electrotwin.learn.doe;

import org.electrotwin.core.InputException;

/**
 * Maps k−1 unit-cube coordinates to k fractions that sum to one, each within [lower_i, upper_i]
 * (e.g. active material / binder / carbon mass fractions).
 *
 * <p>Construction: (1) inverse-CDF stick breaking, s_i = (1 − Σ_{j<i} s_j)(1 − (1 − u_i)^{1/(k−1−i)}),
 * maps the uniform cube onto the uniform (Dirichlet(1,…,1)) simplex and, being a smooth bijection,
 * keeps the low discrepancy of a Sobol design (Fang &amp; Wang 1994, "Number-theoretic methods in
 * statistics", §1.5). (2) x_i = lower_i + (1 − Σ lower)·s_i places it in the simplex of the lower
 * bounds exactly. (3) Points that break an upper bound are rejected ({@link #map} returns null), so
 * accepted points stay uniform on the feasible polytope; {@link #feasibleFraction} tells how many.
 */
public final class SimplexMapping {
    private final double[] lower;
    private final double[] upper;
    private final double slack;

    public SimplexMapping(double[] lower, double[] upper) {
        if (lower.length != upper.length || lower.length < 2) {
            throw new InputException("simplex: needs at least 2 components with as many lower as upper bounds, got "
                    + lower.length + " lower and " + upper.length + " upper");
        }
        double sumLower = 0;
        double sumUpper = 0;
        for (int i = 0; i < lower.length; i++) {
            if (!(lower[i] >= 0 && lower[i] <= upper[i] && upper[i] <= 1)) {
                throw new InputException("simplex: component " + i + " bounds [" + lower[i] + ", " + upper[i]
                        + "] must satisfy 0 <= lower <= upper <= 1");
            }
            sumLower += lower[i];
            sumUpper += upper[i];
        }
        if (sumLower > 1 + 1e-12 || sumUpper < 1 - 1e-12) {
            throw new InputException("simplex: bounds admit no fractions summing to 1 (sum of lower bounds "
                    + sumLower + " must be <= 1 and sum of upper bounds " + sumUpper + " >= 1)");
        }
        this.lower = lower.clone();
        this.upper = upper.clone();
        this.slack = 1 - sumLower;
    }

    /** Number of fractions k. */
    public int components() {
        return lower.length;
    }

    /** Number of unit-cube coordinates consumed, k − 1. */
    public int unitDimension() {
        return lower.length - 1;
    }

    /** The fractions for cube coordinates u[offset .. offset+k−2], or null if an upper bound is broken. */
    public double[] map(double[] u, int offset) {
        int k = lower.length;
        double[] x = new double[k];
        double remaining = 1;
        double sum = 0;
        for (int i = 0; i < k - 1; i++) {
            double ui = Math.min(Math.max(u[offset + i], 0), 1);
            // Beta(1, k-1-i) marginal of the remaining stick by inversion.
            double s = remaining * (1 - Math.pow(1 - ui, 1.0 / (k - 1 - i)));
            remaining -= s;
            x[i] = lower[i] + slack * s;
            sum += x[i];
        }
        x[k - 1] = 1 - sum; // exact sum 1 by construction
        for (int i = 0; i < k; i++) {
            if (x[i] > upper[i] + 1e-15 || x[i] < lower[i] - 1e-15) {
                return null;
            }
        }
        return x;
    }

    /** Fraction of the unit cube that maps inside the upper bounds, estimated on 4096 Sobol points. */
    public double feasibleFraction() {
        if (unitDimension() > SobolSequence.MAX_DIMENSION) {
            return Double.NaN;
        }
        double[][] u = SobolSequence.scrambled(unitDimension(), 12345).points(4096);
        int ok = 0;
        for (double[] p : u) {
            if (map(p, 0) != null) {
                ok++;
            }
        }
        return ok / 4096.0;
    }
}
