package org.electrotwin.core.recipe;

import java.util.Arrays;

/**
 * A particle size distribution by volume: either log-normal from the median diameter d50 and
 * the span (d90 − d10)/d50 that laser-diffraction reports give, or a table of cumulative volume
 * fractions at given diameters (linearly interpolated in log-diameter).
 *
 * <p>For a log-normal distribution d10 = d50·e^(−zσ), d90 = d50·e^(zσ) with z = 1.2816, so
 * span = 2·sinh(zσ) and σ = asinh(span/2)/z.
 */
public record ParticleSize(double d50M, double span, double[] tableDiametersM, double[] tableCumulative) {
    private static final double Z90 = 1.2815515655446004;

    public static ParticleSize logNormal(double d50M, double span) {
        return new ParticleSize(d50M, span, null, null);
    }

    /** A tabulated cumulative volume distribution; d50 and span are derived from it. */
    public static ParticleSize table(double[] diametersM, double[] cumulative) {
        ParticleSize t = new ParticleSize(Double.NaN, Double.NaN, diametersM.clone(), cumulative.clone());
        double d50 = t.quantileM(0.5);
        return new ParticleSize(d50, (t.quantileM(0.9) - t.quantileM(0.1)) / d50, t.tableDiametersM, t.tableCumulative);
    }

    public boolean isTable() {
        return tableDiametersM != null;
    }

    /** σ of ln(d) for the log-normal form. */
    public double sigmaLn() {
        return isTable() ? Double.NaN : asinh(span / 2) / Z90;
    }

    public double d10M() {
        return quantileM(0.1);
    }

    public double d90M() {
        return quantileM(0.9);
    }

    /** The diameter below which a volume fraction p of the particles lies. */
    public double quantileM(double p) {
        if (!isTable()) {
            return d50M * Math.exp(sigmaLn() * normalQuantile(p));
        }
        double[] d = tableDiametersM;
        double[] c = tableCumulative;
        if (p <= c[0]) return d[0];
        for (int i = 1; i < d.length; i++) {
            if (p <= c[i]) {
                double t = (p - c[i - 1]) / (c[i] - c[i - 1]);
                return Math.exp(Math.log(d[i - 1]) + t * (Math.log(d[i]) - Math.log(d[i - 1])));
            }
        }
        return d[d.length - 1];
    }

    private static double asinh(double x) {
        return Math.log(x + Math.sqrt(x * x + 1));
    }

    /** Standard normal quantile (Acklam's rational approximation, relative error < 1.2e-9). */
    static double normalQuantile(double p) {
        if (p <= 0) return Double.NEGATIVE_INFINITY;
        if (p >= 1) return Double.POSITIVE_INFINITY;
        double[] a = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
        double[] b = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01};
        double[] c = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
        double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00};
        double q;
        double x;
        if (p < 0.02425) {
            q = Math.sqrt(-2 * Math.log(p));
            x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        } else if (p <= 1 - 0.02425) {
            q = p - 0.5;
            double r = q * q;
            x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
        } else {
            q = Math.sqrt(-2 * Math.log(1 - p));
            x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        return x;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParticleSize p && Double.compare(d50M, p.d50M) == 0 && Double.compare(span, p.span) == 0
                && Arrays.equals(tableDiametersM, p.tableDiametersM) && Arrays.equals(tableCumulative, p.tableCumulative);
    }

    @Override
    public int hashCode() {
        return Double.hashCode(d50M) * 31 + Arrays.hashCode(tableDiametersM);
    }

    @Override
    public String toString() {
        return isTable() ? "table(d50=" + d50M + " m)" : "logNormal(d50=" + d50M + " m, span=" + span + ")";
    }
}
