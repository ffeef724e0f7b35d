package org.electrotwin.learn.gp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.electrotwin.core.InputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A fit warm-started from hyperparameters fitted on half the data reaches the multi-start optimum. */
class WarmStartTest {
    static double f(double[] x) {
        return Math.sin(3 * x[0]) + 0.5 * Math.cos(5 * x[1]) + x[2] * x[2];
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void warmStartFromHalfTheDataReachesTheColdOptimum(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = 120;
        double[][] x = new double[n][3];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 3; j++) {
                x[i][j] = r.nextDouble();
            }
            y[i] = f(x[i]) + 0.01 * r.nextGaussian();
        }
        double[] lo = {0, 0, 0};
        double[] hi = {1, 1, 1};
        GaussianProcessModel m = GaussianProcessModel.defaults(seed).withBox(lo, hi);
        GaussianProcess cold = m.fit(x, y);
        GaussianProcess half = m.fit(java.util.Arrays.copyOf(x, n / 2), java.util.Arrays.copyOf(y, n / 2));
        GaussianProcess warm = m.withRestarts(0, 200).withStart(half.hyperparameters()).fit(x, y);
        assertThat(warm.logMarginalLikelihood()).isCloseTo(cold.logMarginalLikelihood(), within(1e-3 * Math.abs(cold.logMarginalLikelihood())));
        for (int j = 0; j < 3; j++) {
            assertThat(warm.hyperparameters().lengthScales()[j]).isCloseTo(cold.hyperparameters().lengthScales()[j],
                    within(0.05 * cold.hyperparameters().lengthScales()[j]));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 4})
    void aStartOfTheWrongDimensionIsRejected(int d) {
        GaussianProcess.Hyperparameters h = new GaussianProcess.Hyperparameters(new double[d], 1, 1e-3);
        assertThatThrownBy(() -> GaussianProcessModel.defaults(1).withStart(h).fit(new double[][] {{0, 0, 0}, {1, 1, 1}}, new double[] {0, 1}))
                .isInstanceOf(InputException.class).hasMessageContaining("expected 3");
    }
}
