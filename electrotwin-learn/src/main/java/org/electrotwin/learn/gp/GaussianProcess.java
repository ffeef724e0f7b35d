package org.electrotwin.learn.gp;

import java.util.stream.IntStream;

/**
 * A fitted Gaussian process with a Matérn-5/2 ARD kernel: inputs scaled to the unit cube of the
 * training box, outputs standardised (zero mean, unit variance) before fitting; predictions are
 * returned in the original units. Immutable. Built by {@link GaussianProcessModel}.
 *
 * <p>Posterior (Rasmussen &amp; Williams 2006, Algorithm 2.1): mean k*ᵀα with α = K⁻¹y, variance
 * σf² − |L⁻¹k*|², K = LLᵀ.
 */
public final class GaussianProcess implements Surrogate {
    private final int n;
    private final int d;
    private final double[] lower;
    private final double[] width;
    private final double[] xUnit; // n*d, row-major
    private final double[] yStd;
    private final double yMean;
    private final double yScale;
    private final Hyperparameters hyper;
    private final double[] invLengthSq;
    private final double[] chol; // n*n lower-triangular L, row-major
    private final double[] alpha;
    private final double logMarginalLikelihood;

    /** Hyperparameters in standardised units: length scales relative to the unit cube of the box. */
    public record Hyperparameters(double[] lengthScales, double signalVariance, double noiseVariance) {
        public Hyperparameters {
            lengthScales = lengthScales.clone();
        }
    }

    GaussianProcess(double[] lower, double[] width, double[] xUnit, double[] yStd, double yMean, double yScale,
            Hyperparameters hyper, double[] chol, double[] alpha, double logMarginalLikelihood) {
        this.d = lower.length;
        this.n = yStd.length;
        this.lower = lower;
        this.width = width;
        this.xUnit = xUnit;
        this.yStd = yStd;
        this.yMean = yMean;
        this.yScale = yScale;
        this.hyper = hyper;
        this.invLengthSq = new double[d];
        for (int j = 0; j < d; j++) {
            invLengthSq[j] = 1 / (hyper.lengthScales()[j] * hyper.lengthScales()[j]);
        }
        this.chol = chol;
        this.alpha = alpha;
        this.logMarginalLikelihood = logMarginalLikelihood;
    }

    public Hyperparameters hyperparameters() {
        return hyper;
    }

    /** Log marginal likelihood of the standardised training outputs at the fitted hyperparameters. */
    public double logMarginalLikelihood() {
        return logMarginalLikelihood;
    }

    /** Observation noise variance in the original output units. */
    public double noiseVariance() {
        return hyper.noiseVariance() * yScale * yScale;
    }

    public int size() {
        return n;
    }

    public int dimension() {
        return d;
    }

    @Override
    public Prediction predict(double[][] x) {
        int m = x.length;
        double[] mean = new double[m];
        double[] var = new double[m];
        IntStream.range(0, (m + 63) / 64).parallel().forEach(block -> {
            double[] u = new double[d];
            double[] k = new double[n];
            for (int p = block * 64; p < Math.min(m, block * 64 + 64); p++) {
                toUnit(x[p], u);
                double[] mv = posterior(u, k);
                mean[p] = mv[0];
                var[p] = mv[1];
            }
        });
        return new Prediction(mean, var);
    }

    /** Maps a point in original units to the unit cube of the training box. */
    public void toUnit(double[] x, double[] u) {
        for (int j = 0; j < d; j++) {
            u[j] = (x[j] - lower[j]) / width[j];
        }
    }

    private double[] posterior(double[] u, double[] k) {
        double sf2 = hyper.signalVariance();
        double mu = 0;
        for (int i = 0; i < n; i++) {
            k[i] = sf2 * Matern52.correlation(distance(u, i));
            mu += k[i] * alpha[i];
        }
        forwardSolve(k);
        double vv = 0;
        for (int i = 0; i < n; i++) {
            vv += k[i] * k[i];
        }
        double var = Math.max(sf2 - vv, 1e-12 * sf2);
        return new double[] {yMean + yScale * mu, var * yScale * yScale};
    }

    /**
     * Posterior at a unit-cube point with gradients with respect to the unit coordinates, in original
     * output units: returns {mean, variance}; fills gradMean and gradVariance (length d).
     */
    public double[] posteriorWithGradient(double[] u, double[] gradMean, double[] gradVariance) {
        double sf2 = hyper.signalVariance();
        double[] k = new double[n];
        double[] dk = new double[n * d]; // dk[i*d + j] = ∂k_i/∂u_j
        double mu = 0;
        java.util.Arrays.fill(gradMean, 0);
        for (int i = 0; i < n; i++) {
            double r = distance(u, i);
            k[i] = sf2 * Matern52.correlation(r);
            double f = -sf2 * Matern52.derivativeFactor(r);
            mu += k[i] * alpha[i];
            int base = i * d;
            for (int j = 0; j < d; j++) {
                double g = f * (u[j] - xUnit[base + j]) * invLengthSq[j];
                dk[base + j] = g;
                gradMean[j] += alpha[i] * g;
            }
        }
        double[] v = k.clone();
        forwardSolve(v);
        double vv = 0;
        for (int i = 0; i < n; i++) {
            vv += v[i] * v[i];
        }
        backSolve(v); // v = K⁻¹ k
        java.util.Arrays.fill(gradVariance, 0);
        for (int i = 0; i < n; i++) {
            int base = i * d;
            double w = -2 * v[i];
            for (int j = 0; j < d; j++) {
                gradVariance[j] += w * dk[base + j];
            }
        }
        double var = sf2 - vv;
        double s2 = yScale * yScale;
        for (int j = 0; j < d; j++) {
            gradMean[j] *= yScale;
            gradVariance[j] = var > 1e-12 * sf2 ? gradVariance[j] * s2 : 0;
        }
        return new double[] {yMean + yScale * mu, Math.max(var, 1e-12 * sf2) * s2};
    }

    /**
     * The same process conditioned on one more observation (x in original units), hyperparameters and
     * standardisation unchanged: used for Kriging-believer batches. O(n²) by extending the Cholesky factor.
     */
    public GaussianProcess withObservation(double[] x, double y) {
        int m = n + 1;
        double[] u = new double[d];
        toUnit(x, u);
        double sf2 = hyper.signalVariance();
        double[] row = new double[n];
        for (int i = 0; i < n; i++) {
            row[i] = sf2 * Matern52.correlation(distance(u, i));
        }
        forwardSolve(row);
        double rr = 0;
        for (double v : row) {
            rr += v * v;
        }
        double diag = Math.sqrt(Math.max(sf2 + hyper.noiseVariance() - rr, 1e-12 * sf2));
        double[] c = new double[m * m];
        for (int i = 0; i < n; i++) {
            System.arraycopy(chol, i * n, c, i * m, i + 1);
        }
        System.arraycopy(row, 0, c, n * m, n);
        c[n * m + n] = diag;
        double[] xs = java.util.Arrays.copyOf(xUnit, m * d);
        System.arraycopy(u, 0, xs, n * d, d);
        double[] ys = java.util.Arrays.copyOf(yStd, m);
        ys[n] = (y - yMean) / yScale;
        double[] a = ys.clone();
        GaussianProcessModel.solveCholesky(c, m, a);
        return new GaussianProcess(lower, width, xs, ys, yMean, yScale, hyper, c, a, Double.NaN);
    }

    private double distance(double[] u, int i) {
        int base = i * d;
        double s = 0;
        for (int j = 0; j < d; j++) {
            double t = u[j] - xUnit[base + j];
            s += t * t * invLengthSq[j];
        }
        return Math.sqrt(s);
    }

    private void forwardSolve(double[] b) {
        GaussianProcessModel.forwardSolve(chol, n, b);
    }

    private void backSolve(double[] b) {
        GaussianProcessModel.backSolve(chol, n, b);
    }
}
