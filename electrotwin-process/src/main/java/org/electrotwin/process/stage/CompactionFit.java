package org.electrotwin.process.stage;

import org.electrotwin.core.InputException;

/**
 * Least-squares fit of the calendering compaction law ε(p) = ε_min + (ε_0 − ε_min)·exp(−p/γ)
 * (Meyer, Kwade et al. 2017, J. Mater. Process. Technol. 249:172), with ε_0 the porosity of the
 * uncalendered film. For fixed γ the law is linear in ε_min, so ε_min is solved exactly and γ is
 * found by a log-scan followed by golden-section refinement.
 */
public record CompactionFit(double epsilon0, double epsilonMin, double gammaPa, double rmsError) {

    public static CompactionFit fit(double[] pressurePa, double[] porosity, double epsilon0) {
        if (pressurePa.length != porosity.length || pressurePa.length < 3) {
            throw new InputException("compaction fit needs at least 3 (pressure, porosity) points");
        }
        double pMax = 0;
        for (double p : pressurePa) {
            pMax = Math.max(pMax, p);
        }
        if (!(pMax > 0)) {
            throw new InputException("compaction fit: no positive pressure in the curve");
        }
        double best = Double.MAX_VALUE;
        double bestLog = 0;
        for (double lg = Math.log(pMax) - 6; lg <= Math.log(pMax) + 4; lg += 0.05) {
            double e = sse(pressurePa, porosity, epsilon0, Math.exp(lg))[0];
            if (e < best) {
                best = e;
                bestLog = lg;
            }
        }
        double a = bestLog - 0.05;
        double b = bestLog + 0.05;
        double g = (Math.sqrt(5) - 1) / 2;
        for (int it = 0; it < 60; it++) {
            double c = b - g * (b - a);
            double d = a + g * (b - a);
            if (sse(pressurePa, porosity, epsilon0, Math.exp(c))[0] < sse(pressurePa, porosity, epsilon0, Math.exp(d))[0]) {
                b = d;
            } else {
                a = c;
            }
        }
        double gamma = Math.exp(0.5 * (a + b));
        double[] r = sse(pressurePa, porosity, epsilon0, gamma);
        return new CompactionFit(epsilon0, r[1], gamma, Math.sqrt(r[0] / pressurePa.length));
    }

    /** {sum of squared residuals, ε_min} for a given γ. */
    private static double[] sse(double[] p, double[] eps, double e0, double gamma) {
        // ε − ε0·w = ε_min·(1 − w), w = exp(−p/γ)
        double num = 0;
        double den = 0;
        for (int i = 0; i < p.length; i++) {
            double w = Math.exp(-p[i] / gamma);
            num += (eps[i] - e0 * w) * (1 - w);
            den += (1 - w) * (1 - w);
        }
        double eMin = den > 0 ? Math.max(0, Math.min(e0, num / den)) : e0; // a porosity: 0 ≤ ε_min ≤ ε_0
        double s = 0;
        for (int i = 0; i < p.length; i++) {
            double r = eps[i] - predict(p[i], e0, eMin, gamma);
            s += r * r;
        }
        return new double[] {s, eMin};
    }

    static double predict(double p, double e0, double eMin, double gamma) {
        return eMin + (e0 - eMin) * Math.exp(-p / gamma);
    }

    public double porosityAt(double pressurePa) {
        return predict(pressurePa, epsilon0, epsilonMin, gammaPa);
    }
}
