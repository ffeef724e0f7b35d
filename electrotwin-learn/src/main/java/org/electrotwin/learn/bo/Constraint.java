package org.electrotwin.learn.bo;

import org.electrotwin.core.InputException;

/**
 * Output {@code output} must lie in [lower, upper] (either bound may be infinite), e.g.
 * {@code porosity in [0.30, 0.40]} or {@code tortuosity <= 3}. Handled by the probability of
 * feasibility of a Gaussian process per constraint (Gardner et al. 2014, ICML, "Bayesian
 * optimization with inequality constraints").
 */
public record Constraint(int output, double lower, double upper) {
    public Constraint {
        if (output < 0 || !(lower < upper) || Double.isNaN(lower) || Double.isNaN(upper)) {
            throw new InputException("constraint on output " + output + ": needs output >= 0 and lower < upper, got ["
                    + lower + ", " + upper + "]");
        }
    }

    public static Constraint atMost(int output, double upper) {
        return new Constraint(output, Double.NEGATIVE_INFINITY, upper);
    }

    public static Constraint atLeast(int output, double lower) {
        return new Constraint(output, lower, Double.POSITIVE_INFINITY);
    }

    public boolean satisfiedBy(double[] y) {
        double v = y[output];
        return v >= lower && v <= upper;
    }
}
