package org.electrotwin.generate;

import java.util.ArrayList;
import java.util.List;
import org.electrotwin.core.InputException;
import org.electrotwin.core.volume.LabeledVolume;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.hipparchus.optim.univariate.BrentOptimizer;
import org.hipparchus.optim.univariate.SearchInterval;
import org.hipparchus.optim.univariate.UnivariateObjectiveFunction;

/**
 * Fits a model's parameters so that its volumes reproduce the metrics of a reference volume
 * (a physics-twin result or a segmented tomography): derivative-free minimisation of
 * Σ w_k·((m_k − m_k^ref)/|m_k^ref|)² (relative errors; absolute where the reference is 0) by
 * BOBYQA (Powell 2009) in parameters scaled to [0, 1], or Brent's method for one parameter.
 *
 * <p>Every evaluation generates with the same seed (common random numbers), so the objective is
 * a deterministic function of the parameters and the fit is reproducible; the grid defaults to
 * the reference's shape and voxel size.
 */
public final class Calibration {
    private Calibration() {}

    /** A fitted parameter and its search interval (SI). */
    public record Bound(String name, double lower, double upper) {
        public Bound {
            if (!(lower < upper)) {
                throw new InputException("calibration bound for " + name + ": lower " + lower + " must be below upper " + upper);
            }
        }
    }

    /** Metrics of a volume, as a vector. */
    @FunctionalInterface
    public interface MetricFunction {
        double[] apply(LabeledVolume v);
    }

    /** The fitted parameters (fixed ones included), the final distance, metrics and evaluations used. */
    public record Result(ModelParams params, double distance, int evaluations, double[] referenceMetrics,
                         double[] fittedMetrics) {}

    /**
     * Phase fractions and specific surfaces (S_V in 1/µm) of the given labels: the default
     * metric vector (fractions fix the amounts, surfaces the length scales).
     */
    public static MetricFunction fractionsAndSurfaces(int... labels) {
        return v -> {
            double[] f = Metrics.volumeFractions(v);
            double[] m = new double[2 * labels.length];
            for (int k = 0; k < labels.length; k++) {
                m[k] = f[labels[k]];
                m[labels.length + k] = Metrics.specificSurfacePerM(v, labels[k]) * 1e-6;
            }
            return m;
        };
    }

    /**
     * Fits {@code bounds} of {@code model}; the other parameters come from {@code fixed} (and
     * the grid from the reference unless {@code fixed} sets it). At most {@code budget}
     * generations; {@code weights} null means all 1.
     */
    public static Result fit(MicrostructureModel model, ModelParams fixed, LabeledVolume reference, List<Bound> bounds,
                             MetricFunction metrics, double[] weights, int budget, long seed) {
        if (bounds.isEmpty()) {
            throw new InputException("calibration of " + model.name() + ": name at least one parameter to fit");
        }
        if (budget < 2 * bounds.size() + 3) {
            throw new InputException("calibration budget " + budget + ": expected at least " + (2 * bounds.size() + 3) + " evaluations");
        }
        ModelParams base = fixed;
        String[] grid = {"nx", "ny", "nz", "voxelSizeM"};
        double[] shape = {reference.nx(), reference.ny(), reference.nz(), reference.voxelSizeM()};
        for (int k = 0; k < grid.length; k++) {
            if (!base.values().containsKey(grid[k])) {
                base = base.with(grid[k], shape[k]);
            }
        }
        for (Bound b : bounds) {
            base.with(b.name(), b.lower()).checkKnown(model);
        }
        double[] ref = metrics.apply(reference);
        double[] w = weights != null ? weights : filled(ref.length);
        if (w.length != ref.length) {
            throw new InputException("calibration: " + w.length + " weights for " + ref.length + " metrics");
        }
        Objective obj = new Objective(model, base, bounds, metrics, ref, w, seed);
        int n = bounds.size();
        try {
            if (n == 1) {
                new BrentOptimizer(1e-4, 1e-6).optimize(new MaxEval(budget), GoalType.MINIMIZE,
                        new UnivariateObjectiveFunction(u -> obj.value(new double[] {u})), new SearchInterval(0, 1, 0.5));
            } else {
                double[] start = new double[n];
                java.util.Arrays.fill(start, 0.5);
                new BOBYQAOptimizer(2 * n + 1, 0.25, 1e-3).optimize(new MaxEval(budget), GoalType.MINIMIZE,
                        new ObjectiveFunction(obj::value), new InitialGuess(start),
                        new SimpleBounds(new double[n], filled(n)));
            }
        } catch (MathIllegalStateException budgetSpent) {
            // evaluation budget reached: keep the best point seen so far
        }
        return new Result(obj.params(obj.best), obj.bestValue, obj.evaluations, ref, obj.bestMetrics);
    }

    private static double[] filled(int n) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, 1);
        return a;
    }

    /** The distance as a function of scaled parameters, remembering the best point. */
    private static final class Objective {
        final MicrostructureModel model;
        final ModelParams base;
        final List<Bound> bounds;
        final MetricFunction metrics;
        final double[] ref;
        final double[] w;
        final long seed;
        double[] best;
        double bestValue = Double.POSITIVE_INFINITY;
        double[] bestMetrics;
        int evaluations;

        Objective(MicrostructureModel model, ModelParams base, List<Bound> bounds, MetricFunction metrics, double[] ref,
                  double[] w, long seed) {
            this.model = model;
            this.base = base;
            this.bounds = new ArrayList<>(bounds);
            this.metrics = metrics;
            this.ref = ref;
            this.w = w;
            this.seed = seed;
        }

        ModelParams params(double[] u) {
            ModelParams p = base;
            for (int k = 0; k < bounds.size(); k++) {
                Bound b = bounds.get(k);
                double t = Math.max(0, Math.min(1, u[k]));
                p = p.with(b.name(), b.lower() + t * (b.upper() - b.lower()));
            }
            return p;
        }

        double value(double[] u) {
            double[] m = metrics.apply(model.generate(params(u), seed));
            evaluations++;
            double d = 0;
            for (int k = 0; k < ref.length; k++) {
                double scale = ref[k] != 0 ? Math.abs(ref[k]) : 1;
                double e = (m[k] - ref[k]) / scale;
                d += w[k] * e * e;
            }
            if (d < bestValue) {
                bestValue = d;
                best = u.clone();
                bestMetrics = m;
            }
            return d;
        }
    }
}
