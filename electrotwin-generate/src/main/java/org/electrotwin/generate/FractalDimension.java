package org.electrotwin.generate;

import org.electrotwin.core.InputException;

/**
 * Measures the fractal dimension of aggregates from the mass–radius-of-gyration relation
 * N = k_f·(R_g/a)^D_f over aggregates of different sizes (Sorensen 2001, Aerosol Sci. Technol.
 * 35:648): the least-squares line of ln N against ln(R_g/a) has slope D_f and intercept ln k_f.
 */
public final class FractalDimension {
    private FractalDimension() {}

    /** Fitted fractal dimension and prefactor, with the coefficient of determination of the line. */
    public record Fit(double fractalDimension, double prefactor, double rSquared) {}

    /** Radius of gyration of point masses at the given centres (same units as the coordinates). */
    public static double radiusOfGyration(double[] x, double[] y, double[] z) {
        int n = x.length;
        double sx = 0;
        double sy = 0;
        double sz = 0;
        for (int k = 0; k < n; k++) {
            sx += x[k];
            sy += y[k];
            sz += z[k];
        }
        sx /= n;
        sy /= n;
        sz /= n;
        double s = 0;
        for (int k = 0; k < n; k++) {
            double dx = x[k] - sx;
            double dy = y[k] - sy;
            double dz = z[k] - sz;
            s += dx * dx + dy * dy + dz * dz;
        }
        return Math.sqrt(s / n);
    }

    /**
     * D_f and k_f from aggregates of {@code units[k]} primary units with radii of gyration
     * {@code rgOverA[k]} (in primary radii).
     */
    public static Fit massRadiusFit(int[] units, double[] rgOverA) {
        int n = units.length;
        if (n != rgOverA.length || n < 2) {
            throw new InputException("fractal fit: expected at least two aggregates, sizes and radii alike");
        }
        double mx = 0;
        double my = 0;
        for (int k = 0; k < n; k++) {
            if (!(rgOverA[k] > 0) || units[k] < 1) {
                throw new InputException("fractal fit: aggregate " + k + " has size " + units[k] + " and R_g/a " + rgOverA[k]
                        + ": expected positive values");
            }
            mx += Math.log(rgOverA[k]);
            my += Math.log(units[k]);
        }
        mx /= n;
        my /= n;
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int k = 0; k < n; k++) {
            double dx = Math.log(rgOverA[k]) - mx;
            double dy = Math.log(units[k]) - my;
            sxx += dx * dx;
            sxy += dx * dy;
            syy += dy * dy;
        }
        if (sxx == 0) {
            throw new InputException("fractal fit: all aggregates have the same radius of gyration");
        }
        double slope = sxy / sxx;
        double r2 = syy == 0 ? 1 : sxy * sxy / (sxx * syy);
        return new Fit(slope, Math.exp(my - slope * mx), r2);
    }
}
