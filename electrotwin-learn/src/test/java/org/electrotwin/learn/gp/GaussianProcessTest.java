package org.electrotwin.learn.gp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.electrotwin.learn.RandomPoints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GaussianProcessTest {

    /** Independent Matérn 5/2, written out from Rasmussen & Williams eq. 4.17. */
    static double matern(double[] a, double[] b, double[] ls, double sf2) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            s += Math.pow((a[j] - b[j]) / ls[j], 2);
        }
        double r = Math.sqrt(s);
        return sf2 * (1 + Math.sqrt(5) * r + 5 * r * r / 3) * Math.exp(-Math.sqrt(5) * r);
    }

    /** Dense inverse by Gauss-Jordan with partial pivoting (brute force, independent of the code under test). */
    static double[][] inverse(double[][] a) {
        int n = a.length;
        double[][] m = new double[n][2 * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n + i] = 1;
        }
        for (int c = 0; c < n; c++) {
            int p = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[p][c])) {
                    p = r;
                }
            }
            double[] t = m[c];
            m[c] = m[p];
            m[p] = t;
            double piv = m[c][c];
            for (int k = 0; k < 2 * n; k++) {
                m[c][k] /= piv;
            }
            for (int r = 0; r < n; r++) {
                if (r != c) {
                    double f = m[r][c];
                    for (int k = 0; k < 2 * n; k++) {
                        m[r][k] -= f * m[c][k];
                    }
                }
            }
        }
        double[][] inv = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(m[i], n, inv[i], 0, n);
        }
        return inv;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void posteriorEqualsDirectDenseComputation(long seed) {
        int n = 25;
        int d = 3;
        double[][] x = RandomPoints.uniform(n, d, seed);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = Math.sin(3 * x[i][0]) + x[i][1] * x[i][2] + 2;
        }
        double[] ls = {0.3, 0.6, 0.9};
        double sf2 = 1.3;
        double sn2 = 0.01;
        double[] lo = {0, 0, 0};
        double[] hi = {1, 1, 1};
        GaussianProcess gp = GaussianProcessModel.defaults(0).withBox(lo, hi)
                .withHyperparameters(x, y, new GaussianProcess.Hyperparameters(ls, sf2, sn2));
        // Direct: standardise y, K = sf2 k + sn2 I, mean = m + s k*ᵀK⁻¹ỹ, var = s²(sf2 − k*ᵀK⁻¹k*).
        double mean = 0;
        for (double v : y) {
            mean += v / n;
        }
        double ss = 0;
        for (double v : y) {
            ss += (v - mean) * (v - mean);
        }
        double s = Math.sqrt(ss / n);
        double[][] k = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                k[i][j] = matern(x[i], x[j], ls, sf2) + (i == j ? sn2 : 0);
            }
        }
        double[][] kinv = inverse(k);
        double[][] test = RandomPoints.uniform(40, d, seed + 100);
        Prediction p = gp.predict(test);
        double logDet = 0;
        assertThat(inverse(kinv)[0][0]).as("reference inverse round trip").isCloseTo(k[0][0], within(1e-8));
        for (int t = 0; t < test.length; t++) {
            double[] ks = new double[n];
            for (int i = 0; i < n; i++) {
                ks[i] = matern(test[t], x[i], ls, sf2);
            }
            double mu = 0;
            double q = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    mu += ks[i] * kinv[i][j] * (y[j] - mean) / s;
                    q += ks[i] * kinv[i][j] * ks[j];
                }
            }
            assertThat(p.mean()[t]).isCloseTo(mean + s * mu, within(1e-9));
            assertThat(p.variance()[t]).isCloseTo(s * s * (sf2 - q), within(1e-9));
        }
        // Log marginal likelihood −½ỹᵀK⁻¹ỹ − ½log|K| − n/2 log 2π, log|K| from a textbook Cholesky written here.
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double v = k[i][j];
                for (int c = 0; c < j; c++) {
                    v -= l[i][c] * l[j][c];
                }
                l[i][j] = i == j ? Math.sqrt(v) : v / l[j][j];
            }
            logDet += 2 * Math.log(l[i][i]);
        }
        double fit = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                fit += (y[i] - mean) / s * kinv[i][j] * (y[j] - mean) / s;
            }
        }
        assertThat(gp.logMarginalLikelihood()).isCloseTo(-0.5 * fit - 0.5 * logDet - 0.5 * n * Math.log(2 * Math.PI), within(1e-8));
    }

    @Test
    void gradientsOfThePosteriorMatchFiniteDifferences() {
        double[][] x = RandomPoints.uniform(30, 4, 9);
        double[] y = new double[30];
        for (int i = 0; i < 30; i++) {
            y[i] = Math.cos(4 * x[i][0]) + x[i][3];
        }
        GaussianProcess gp = GaussianProcessModel.defaults(1).withBox(new double[4], new double[] {1, 1, 1, 1}).fit(x, y);
        double[] u = {0.3, 0.7, 0.2, 0.55};
        double[] gm = new double[4];
        double[] gv = new double[4];
        gp.posteriorWithGradient(u, gm, gv);
        double h = 1e-6;
        for (int j = 0; j < 4; j++) {
            double[] a = u.clone();
            double[] b = u.clone();
            a[j] += h;
            b[j] -= h;
            double[] pa = gp.posteriorWithGradient(a, new double[4], new double[4]);
            double[] pb = gp.posteriorWithGradient(b, new double[4], new double[4]);
            assertThat(gm[j]).isCloseTo((pa[0] - pb[0]) / (2 * h), within(1e-5 * (1 + Math.abs(gm[j]))));
            assertThat(gv[j]).isCloseTo((pa[1] - pb[1]) / (2 * h), within(1e-5 * (1 + Math.abs(gv[j]))));
        }
        Prediction p = gp.predict(new double[][] {u});
        double[] direct = gp.posteriorWithGradient(u, gm, gv);
        assertThat(p.mean()[0]).isCloseTo(direct[0], within(1e-12));
        assertThat(p.variance()[0]).isCloseTo(direct[1], within(1e-12));
    }

    /** The fitted hyperparameters are a local maximum of the marginal likelihood (checks the analytic gradient). */
    @Test
    void fittedHyperparametersMaximiseTheLikelihoodLocally() {
        double[][] x = RandomPoints.uniform(60, 3, 4);
        double[] y = new double[60];
        SplittableRandom r = new SplittableRandom(5);
        for (int i = 0; i < 60; i++) {
            y[i] = Math.sin(5 * x[i][0]) + 0.5 * x[i][1] + 0.05 * r.nextGaussian();
        }
        GaussianProcessModel model = GaussianProcessModel.defaults(2);
        GaussianProcess gp = model.fit(x, y);
        GaussianProcess.Hyperparameters h = gp.hyperparameters();
        double best = gp.logMarginalLikelihood();
        for (int p = 0; p < 5; p++) {
            for (double f : new double[] {0.97, 1.03}) {
                double[] ls = h.lengthScales().clone();
                double sf2 = h.signalVariance();
                double sn2 = h.noiseVariance();
                if (p < 3) {
                    if (ls[p] * f > 20) {
                        continue; // at the upper bound of the search box
                    }
                    ls[p] *= f;
                } else if (p == 3) {
                    sf2 *= f;
                } else {
                    sn2 *= f;
                }
                double other = model.withHyperparameters(x, y, new GaussianProcess.Hyperparameters(ls, sf2, sn2))
                        .logMarginalLikelihood();
                assertThat(other).as("parameter %d factor %f", p, f).isLessThanOrEqualTo(best + 1e-6);
            }
        }
    }

    @Test
    void likelihoodGradientMatchesFiniteDifferences() {
        double[][] x = RandomPoints.uniform(40, 3, 8);
        double[] y = new double[40];
        for (int i = 0; i < 40; i++) {
            y[i] = Math.exp(x[i][0]) * Math.sin(3 * x[i][1]) + x[i][2];
        }
        GaussianProcessModel model = GaussianProcessModel.defaults(0);
        double[] theta = {Math.log(0.3), Math.log(0.7), Math.log(1.5), Math.log(0.8), Math.log(0.02)};
        double[] g = new double[5];
        model.negativeLogLikelihood(x, y, theta, g);
        double h = 1e-6;
        for (int p = 0; p < 5; p++) {
            double[] a = theta.clone();
            double[] b = theta.clone();
            a[p] += h;
            b[p] -= h;
            double fd = (model.negativeLogLikelihood(x, y, a, new double[5]) - model.negativeLogLikelihood(x, y, b, new double[5])) / (2 * h);
            assertThat(g[p]).as("parameter %d", p).isCloseTo(fd, within(1e-5 * (1 + Math.abs(fd))));
        }
    }

    /** Kriging believer update equals a refit with the same hyperparameters and standardisation. */
    @Test
    void conditioningOnOneMorePointEqualsDirectComputation() {
        double[][] x = RandomPoints.uniform(20, 2, 6);
        double[] y = new double[20];
        for (int i = 0; i < 20; i++) {
            y[i] = x[i][0] - x[i][1] * x[i][1];
        }
        GaussianProcess.Hyperparameters h = new GaussianProcess.Hyperparameters(new double[] {0.4, 0.3}, 1.1, 1e-3);
        GaussianProcessModel model = GaussianProcessModel.defaults(0).withBox(new double[2], new double[] {1, 1});
        GaussianProcess gp = model.withHyperparameters(x, y, h).withObservation(new double[] {0.5, 0.5}, 0.25);
        // Direct: posterior of the standardised process with 21 points; standardisation of the first 20.
        double[][] x21 = java.util.Arrays.copyOf(x, 21);
        x21[20] = new double[] {0.5, 0.5};
        double mean = java.util.Arrays.stream(y).average().orElseThrow();
        double s = Math.sqrt(java.util.Arrays.stream(y).map(v -> (v - mean) * (v - mean)).sum() / 20);
        double[] y21 = java.util.Arrays.copyOf(y, 21);
        y21[20] = 0.25;
        double[][] k = new double[21][21];
        for (int i = 0; i < 21; i++) {
            for (int j = 0; j < 21; j++) {
                k[i][j] = matern(x21[i], x21[j], h.lengthScales(), 1.1) + (i == j ? 1e-3 : 0);
            }
        }
        double[][] kinv = inverse(k);
        double[] t = {0.2, 0.9};
        double mu = 0;
        double q = 0;
        for (int i = 0; i < 21; i++) {
            for (int j = 0; j < 21; j++) {
                double ki = matern(t, x21[i], h.lengthScales(), 1.1);
                double kj = matern(t, x21[j], h.lengthScales(), 1.1);
                mu += ki * kinv[i][j] * (y21[j] - mean) / s;
                q += ki * kinv[i][j] * kj;
            }
        }
        Prediction p = gp.predict(new double[][] {t});
        assertThat(p.mean()[0]).isCloseTo(mean + s * mu, within(1e-9));
        assertThat(p.variance()[0]).isCloseTo(s * s * (1.1 - q), within(1e-9));
    }

    /**
     * Hyperparameter recovery: 400 points drawn from a GP with known length scales (0.15, 0.6),
     * noise/signal ratio 0.01. Tolerance: length scales within 25 %, noise ratio within a factor 2
     * (the maximum-likelihood estimate's spread at this n, measured over seeds).
     */
    @ParameterizedTest
    @ValueSource(longs = {21, 22})
    void recoversHyperparametersOfAKnownProcess(long seed) {
        int n = 400;
        double[][] x = RandomPoints.uniform(n, 2, seed);
        double[] ls = {0.15, 0.6};
        double sf2 = 1.0;
        double sn2 = 0.01;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double v = matern(x[i], x[j], ls, sf2) + (i == j ? sn2 : 0);
                for (int c = 0; c < j; c++) {
                    v -= l[i][c] * l[j][c];
                }
                l[i][j] = i == j ? Math.sqrt(v) : v / l[j][j];
            }
        }
        SplittableRandom r = new SplittableRandom(seed * 7);
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = r.nextGaussian();
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                y[i] += l[i][j] * z[j];
            }
        }
        GaussianProcess gp = GaussianProcessModel.defaults(seed).withBox(new double[2], new double[] {1, 1}).fit(x, y);
        GaussianProcess.Hyperparameters h = gp.hyperparameters();
        System.out.printf("GP recovery seed %d: lengthScales %.4f %.4f (true 0.15 0.6), noise/signal %.4f (true 0.01)%n",
                seed, h.lengthScales()[0], h.lengthScales()[1], h.noiseVariance() / h.signalVariance());
        assertThat(h.lengthScales()[0]).isCloseTo(0.15, within(0.25 * 0.15));
        assertThat(h.lengthScales()[1]).isCloseTo(0.6, within(0.25 * 0.6));
        assertThat(h.noiseVariance() / h.signalVariance()).isBetween(0.005, 0.02);
    }
}
