package org.electrotwin.learn.bo;

import java.util.SplittableRandom;

import org.electrotwin.core.InputException;

/** What "better" means: one objective, several (ParEGO), or closeness to a target property vector. Always minimised. */
public sealed interface Goal {

    /** The output indices this goal reads. */
    int[] outputs();

    /** Scalar value of evaluation y to minimise; {@code ys} are all evaluations so far, {@code round} the ask round. */
    double scalarise(double[] y, double[][] ys, long seed, long round);

    /** Minimise output {@code output} (negate a property to maximise it). */
    record Minimise(int output) implements Goal {
        public Minimise {
            if (output < 0) {
                throw new InputException("goal: output index must be >= 0, got " + output);
            }
        }

        @Override
        public int[] outputs() {
            return new int[] {output};
        }

        @Override
        public double scalarise(double[] y, double[][] ys, long seed, long round) {
            return y[output];
        }
    }

    /**
     * Several objectives by ParEGO (Knowles 2006, IEEE TEC 10(1)): each round draws weights λ uniform on
     * the simplex and minimises the augmented Chebyshev scalarisation max_k λ_k f̃_k + ρ Σ_k λ_k f̃_k of the
     * objectives normalised to [0, 1] over the evaluations so far; ρ = 0.05 as in the paper.
     */
    record ParEgo(int[] outputs, double rho) implements Goal {
        public ParEgo {
            if (outputs.length < 2) {
                throw new InputException("goal: ParEGO needs at least 2 objectives, got " + outputs.length);
            }
            outputs = outputs.clone();
        }

        public static ParEgo of(int... outputs) {
            return new ParEgo(outputs, 0.05);
        }

        /** The round's weights: sorted-uniform spacings, uniform on the simplex. */
        public double[] weights(long seed, long round) {
            SplittableRandom rng = new SplittableRandom(org.electrotwin.learn.Seeds.derive(seed ^ 0x5bd1e995L, round));
            int k = outputs.length;
            double[] cut = new double[k + 1];
            for (int i = 1; i < k; i++) {
                cut[i] = rng.nextDouble();
            }
            cut[k] = 1;
            java.util.Arrays.sort(cut);
            double[] w = new double[k];
            for (int i = 0; i < k; i++) {
                w[i] = cut[i + 1] - cut[i];
            }
            return w;
        }

        @Override
        public double scalarise(double[] y, double[][] ys, long seed, long round) {
            double[] w = weights(seed, round);
            double max = Double.NEGATIVE_INFINITY;
            double sum = 0;
            for (int k = 0; k < outputs.length; k++) {
                int o = outputs[k];
                double lo = Double.POSITIVE_INFINITY;
                double hi = Double.NEGATIVE_INFINITY;
                for (double[] e : ys) {
                    if (Double.isFinite(e[o])) {
                        lo = Math.min(lo, e[o]);
                        hi = Math.max(hi, e[o]);
                    }
                }
                double f = hi > lo ? (y[o] - lo) / (hi - lo) : 0;
                max = Math.max(max, w[k] * f);
                sum += w[k] * f;
            }
            return max + rho * sum;
        }
    }

    /**
     * Inverse design: minimise Σ_k w_k (y_k − target_k)² over the outputs. {@link #relative} weights by
     * 1/target², i.e. squared relative error.
     */
    record Target(int[] outputs, double[] target, double[] weights) implements Goal {
        public Target {
            if (outputs.length == 0 || outputs.length != target.length || target.length != weights.length) {
                throw new InputException("goal: target needs one value and one weight per output, got "
                        + outputs.length + " outputs, " + target.length + " targets, " + weights.length + " weights");
            }
            for (double w : weights) {
                if (!(w >= 0) || !Double.isFinite(w)) {
                    throw new InputException("goal: target weights must be finite and >= 0, got " + w);
                }
            }
            outputs = outputs.clone();
            target = target.clone();
            weights = weights.clone();
        }

        public static Target relative(int[] outputs, double[] target) {
            double[] w = new double[target.length];
            for (int i = 0; i < w.length; i++) {
                double t = Math.max(Math.abs(target[i]), 1e-12);
                w[i] = 1 / (t * t);
            }
            return new Target(outputs, target, w);
        }

        @Override
        public double scalarise(double[] y, double[][] ys, long seed, long round) {
            double s = 0;
            for (int k = 0; k < outputs.length; k++) {
                double t = y[outputs[k]] - target[k];
                s += weights[k] * t * t;
            }
            return s;
        }
    }
}
