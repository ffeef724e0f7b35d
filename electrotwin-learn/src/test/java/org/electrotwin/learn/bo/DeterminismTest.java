package org.electrotwin.learn.bo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ForkJoinPool;

import org.electrotwin.learn.RandomPoints;
import org.electrotwin.learn.forest.RandomForestModel;
import org.electrotwin.learn.gp.GaussianProcessModel;
import org.junit.jupiter.api.Test;

/** Same seed and data → same result, whatever the thread count and the history of the object. */
class DeterminismTest {

    static <T> T onThreads(int threads, java.util.concurrent.Callable<T> task) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(task).get();
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void surrogatesDoNotDependOnTheThreadCount() throws Exception {
        double[][] x = RandomPoints.uniform(120, 3, 1);
        double[] y = new double[120];
        for (int i = 0; i < 120; i++) {
            y[i] = Math.sin(5 * x[i][0]) + x[i][1] * x[i][2];
        }
        double[][] q = RandomPoints.uniform(50, 3, 2);
        double[] gp1 = onThreads(1, () -> GaussianProcessModel.defaults(3).fit(x, y).predict(q).mean());
        double[] gp4 = onThreads(4, () -> GaussianProcessModel.defaults(3).fit(x, y).predict(q).mean());
        assertThat(gp1).containsExactly(gp4);
        double[] rf1 = onThreads(1, () -> RandomForestModel.defaults(3).fit(x, y).predict(q).variance());
        double[] rf4 = onThreads(4, () -> RandomForestModel.defaults(3).fit(x, y).predict(q).variance());
        assertThat(rf1).containsExactly(rf4);
    }

    /**
     * Past 64 evaluations the hyperparameters come from a cached prefix fit: an optimiser that has
     * been asked along the way and one resumed from the stored evaluations on one thread propose
     * the same batch.
     */
    @Test
    void resumeAfterManyEvaluationsGivesTheSameBatch() throws Exception {
        BayesianOptimizer.Settings s = BayesianOptimizer.Settings.defaults(new double[] {0, 0}, new double[] {1, 1},
                new Goal.Minimise(0), 77).withConstraints(List.of(Constraint.atMost(1, 1.5)));
        BayesianOptimizer live = new BayesianOptimizer(s);
        double[][] x = RandomPoints.uniform(75, 2, 5);
        for (int i = 0; i < 75; i++) {
            live.tell(new double[][] {x[i]}, new double[][] {{Math.cos(6 * x[i][0]) + x[i][1], x[i][0] + x[i][1]}});
            if (i == 66 || i == 70) {
                live.ask(1); // fills the hyperparameter cache along the way
            }
        }
        double[][] expected = live.ask(3);
        double[][] resumed = onThreads(1, () -> BayesianOptimizer.resume(s, live.evaluations()).ask(3));
        assertThat(resumed).isDeepEqualTo(expected);
        assertThat(BayesianOptimizer.hyperparameterPrefix(75)).isEqualTo(72);
        assertThat(BayesianOptimizer.hyperparameterPrefix(64)).isEqualTo(64);
        assertThat(BayesianOptimizer.hyperparameterPrefix(511)).isEqualTo(496);
    }
}
