package org.electrotwin.learn.gp;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.electrotwin.core.InputException;
import org.electrotwin.learn.Seeds;
import org.electrotwin.learn.opt.BoxLbfgs;

/**
 * Fits a Matérn-5/2 ARD {@link GaussianProcess} by maximum log marginal likelihood
 * (Rasmussen &amp; Williams 2006, eq. 5.8 and its gradient eq. 5.9) over log length scales, log signal
 * variance and log noise variance, with box-constrained L-BFGS from a default start plus seeded
 * random restarts: all starts run maxIterations/10 iterations in parallel, the most likely one (ties
 * to the lowest index) is then run to convergence.
 *
 * @param lower         lower corner of the input box for scaling (null: the data's minimum)
 * @param upper         upper corner of the input box (null: the data's maximum)
 * @param restarts      random restarts in addition to the default start (≥ 0)
 * @param maxIterations L-BFGS iterations per start
 * @param minNoiseVariance smallest noise variance, relative to the output variance (e.g. 1e-6)
 * @param seed          seed of the restarts
 * @param start         hyperparameters to start from instead of the default start (null: the default),
 *                      e.g. those fitted on fewer data: a warm start near the optimum needs a fraction
 *                      of the likelihood evaluations
 */
public record GaussianProcessModel(double[] lower, double[] upper, int restarts, int maxIterations,
        double minNoiseVariance, long seed, GaussianProcess.Hyperparameters start) implements SurrogateModel {

    private static final double LOG_LENGTH_MIN = Math.log(1e-2);
    private static final double LOG_LENGTH_MAX = Math.log(20);
    private static final double LOG_SIGNAL_MIN = Math.log(1e-2);
    private static final double LOG_SIGNAL_MAX = Math.log(50);
    private static final double LOG_NOISE_MAX = Math.log(1.0);

    public GaussianProcessModel {
        if (restarts < 0 || maxIterations < 1 || !(minNoiseVariance > 0 && minNoiseVariance < 1)) {
            throw new InputException("gaussian process: needs restarts >= 0, maxIterations >= 1 and 0 < minNoiseVariance < 1, got "
                    + restarts + ", " + maxIterations + ", " + minNoiseVariance);
        }
        lower = lower == null ? null : lower.clone();
        upper = upper == null ? null : upper.clone();
    }

    /** The default start. */
    public GaussianProcessModel(double[] lower, double[] upper, int restarts, int maxIterations, double minNoiseVariance, long seed) {
        this(lower, upper, restarts, maxIterations, minNoiseVariance, seed, null);
    }

    /** Same settings starting from given hyperparameters (standardised units, as {@link GaussianProcess#hyperparameters()}). */
    public GaussianProcessModel withStart(GaussianProcess.Hyperparameters h) {
        return new GaussianProcessModel(lower, upper, restarts, maxIterations, minNoiseVariance, seed, h);
    }

    /** Defaults: box from the data, 4 restarts, 200 iterations, noise ≥ 1e-6 of the output variance. */
    public static GaussianProcessModel defaults(long seed) {
        return new GaussianProcessModel(null, null, 4, 200, 1e-6, seed);
    }

    /** Same settings on a given input box. */
    public GaussianProcessModel withBox(double[] lo, double[] hi) {
        return new GaussianProcessModel(lo, hi, restarts, maxIterations, minNoiseVariance, seed, start);
    }

    /** Same settings with another number of restarts and iterations. */
    public GaussianProcessModel withRestarts(int r, int iterations) {
        return new GaussianProcessModel(lower, upper, r, iterations, minNoiseVariance, seed, start);
    }

    @Override
    public GaussianProcess fit(double[][] x, double[] y) {
        Data data = prepare(x, y);
        int d = data.d;
        double[] lo = new double[d + 2];
        double[] hi = new double[d + 2];
        for (int j = 0; j < d; j++) {
            lo[j] = LOG_LENGTH_MIN;
            hi[j] = LOG_LENGTH_MAX;
        }
        lo[d] = LOG_SIGNAL_MIN;
        hi[d] = LOG_SIGNAL_MAX;
        lo[d + 1] = Math.log(minNoiseVariance);
        hi[d + 1] = LOG_NOISE_MAX;
        double[][] starts = new double[restarts + 1][d + 2];
        for (int j = 0; j < d; j++) {
            starts[0][j] = Math.log(Math.min(0.3 * Math.sqrt(d), 2));
        }
        starts[0][d] = 0;
        starts[0][d + 1] = Math.max(Math.log(1e-3), lo[d + 1]);
        if (start != null) {
            if (start.lengthScales().length != d) {
                throw new InputException("gaussian process: start has " + start.lengthScales().length + " length scales, expected " + d);
            }
            for (int j = 0; j < d; j++) {
                starts[0][j] = Math.log(start.lengthScales()[j]);
            }
            starts[0][d] = Math.log(start.signalVariance());
            starts[0][d + 1] = Math.log(start.noiseVariance());
        }
        for (int s = 1; s <= restarts; s++) {
            SplittableRandom rng = new SplittableRandom(Seeds.derive(seed, s));
            for (int j = 0; j < d; j++) {
                starts[s][j] = Math.log(0.05) + rng.nextDouble() * (Math.log(3) - Math.log(0.05));
            }
            starts[s][d] = Math.log(0.3) + rng.nextDouble() * (Math.log(3) - Math.log(0.3));
            starts[s][d + 1] = lo[d + 1] + rng.nextDouble() * (Math.log(0.1) - lo[d + 1]);
        }
        // Screen every start with a short run, then polish only the most likely one: most of the
        // O(n³) likelihood evaluations go to the start that wins. (Screening on a subset of the data
        // was tried and rejected: it can favour a basin that is worse on all the data.)
        int screen = starts.length == 1 ? maxIterations : Math.max(1, maxIterations / 10);
        BoxLbfgs shortRun = new BoxLbfgs(10, screen, 1e-4, 1e-7);
        BoxLbfgs.Result[] results = new BoxLbfgs.Result[starts.length];
        IntStream.range(0, starts.length).parallel().forEach(s -> {
            Likelihood nll = new Likelihood(data);
            results[s] = shortRun.minimize(nll::negativeLogLikelihood, starts[s], lo, hi);
        });
        int best = -1;
        for (int s = 0; s < results.length; s++) {
            if (Double.isFinite(results[s].value()) && (best < 0 || results[s].value() < results[best].value())) {
                best = s;
            }
        }
        if (best < 0) {
            throw new IllegalStateException("gaussian process: marginal likelihood is not finite at any start");
        }
        double[] theta = results[best].x();
        if (screen < maxIterations) {
            BoxLbfgs.Result polished = new BoxLbfgs(10, maxIterations - screen, 1e-4, 1e-7)
                    .minimize(new Likelihood(data)::negativeLogLikelihood, theta, lo, hi);
            if (polished.value() <= results[best].value()) {
                theta = polished.x();
            }
        }
        return build(data, hyperparameters(theta, d));
    }

    /** A process with given hyperparameters (standardised units), no optimisation: for tests and resampling. */
    public GaussianProcess withHyperparameters(double[][] x, double[] y, GaussianProcess.Hyperparameters h) {
        return build(prepare(x, y), h);
    }

    /**
     * Negative log marginal likelihood of (x, y) after this model's scaling, at log-hyperparameters
     * theta = (log ℓ_1..d, log σf², log σn²), with its gradient: exposed for gradient checks.
     */
    double negativeLogLikelihood(double[][] x, double[] y, double[] theta, double[] gradient) {
        return new Likelihood(prepare(x, y)).negativeLogLikelihood(theta, gradient);
    }

    private static GaussianProcess.Hyperparameters hyperparameters(double[] theta, int d) {
        double[] ls = new double[d];
        for (int j = 0; j < d; j++) {
            ls[j] = Math.exp(theta[j]);
        }
        return new GaussianProcess.Hyperparameters(ls, Math.exp(theta[d]), Math.exp(theta[d + 1]));
    }

    private static GaussianProcess build(Data data, GaussianProcess.Hyperparameters h) {
        int n = data.n;
        double[] theta = new double[data.d + 2];
        for (int j = 0; j < data.d; j++) {
            theta[j] = Math.log(h.lengthScales()[j]);
        }
        theta[data.d] = Math.log(h.signalVariance());
        theta[data.d + 1] = Math.log(h.noiseVariance());
        Likelihood lik = new Likelihood(data);
        double nll = lik.factor(theta);
        if (!Double.isFinite(nll)) {
            throw new IllegalStateException("gaussian process: covariance matrix is not positive definite");
        }
        return new GaussianProcess(data.lower, data.width, data.xUnit, data.y, data.yMean, data.yScale, h,
                lik.chol, lik.alpha, -nll);
    }

    private record Data(int n, int d, double[] lower, double[] width, double[] xUnit, double[] y, double yMean,
            double yScale) {
    }

    private Data prepare(double[][] x, double[] y) {
        int n = x.length;
        if (n < 2 || y.length != n) {
            throw new InputException("gaussian process: needs at least 2 training points with one output each, got "
                    + n + " inputs and " + y.length + " outputs");
        }
        int d = x[0].length;
        double[] lo = new double[d];
        double[] width = new double[d];
        for (int j = 0; j < d; j++) {
            double a = Double.POSITIVE_INFINITY;
            double b = Double.NEGATIVE_INFINITY;
            for (double[] row : x) {
                if (row.length != d || !Double.isFinite(row[j])) {
                    throw new InputException("gaussian process: every input row must have " + d + " finite values");
                }
                a = Math.min(a, row[j]);
                b = Math.max(b, row[j]);
            }
            if (lower != null) {
                a = lower[j];
                b = upper[j];
            }
            lo[j] = a;
            width[j] = b > a ? b - a : 1;
        }
        double[] xu = new double[n * d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                xu[i * d + j] = (x[i][j] - lo[j]) / width[j];
            }
        }
        double mean = 0;
        for (double v : y) {
            if (!Double.isFinite(v)) {
                throw new InputException("gaussian process: training outputs must be finite, got " + v);
            }
            mean += v;
        }
        mean /= n;
        double ss = 0;
        for (double v : y) {
            ss += (v - mean) * (v - mean);
        }
        double scale = Math.sqrt(ss / n);
        if (!(scale > 0)) {
            scale = 1;
        }
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            ys[i] = (y[i] - mean) / scale;
        }
        return new Data(n, d, lo, width, xu, ys, mean, scale);
    }

    /** Negative log marginal likelihood and its gradient for one data set; not thread-safe (owns buffers). */
    private static final class Likelihood {
        final Data data;
        final double[] k; // covariance, then reused
        final double[] deriv; // σf²·(5/3)(1+√5r)e^{−√5r} per pair (i<j stored at i*n+j)
        double[] chol;
        double[] alpha;

        Likelihood(Data data) {
            this.data = data;
            this.k = new double[data.n * data.n];
            this.deriv = new double[data.n * data.n];
        }

        /** Builds K, factors it; returns the negative log likelihood (or +inf if not positive definite). */
        double factor(double[] theta) {
            int n = data.n;
            int d = data.d;
            double[] inv = new double[d];
            for (int j = 0; j < d; j++) {
                inv[j] = Math.exp(-2 * theta[j]);
            }
            double sf2 = Math.exp(theta[d]);
            double sn2 = Math.exp(theta[d + 1]);
            double[] x = data.xUnit;
            for (int i = 0; i < n; i++) {
                k[i * n + i] = sf2 + sn2;
                for (int j = i + 1; j < n; j++) {
                    double s = 0;
                    for (int c = 0; c < d; c++) {
                        double t = x[i * d + c] - x[j * d + c];
                        s += t * t * inv[c];
                    }
                    double r = Math.sqrt(s);
                    double v = sf2 * Matern52.correlation(r);
                    k[i * n + j] = v;
                    k[j * n + i] = v;
                    deriv[i * n + j] = sf2 * Matern52.derivativeFactor(r);
                }
            }
            chol = k.clone();
            if (!DenseCholesky.factor(chol, n)) {
                return Double.POSITIVE_INFINITY;
            }
            double logDet = 0;
            for (int i = 0; i < n; i++) {
                double dii = chol[i * n + i];
                if (!(dii > 0)) {
                    return Double.POSITIVE_INFINITY;
                }
                logDet += 2 * Math.log(dii);
            }
            alpha = data.y.clone();
            solveCholesky(chol, n, alpha);
            double fit = 0;
            for (int i = 0; i < n; i++) {
                fit += data.y[i] * alpha[i];
            }
            return 0.5 * fit + 0.5 * logDet + 0.5 * n * Math.log(2 * Math.PI);
        }

        double negativeLogLikelihood(double[] theta, double[] grad) {
            double nll = factor(theta);
            if (!Double.isFinite(nll)) {
                return Double.POSITIVE_INFINITY;
            }
            int n = data.n;
            int d = data.d;
            double[] ki = DenseCholesky.inverse(chol, n);
            // ∂NLL/∂θ = ½ tr((K⁻¹ − ααᵀ) ∂K/∂θ)  (Rasmussen & Williams eq. 5.9).
            double[] inv = new double[d];
            for (int j = 0; j < d; j++) {
                inv[j] = Math.exp(-2 * theta[j]);
            }
            double sf2 = Math.exp(theta[d]);
            double sn2 = Math.exp(theta[d + 1]);
            double[] gl = new double[d];
            double gs = 0;
            double gn = 0;
            double[] x = data.xUnit;
            for (int i = 0; i < n; i++) {
                double wii = ki[i * n + i] - alpha[i] * alpha[i];
                gs += wii * sf2;
                gn += wii * sn2;
                for (int j = i + 1; j < n; j++) {
                    double w = 2 * (ki[i * n + j] - alpha[i] * alpha[j]); // both triangles
                    gs += w * k[i * n + j];
                    double f = w * deriv[i * n + j];
                    for (int c = 0; c < d; c++) {
                        double t = x[i * d + c] - x[j * d + c];
                        gl[c] += f * t * t * inv[c];
                    }
                }
            }
            for (int c = 0; c < d; c++) {
                grad[c] = 0.5 * gl[c];
            }
            grad[d] = 0.5 * gs;
            grad[d + 1] = 0.5 * gn;
            return nll;
        }
    }

    /** Solves (LLᵀ) x = b in place; L row-major lower-triangular n×n. */
    static void solveCholesky(double[] l, int n, double[] b) {
        forwardSolve(l, n, b);
        backSolve(l, n, b);
    }

    /** Solves L x = b in place. */
    static void forwardSolve(double[] l, int n, double[] b) {
        for (int i = 0; i < n; i++) {
            double s = b[i];
            int base = i * n;
            for (int j = 0; j < i; j++) {
                s -= l[base + j] * b[j];
            }
            b[i] = s / l[base + i];
        }
    }

    /** Solves Lᵀ x = b in place (row i of L is contiguous: column sweep). */
    static void backSolve(double[] l, int n, double[] b) {
        for (int i = n - 1; i >= 0; i--) {
            int base = i * n;
            double xi = b[i] / l[base + i];
            b[i] = xi;
            for (int j = 0; j < i; j++) {
                b[j] -= l[base + j] * xi;
            }
        }
    }
}
