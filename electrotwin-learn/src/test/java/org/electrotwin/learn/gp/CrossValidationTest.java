package org.electrotwin.learn.gp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.electrotwin.learn.RandomPoints;
import org.junit.jupiter.api.Test;

class CrossValidationTest {

    /** A model that predicts the training mean: R² must be slightly below 0, RMSE equal to a direct computation. */
    @Test
    void meanPredictorGivesTheLeaveFoldOutValues() {
        double[][] x = new double[10][1];
        double[] y = new double[10];
        for (int i = 0; i < 10; i++) {
            x[i][0] = i;
            y[i] = i * i;
        }
        SurrogateModel mean = (xt, yt) -> {
            double m = java.util.Arrays.stream(yt).average().orElseThrow();
            return q -> new Prediction(java.util.stream.DoubleStream.generate(() -> m).limit(q.length).toArray(), new double[q.length]);
        };
        CrossValidation cv = CrossValidation.kFold(mean, x, y, 10, 1); // leave-one-out
        double total = java.util.Arrays.stream(y).sum();
        double ss = 0;
        double ssTot = 0;
        for (int i = 0; i < 10; i++) {
            double loo = (total - y[i]) / 9;
            assertThat(cv.predicted()[i]).isCloseTo(loo, within(1e-12));
            ss += (y[i] - loo) * (y[i] - loo);
            ssTot += (y[i] - total / 10) * (y[i] - total / 10);
        }
        assertThat(cv.rmse()).isCloseTo(Math.sqrt(ss / 10), within(1e-12));
        assertThat(cv.r2()).isCloseTo(1 - ss / ssTot, within(1e-12)).isNegative();
    }

    @Test
    void gaussianProcessPredictsASmoothFunctionWell() {
        double[][] x = RandomPoints.uniform(80, 2, 3);
        double[] y = new double[80];
        for (int i = 0; i < 80; i++) {
            y[i] = Math.sin(3 * x[i][0]) * Math.cos(2 * x[i][1]);
        }
        CrossValidation cv = CrossValidation.kFold(GaussianProcessModel.defaults(1), x, y, 5, 2);
        System.out.printf("GP 5-fold CV on sin(3x)cos(2y), 80 points: R2 %.5f RMSE %.2e%n", cv.r2(), cv.rmse());
        assertThat(cv.r2()).isGreaterThan(0.995);
    }
}
