package org.electrotwin.learn.bo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.electrotwin.learn.Seeds;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * BO against random search on Branin and Hartmann-6, median simple regret over seeds, both run here
 * on the same functions (tabulated minima 0.397887 and −3.32237: Surjanovic &amp; Bingham's Virtual
 * Library of Simulation Experiments, as scikit-optimize's benchmarks document them).
 *
 * <p>Published GP-EI results on these functions are plots, not tables: Snoek, Larochelle &amp; Adams
 * 2012 (NeurIPS, "Practical Bayesian optimization of machine learning algorithms", Fig. 3: Branin and
 * Hartmann-6 best value against evaluations, GP-EI with MCMC hyperparameters) and Wu &amp; Frazier 2016
 * (NeurIPS, "The parallel knowledge gradient method", Fig. 2: log10 regret with EI baselines).
 * Eggensperger et al. 2013 (NeurIPS BayesOpt workshop, "Towards an empirical foundation for assessing
 * Bayesian optimization of hyperparameters", Table 2) tabulate Spearmint (GP-EI) on both after 200
 * evaluations. The numbers in those figures and that table could not be checked with the references
 * at hand for this code (2026-11), so none is quoted as a threshold: the assertions compare with
 * random search in the same run, and our medians are printed (10 seeds, this implementation,
 * 2026-11, after 50/100 evaluations: Branin 5.6e-5/2.9e-5, random search 0.78/0.28; Hartmann-6
 * 1.2e-1/6.0e-2, random search 1.6/1.3).
 */
class RegretValidationTest {

    record Outcome(double boMedian, double randomMedian, double boMedianAtHalf, double randomMedianAtHalf) {
    }

    static Outcome compare(TestFunctions.Benchmark b, int seeds, int budget, int q) {
        double[] bo = new double[seeds];
        double[] random = new double[seeds];
        double[] boHalf = new double[seeds];
        double[] randomHalf = new double[seeds];
        int d = b.lower().length;
        for (int s = 0; s < seeds; s++) {
            BayesianOptimizer o = new BayesianOptimizer(BayesianOptimizer.Settings.defaults(b.lower(), b.upper(),
                    new Goal.Minimise(0), 1000 + s));
            o.run(b.objective(), budget, q, null);
            bo[s] = o.evaluations().get(o.bestIndex()).y()[0] - b.minimum();
            boHalf[s] = o.incumbentTrace()[budget / 2 - 1] - b.minimum();
            SplittableRandom rng = new SplittableRandom(Seeds.derive(2000 + s, 0));
            double best = Double.POSITIVE_INFINITY;
            for (int i = 0; i < budget; i++) {
                double[] x = new double[d];
                for (int j = 0; j < d; j++) {
                    x[j] = b.lower()[j] + rng.nextDouble() * (b.upper()[j] - b.lower()[j]);
                }
                best = Math.min(best, b.objective().evaluate(x)[0]);
                if (i == budget / 2 - 1) {
                    randomHalf[s] = best - b.minimum();
                }
            }
            random[s] = best - b.minimum();
        }
        Outcome out = new Outcome(median(bo), median(random), median(boHalf), median(randomHalf));
        System.out.printf("%s, %d seeds (q=%d): median simple regret after %d evaluations BO %.3e, random %.3e;"
                + " after %d BO %.3e, random %.3e; BO per seed %s%n", b.name(), seeds, q, budget / 2, out.boMedianAtHalf(),
                out.randomMedianAtHalf(), budget, out.boMedian(), out.randomMedian(), Arrays.toString(bo));
        return out;
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : 0.5 * (s[s.length / 2 - 1] + s[s.length / 2]);
    }

    @Test
    void testFunctionsHaveTheirTabulatedMinima() {
        assertThat(TestFunctions.branin(-Math.PI, 12.275)).isCloseTo(0.397887, within(1e-6));
        assertThat(TestFunctions.branin(Math.PI, 2.275)).isCloseTo(0.397887, within(1e-6));
        assertThat(TestFunctions.branin(9.42478, 2.475)).isCloseTo(0.397887, within(1e-6));
        assertThat(TestFunctions.hartmann6(new double[] {0.20169, 0.150011, 0.476874, 0.275332, 0.311652, 0.6573}))
                .isCloseTo(-3.32237, within(1e-5));
    }

    @Test
    @Tag("slow")
    void branin10SeedsBy100Evaluations() {
        Outcome o = compare(TestFunctions.branin(), 10, 100, 1);
        assertThat(o.boMedianAtHalf()).isLessThan(0.01);
        assertThat(o.boMedianAtHalf()).isLessThan(o.randomMedianAtHalf() / 10);
        assertThat(o.boMedian()).isLessThan(o.randomMedian() / 100);
    }

    @Test
    @Tag("slow")
    void hartmann6TenSeedsBy100Evaluations() {
        Outcome o = compare(TestFunctions.hartmann6(), 10, 100, 1);
        assertThat(o.boMedian()).isLessThan(0.2);
        assertThat(o.boMedianAtHalf()).isLessThan(o.randomMedianAtHalf() / 2);
        assertThat(o.boMedian()).isLessThan(o.randomMedian() / 4);
    }
}
