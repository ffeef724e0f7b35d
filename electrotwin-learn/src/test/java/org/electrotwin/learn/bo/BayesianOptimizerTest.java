package org.electrotwin.learn.bo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.electrotwin.core.InputException;
import org.electrotwin.learn.gp.GaussianProcess;
import org.electrotwin.learn.gp.GaussianProcessModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BayesianOptimizerTest {

    private static double sphere(double[] x) {
        return (x[0] - 0.3) * (x[0] - 0.3) + (x[1] - 0.7) * (x[1] - 0.7);
    }

    @Test
    void resumingFromStoredEvaluationsGivesTheSameProposal() {
        BayesianOptimizer.Settings s = BayesianOptimizer.Settings.defaults(new double[] {0, 0}, new double[] {1, 1},
                new Goal.Minimise(0), 42);
        BayesianOptimizer a = new BayesianOptimizer(s);
        a.run(x -> new double[] {sphere(x)}, 12, 2, null);
        double[][] next = a.ask(3);
        BayesianOptimizer b = BayesianOptimizer.resume(s, a.evaluations());
        assertThat(b.ask(3)).isDeepEqualTo(next);
        // A second run from scratch with the same seed takes the same path.
        BayesianOptimizer c = new BayesianOptimizer(s);
        c.run(x -> new double[] {sphere(x)}, 12, 2, null);
        assertThat(c.evaluations().get(11).x()).containsExactly(a.evaluations().get(11).x());
    }

    @Test
    void batchProposalsAreDistinctAndInsideTheBox() {
        BayesianOptimizer.Settings s = BayesianOptimizer.Settings.defaults(new double[] {-2, 5}, new double[] {3, 9},
                new Goal.Minimise(0), 7);
        BayesianOptimizer o = new BayesianOptimizer(s);
        o.run(x -> new double[] {Math.sin(2 * x[0]) + 0.1 * (x[1] - 7) * (x[1] - 7)}, 10, 5, null);
        double[][] batch = o.ask(4);
        System.out.println("Kriging-believer batch: " + java.util.Arrays.deepToString(batch));
        for (int i = 0; i < 4; i++) {
            assertThat(batch[i][0]).isBetween(-2.0, 3.0);
            assertThat(batch[i][1]).isBetween(5.0, 9.0);
            for (int j = 0; j < i; j++) {
                double dist = Math.hypot((batch[i][0] - batch[j][0]) / 5, (batch[i][1] - batch[j][1]) / 4);
                assertThat(dist).as("proposals %d and %d", i, j).isGreaterThan(1e-4);
            }
        }
    }

    /** Analytic acquisition gradient (log-EI with two constraints, UCB) against finite differences. */
    @ParameterizedTest
    @ValueSource(strings = {"log-ei", "ucb"})
    void acquisitionGradientMatchesFiniteDifferences(String kind) {
        double[][] u = new double[15][];
        double[] f = new double[15];
        double[] c = new double[15];
        java.util.SplittableRandom r = new java.util.SplittableRandom(3);
        for (int i = 0; i < 15; i++) {
            u[i] = new double[] {r.nextDouble(), r.nextDouble(), r.nextDouble()};
            f[i] = Math.sin(4 * u[i][0]) + u[i][1] * u[i][2];
            c[i] = u[i][0] + u[i][1];
        }
        GaussianProcessModel m = GaussianProcessModel.defaults(1).withBox(new double[3], new double[] {1, 1, 1});
        GaussianProcess gf = m.fit(u, f);
        GaussianProcess gc = m.fit(u, c);
        List<Constraint> cons = kind.equals("ucb") ? List.of() : List.of(Constraint.atMost(1, 1.1), new Constraint(1, 0.2, 1.5));
        List<GaussianProcess> gps = kind.equals("ucb") ? List.of() : List.of(gc, gc);
        Acquisition a = new Acquisition(BayesianOptimizer.ACQUISITIONS.get(kind), gf, gps, cons, -0.3, 4);
        double[] x = {0.41, 0.23, 0.77};
        double[] g = new double[3];
        double v = a.valueAndGradient(x, g);
        assertThat(a.values(new double[][] {x})[0]).isCloseTo(v, within(1e-10));
        double h = 1e-6;
        for (int j = 0; j < 3; j++) {
            double[] p = x.clone();
            double[] q = x.clone();
            p[j] += h;
            q[j] -= h;
            double fd = (a.valueAndGradient(p, new double[3]) - a.valueAndGradient(q, new double[3])) / (2 * h);
            assertThat(g[j]).isCloseTo(fd, within(1e-4 * (1 + Math.abs(fd))));
        }
    }

    /** With a constraint x0 + x1 ≥ 1.2 the optimum of the sphere moves to the boundary point (0.4, 0.8). */
    @Test
    void constrainedOptimumIsFoundOnTheBoundary() {
        BayesianOptimizer.Settings s = BayesianOptimizer.Settings.defaults(new double[] {0, 0}, new double[] {1, 1},
                new Goal.Minimise(0), 5).withConstraints(List.of(Constraint.atLeast(1, 1.2)));
        BayesianOptimizer o = new BayesianOptimizer(s);
        o.run(x -> new double[] {sphere(x), x[0] + x[1]}, 30, 1, null);
        BayesianOptimizer.Evaluation best = o.evaluations().get(o.bestIndex());
        assertThat(best.y()[1]).isGreaterThanOrEqualTo(1.2);
        assertThat(best.y()[0]).isCloseTo(0.02, within(0.01)); // (0.1² + 0.1²) at (0.4, 0.8)
    }

    /** Inverse design: find x with (x0 + x1, x0 − x1) = (1.0, 0.2), i.e. x = (0.6, 0.4). */
    @Test
    void inverseDesignReachesTheTargetPropertyVector() {
        Goal.Target goal = Goal.Target.relative(new int[] {0, 1}, new double[] {1.0, 0.2});
        BayesianOptimizer o = new BayesianOptimizer(BayesianOptimizer.Settings.defaults(new double[] {0, 0},
                new double[] {1, 1}, goal, 9));
        o.run(x -> new double[] {x[0] + x[1], x[0] - x[1]}, 30, 2, null);
        double[] x = o.evaluations().get(o.bestIndex()).x();
        assertThat(x[0]).isCloseTo(0.6, within(0.03));
        assertThat(x[1]).isCloseTo(0.4, within(0.03));
    }

    /**
     * ParEGO on two conflicting objectives f1 = x0, f2 = (1 − x0)² + x1 (front: x1 = 0, f2 = (1 − f1)²).
     * Front points must lie near the true front and spread across it.
     */
    @Test
    void parEgoApproachesAndSpreadsAlongTheParetoFront() {
        BayesianOptimizer o = new BayesianOptimizer(BayesianOptimizer.Settings.defaults(new double[] {0, 0},
                new double[] {1, 1}, Goal.ParEgo.of(0, 1), 4));
        o.run(x -> new double[] {x[0], (1 - x[0]) * (1 - x[0]) + x[1]}, 40, 2, null);
        int[] front = o.paretoFront();
        List<BayesianOptimizer.Evaluation> e = o.evaluations();
        double minF1 = 1;
        double maxF1 = 0;
        int near = 0;
        for (int i : front) {
            double f1 = e.get(i).y()[0];
            double gap = e.get(i).y()[1] - (1 - f1) * (1 - f1);
            near += gap < 0.05 ? 1 : 0;
            minF1 = Math.min(minF1, f1);
            maxF1 = Math.max(maxF1, f1);
        }
        double[][] objectives = java.util.Arrays.stream(front).mapToObj(i -> e.get(i).y()).toArray(double[][]::new);
        double hv = Pareto.hypervolume(objectives, new double[] {1, 1});
        System.out.printf("ParEGO, 40 evaluations: %d front points, hypervolume %.4f of the true front's 2/3%n", front.length, hv);
        assertThat(hv).isGreaterThan(0.6);
        assertThat(front.length).isGreaterThanOrEqualTo(5);
        assertThat(near).isGreaterThanOrEqualTo(front.length * 2 / 3);
        assertThat(maxF1 - minF1).isGreaterThan(0.5);
    }

    /**
     * Formulation on a bounded simplex: BO runs on the design space's unit coordinates with the
     * simplex upper bounds as a known (admissible) constraint; every proposal maps to a valid
     * formulation and the optimum (am 0.90, binder 0.06, carbon 0.04, 100 MPa) is approached.
     */
    @Test
    void optimisesAFormulationOnABoundedSimplex() {
        org.electrotwin.learn.doe.DesignSpace space = new org.electrotwin.learn.doe.DesignSpace(
                List.of(org.electrotwin.learn.doe.DesignSpace.Range.linear("pressureMPa", 10, 200)),
                List.of(new org.electrotwin.learn.doe.DesignSpace.SimplexGroup(List.of("am", "binder", "carbon"),
                        new double[] {0.80, 0.02, 0.02}, new double[] {0.96, 0.10, 0.08})));
        int dim = space.unitDimension();
        double[] lo = new double[dim];
        double[] hi = new double[dim];
        java.util.Arrays.fill(hi, 1);
        BayesianOptimizer.Settings s = BayesianOptimizer.Settings.defaults(lo, hi, new Goal.Minimise(0), 11)
                .withAdmissible(u -> space.fromUnit(u) != null);
        BayesianOptimizer o = new BayesianOptimizer(s);
        o.run(u -> {
            double[] v = space.fromUnit(u);
            if (v == null) {
                throw new AssertionError("inadmissible proposal " + java.util.Arrays.toString(u));
            }
            // Each term scaled by its range so that the formulation matters as much as the pressure.
            double f = Math.pow((v[1] - 0.90) / 0.16, 2) + Math.pow((v[2] - 0.06) / 0.08, 2) + Math.pow((v[0] - 100) / 190, 2);
            return new double[] {f};
        }, 40, 2, null);
        double[] best = space.fromUnit(o.evaluations().get(o.bestIndex()).x());
        System.out.println("simplex BO best: " + java.util.Arrays.toString(best) + " f=" + o.evaluations().get(o.bestIndex()).y()[0]);
        assertThat(o.evaluations().get(o.bestIndex()).y()[0]).isLessThan(1e-3);
        assertThat(best[1] + best[2] + best[3]).isCloseTo(1.0, within(1e-12));
    }

    /** Optimising on a surrogate of Branin (trained on 128 Sobol points) lands near one of Branin's minima. */
    @Test
    void optimisesOnATrainedSurrogate() {
        TestFunctions.Benchmark b = TestFunctions.branin();
        double[][] u = org.electrotwin.learn.doe.SobolSequence.scrambled(2, 3).points(128);
        double[][] x = new double[128][2];
        double[] y = new double[128];
        for (int i = 0; i < 128; i++) {
            x[i][0] = -5 + 15 * u[i][0];
            x[i][1] = 15 * u[i][1];
            y[i] = TestFunctions.branin(x[i][0], x[i][1]);
        }
        GaussianProcess gp = GaussianProcessModel.defaults(2).fit(x, y);
        BayesianOptimizer o = new BayesianOptimizer(BayesianOptimizer.Settings.defaults(b.lower(), b.upper(), new Goal.Minimise(0), 6));
        o.run(Objective.ofSurrogates(List.of(gp)), 30, 3, null);
        double[] best = o.evaluations().get(o.bestIndex()).x();
        assertThat(TestFunctions.branin(best[0], best[1])).isCloseTo(0.397887, within(0.02));
    }

    @Test
    void failedRunsAreSkippedNotFatal() {
        BayesianOptimizer o = new BayesianOptimizer(BayesianOptimizer.Settings.defaults(new double[] {0, 0},
                new double[] {1, 1}, new Goal.Minimise(0), 1));
        o.run(x -> x[0] > 0.8 ? new double[] {Double.NaN} : new double[] {sphere(x)}, 15, 3, null);
        assertThat(o.size()).isEqualTo(15);
        assertThat(o.evaluations().get(o.bestIndex()).y()[0]).isFinite();
    }

    /** Constant outputs, repeated points and huge magnitudes must not break the models. */
    @Test
    void degenerateDataStillGivesProposals() {
        BayesianOptimizer o = new BayesianOptimizer(BayesianOptimizer.Settings.defaults(new double[] {0, 0, 0},
                new double[] {1, 1, 1}, new Goal.Minimise(0), 2));
        double[][] x = new double[12][];
        double[][] y = new double[12][];
        for (int i = 0; i < 12; i++) {
            x[i] = new double[] {0.5, 0.5, i < 6 ? 0.5 : 0.25};
            y[i] = new double[] {3e7};
        }
        o.tell(x, y);
        double[][] next = o.ask(3);
        assertThat(next).hasNumberOfRows(3);
        for (double[] p : next) {
            for (double v : p) {
                assertThat(v).isBetween(0.0, 1.0);
            }
        }
    }

    @Test
    void rejectsBadSettings() {
        assertThatThrownBy(() -> BayesianOptimizer.Settings.defaults(new double[] {0}, new double[] {0}, new Goal.Minimise(0), 1))
                .isInstanceOf(InputException.class).hasMessageContaining("lower < upper");
        assertThatThrownBy(() -> BayesianOptimizer.Settings.defaults(new double[] {0}, new double[] {1}, new Goal.Minimise(0), 1)
                .withAcquisition("pi")).isInstanceOf(InputException.class).hasMessageContaining("log-ei");
        BayesianOptimizer o = new BayesianOptimizer(BayesianOptimizer.Settings.defaults(new double[] {0}, new double[] {1},
                new Goal.Minimise(2), 1));
        assertThatThrownBy(() -> o.tell(new double[][] {{0.5}}, new double[][] {{1}})).isInstanceOf(InputException.class)
                .hasMessageContaining("output index 2");
    }

    /** Hypervolume against unit-cell counting on an integer grid (3 objectives, brute force). */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void hypervolumeEqualsCellCounting(long seed) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        double[][] p = new double[12][3];
        for (double[] row : p) {
            for (int k = 0; k < 3; k++) {
                row[k] = r.nextInt(10);
            }
        }
        double[] ref = {10, 10, 10};
        int cells = 0;
        for (int a = 0; a < 10; a++) {
            for (int b = 0; b < 10; b++) {
                for (int c = 0; c < 10; c++) {
                    for (double[] q : p) {
                        if (q[0] <= a && q[1] <= b && q[2] <= c) {
                            cells++;
                            break;
                        }
                    }
                }
            }
        }
        assertThat(Pareto.hypervolume(p, ref)).isCloseTo(cells, within(1e-9));
        assertThat(Pareto.hypervolume(new double[][] {{0.25, 0.5}, {0.5, 0.25}}, new double[] {1, 1})).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void paretoFrontAndRanksOnAKnownSet() {
        double[][] p = {{1, 5}, {2, 3}, {3, 4}, {4, 1}, {2, 3}, {5, 5}};
        assertThat(Pareto.front(p)).containsExactly(0, 1, 3, 4);
        assertThat(Pareto.ranks(p)).containsExactly(0, 0, 1, 0, 0, 2);
        List<double[]> none = new ArrayList<>();
        assertThat(Pareto.front(none.toArray(new double[0][]))).isEmpty();
    }
}
