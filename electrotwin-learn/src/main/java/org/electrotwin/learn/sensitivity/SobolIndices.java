package org.electrotwin.learn.sensitivity;

import java.util.function.Function;

import org.electrotwin.core.InputException;
import org.electrotwin.learn.doe.SobolSequence;
import org.electrotwin.learn.gp.Surrogate;

/**
 * Variance-based global sensitivity: first-order indices S_i by the Saltelli et al. 2010 estimator
 * (Comput. Phys. Commun. 181, "Variance based sensitivity analysis of model output", Table 2 (b))
 * and total indices S_Ti by Jansen's 1999 estimator (Table 2 (f)), from the matrices A, B and A_B^(i)
 * (A with column i from B) filled by a scrambled Sobol' sequence of dimension 2d; n(d + 2) model runs.
 *
 * @param firstOrder S_i per input
 * @param total      S_Ti per input
 * @param variance   output variance over the input box
 */
public record SobolIndices(double[] firstOrder, double[] total, double variance) {

    /** Indices of a vectorised model on the unit cube [0,1]^d (rows of points in, values out). */
    public static SobolIndices analyse(Function<double[][], double[]> model, int d, int n, long seed) {
        if (d < 1 || 2 * d > SobolSequence.MAX_DIMENSION || n < 2) {
            throw new InputException("sensitivity: needs 1 <= d <= " + SobolSequence.MAX_DIMENSION / 2
                    + " inputs and n >= 2 base samples, got d=" + d + ", n=" + n);
        }
        double[][] ab = SobolSequence.scrambled(2 * d, seed).points(n);
        double[][] a = new double[n][d];
        double[][] b = new double[n][d];
        for (int k = 0; k < n; k++) {
            System.arraycopy(ab[k], 0, a[k], 0, d);
            System.arraycopy(ab[k], d, b[k], 0, d);
        }
        double[] fa = model.apply(a);
        double[] fb = model.apply(b);
        double mean = 0;
        for (int k = 0; k < n; k++) {
            mean += fa[k] + fb[k];
        }
        mean /= 2 * n;
        double var = 0;
        for (int k = 0; k < n; k++) {
            var += (fa[k] - mean) * (fa[k] - mean) + (fb[k] - mean) * (fb[k] - mean);
        }
        var /= 2 * n - 1;
        double[] first = new double[d];
        double[] total = new double[d];
        for (int i = 0; i < d; i++) {
            double[][] abi = new double[n][];
            for (int k = 0; k < n; k++) {
                abi[k] = a[k].clone();
                abi[k][i] = b[k][i];
            }
            double[] fab = model.apply(abi);
            double s = 0;
            double t = 0;
            for (int k = 0; k < n; k++) {
                s += fb[k] * (fab[k] - fa[k]);
                t += (fa[k] - fab[k]) * (fa[k] - fab[k]);
            }
            first[i] = var > 0 ? s / n / var : 0;
            total[i] = var > 0 ? t / (2.0 * n) / var : 0;
        }
        return new SobolIndices(first, total, var);
    }

    /** Indices of a surrogate's posterior mean over the box [lower, upper]. */
    public static SobolIndices ofSurrogate(Surrogate surrogate, double[] lower, double[] upper, int n, long seed) {
        int d = lower.length;
        return analyse(u -> {
            double[][] x = new double[u.length][d];
            for (int k = 0; k < u.length; k++) {
                for (int j = 0; j < d; j++) {
                    x[k][j] = lower[j] + u[k][j] * (upper[j] - lower[j]);
                }
            }
            return surrogate.predict(x).mean();
        }, d, n, seed);
    }
}
