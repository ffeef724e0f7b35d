package org.electrotwin.learn.forest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.electrotwin.learn.RandomPoints;
import org.electrotwin.learn.gp.CrossValidation;
import org.electrotwin.learn.gp.Prediction;
import org.electrotwin.learn.gp.Surrogate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RandomForestModelTest {

    /** A stump (depth 1, all features, no bootstrap) takes the split a brute-force search over all cuts finds. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void stumpSplitEqualsBruteForce(long seed) {
        int n = 40;
        double[][] x = RandomPoints.uniform(n, 3, seed);
        double[] y = new double[n];
        SplittableRandom r = new SplittableRandom(seed + 9);
        for (int i = 0; i < n; i++) {
            y[i] = (x[i][1] > 0.4 ? 2 : 0) + 0.3 * x[i][0] + 0.5 * r.nextGaussian();
        }
        Surrogate stump = new RandomForestModel(1, 1, 1.0, false, 1, seed).fit(x, y);
        // Brute force: every feature, every threshold between consecutive distinct values; minimise the SSE.
        double bestSse = Double.POSITIVE_INFINITY;
        double[] bestMeans = null;
        int bestF = -1;
        double bestT = 0;
        for (int f = 0; f < 3; f++) {
            for (int a = 0; a < n; a++) {
                double t = x[a][f];
                double sl = 0, sr = 0;
                int nl = 0, nr = 0;
                for (int i = 0; i < n; i++) {
                    if (x[i][f] <= t) {
                        sl += y[i];
                        nl++;
                    } else {
                        sr += y[i];
                        nr++;
                    }
                }
                if (nl == 0 || nr == 0) {
                    continue;
                }
                double ml = sl / nl, mr = sr / nr, sse = 0;
                for (int i = 0; i < n; i++) {
                    double m = x[i][f] <= t ? ml : mr;
                    sse += (y[i] - m) * (y[i] - m);
                }
                if (sse < bestSse - 1e-12) {
                    bestSse = sse;
                    bestMeans = new double[] {ml, mr};
                    bestF = f;
                    bestT = t;
                }
            }
        }
        Prediction p = stump.predict(x);
        for (int i = 0; i < n; i++) {
            double expected = x[i][bestF] <= bestT ? bestMeans[0] : bestMeans[1];
            assertThat(p.mean()[i]).isCloseTo(expected, within(1e-12));
        }
    }

    /** A fully grown single tree on all the data reproduces the training outputs. */
    @Test
    void fullTreeInterpolatesTheTrainingData() {
        double[][] x = RandomPoints.uniform(100, 4, 5);
        double[] y = new double[100];
        for (int i = 0; i < 100; i++) {
            y[i] = Math.sin(7 * x[i][0]) + x[i][2];
        }
        Prediction p = new RandomForestModel(1, 1, 1.0, false, 100, 1).fit(x, y).predict(x);
        for (int i = 0; i < 100; i++) {
            assertThat(p.mean()[i]).isCloseTo(y[i], within(1e-12));
            assertThat(p.variance()[i]).isCloseTo(0, within(1e-12));
        }
    }

    /** Friedman #1 (Friedman 1991): 10 inputs, 5 active; a forest explains most of the variance. */
    @Test
    void friedmanOneCrossValidation() {
        double[][] x = RandomPoints.uniform(600, 10, 7);
        double[] y = new double[600];
        for (int i = 0; i < 600; i++) {
            double[] v = x[i];
            y[i] = 10 * Math.sin(Math.PI * v[0] * v[1]) + 20 * (v[2] - 0.5) * (v[2] - 0.5) + 10 * v[3] + 5 * v[4];
        }
        CrossValidation cv = CrossValidation.kFold(new RandomForestModel(100, 3, 0.5, true, 40, 3), x, y, 5, 1);
        System.out.printf("Random forest 5-fold CV on Friedman #1 (600 points): R2 %.3f RMSE %.3f%n", cv.r2(), cv.rmse());
        assertThat(cv.r2()).isGreaterThan(0.8);
    }

    @Test
    void seededAndThreadCountIndependent() {
        double[][] x = RandomPoints.uniform(200, 3, 8);
        double[] y = new double[200];
        for (int i = 0; i < 200; i++) {
            y[i] = x[i][0] * x[i][1];
        }
        double[][] q = RandomPoints.uniform(20, 3, 9);
        Prediction a = RandomForestModel.defaults(4).fit(x, y).predict(q);
        Prediction b = RandomForestModel.defaults(4).fit(x, y).predict(q);
        assertThat(a.mean()).containsExactly(b.mean());
        assertThat(a.variance()).containsExactly(b.variance());
    }
}
