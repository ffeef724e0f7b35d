package org.electrotwin.learn.opt;

/**
 * Box-constrained limited-memory BFGS: the two-loop recursion (Nocedal 1980) on the free variables,
 * steps projected onto the box, Armijo backtracking (quadratic interpolation) along the projected path (a simplified
 * L-BFGS-B in the spirit of Byrd, Lu, Nocedal &amp; Zhu 1995, without the generalized Cauchy point).
 * Variables at a bound whose gradient pushes outward are held fixed for the step.
 */
public final class BoxLbfgs {
    /** Result: the best point, its value, and the number of function evaluations. */
    public record Result(double[] x, double value, int evaluations) {
    }

    private final int memory;
    private final int maxIterations;
    private final double gradientTolerance;
    private final double relativeTolerance;

    public BoxLbfgs(int memory, int maxIterations, double gradientTolerance, double relativeTolerance) {
        this.memory = memory;
        this.maxIterations = maxIterations;
        this.gradientTolerance = gradientTolerance;
        this.relativeTolerance = relativeTolerance;
    }

    public static BoxLbfgs defaults(int maxIterations) {
        return new BoxLbfgs(8, maxIterations, 1e-7, 1e-10);
    }

    public Result minimize(DifferentiableFunction fun, double[] start, double[] lower, double[] upper) {
        int n = start.length;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = clamp(start[i], lower[i], upper[i]);
        }
        double[] g = new double[n];
        double f = fun.value(x, g);
        int evaluations = 1;
        if (!Double.isFinite(f)) {
            return new Result(x, f, evaluations);
        }
        double[][] s = new double[memory][n];
        double[][] y = new double[memory][n];
        double[] rho = new double[memory];
        double[] alpha = new double[memory];
        int stored = 0;
        int head = 0;
        double[] d = new double[n];
        double[] xn = new double[n];
        double[] gn = new double[n];
        boolean[] free = new boolean[n];
        for (int iter = 0; iter < maxIterations; iter++) {
            double pgNorm = 0;
            for (int i = 0; i < n; i++) {
                double p = clamp(x[i] - g[i], lower[i], upper[i]) - x[i];
                pgNorm = Math.max(pgNorm, Math.abs(p));
                free[i] = !((x[i] <= lower[i] && g[i] > 0) || (x[i] >= upper[i] && g[i] < 0));
            }
            if (pgNorm < gradientTolerance) {
                break;
            }
            // Two-loop recursion on the free subspace.
            for (int i = 0; i < n; i++) {
                d[i] = free[i] ? -g[i] : 0;
            }
            for (int k = 0; k < stored; k++) {
                int m = Math.floorMod(head - 1 - k, memory);
                alpha[m] = rho[m] * dotFree(s[m], d, free);
                axpyFree(-alpha[m], y[m], d, free);
            }
            if (stored > 0) {
                int last = Math.floorMod(head - 1, memory);
                double gamma = dotFree(s[last], y[last], free) / Math.max(dotFree(y[last], y[last], free), 1e-300);
                if (gamma > 0 && Double.isFinite(gamma)) {
                    for (int i = 0; i < n; i++) {
                        d[i] *= gamma;
                    }
                }
            }
            for (int k = stored - 1; k >= 0; k--) {
                int m = Math.floorMod(head - 1 - k, memory);
                double beta = rho[m] * dotFree(y[m], d, free);
                axpyFree(alpha[m] - beta, s[m], d, free);
            }
            double slope = 0;
            for (int i = 0; i < n; i++) {
                slope += d[i] * g[i];
            }
            if (!(slope < 0)) { // not a descent direction: restart from steepest descent
                stored = 0;
                slope = 0;
                for (int i = 0; i < n; i++) {
                    d[i] = free[i] ? -g[i] : 0;
                    slope -= d[i] * d[i];
                }
            }
            double t = 1;
            if (stored == 0) {
                double dn = 0;
                for (double v : d) {
                    dn = Math.max(dn, Math.abs(v));
                }
                double width = Double.POSITIVE_INFINITY;
                for (int i = 0; i < n; i++) {
                    width = Math.min(width, upper[i] - lower[i]);
                }
                t = Math.min(1, (Double.isFinite(width) ? 0.25 * width : 1) / Math.max(dn, 1e-300));
            }
            double fn;
            while (true) {
                double decrease = 0;
                for (int i = 0; i < n; i++) {
                    xn[i] = clamp(x[i] + t * d[i], lower[i], upper[i]);
                    decrease += g[i] * (xn[i] - x[i]);
                }
                fn = fun.value(xn, gn);
                evaluations++;
                if (Double.isFinite(fn) && fn <= f + 1e-4 * decrease) {
                    break;
                }
                // Backtrack to the minimum of the quadratic through f, the slope and fn (Nocedal &
                // Wright 2006, eq. 3.57), kept within [0.1, 0.5] of the step.
                double factor = 0.25;
                if (Double.isFinite(fn) && decrease < 0) {
                    factor = -decrease / (2 * (fn - f - decrease));
                    factor = Math.min(0.5, Math.max(0.1, factor));
                }
                t *= factor;
                if (t < 1e-14) {
                    return new Result(x, f, evaluations);
                }
            }
            double sy = 0;
            double[] sNew = s[head];
            double[] yNew = y[head];
            for (int i = 0; i < n; i++) {
                sNew[i] = xn[i] - x[i];
                yNew[i] = gn[i] - g[i];
                sy += sNew[i] * yNew[i];
            }
            if (sy > 1e-12) {
                rho[head] = 1 / sy;
                head = (head + 1) % memory;
                stored = Math.min(stored + 1, memory);
            }
            double change = f - fn;
            System.arraycopy(xn, 0, x, 0, n);
            System.arraycopy(gn, 0, g, 0, n);
            f = fn;
            if (change <= relativeTolerance * Math.max(1, Math.abs(f))) {
                break;
            }
        }
        return new Result(x, f, evaluations);
    }

    private static double clamp(double v, double lo, double hi) {
        return v < lo ? lo : (v > hi ? hi : v);
    }

    private static double dotFree(double[] a, double[] b, boolean[] free) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            if (free[i]) {
                s += a[i] * b[i];
            }
        }
        return s;
    }

    private static void axpyFree(double a, double[] x, double[] y, boolean[] free) {
        for (int i = 0; i < x.length; i++) {
            if (free[i]) {
                y[i] += a * x[i];
            }
        }
    }
}
