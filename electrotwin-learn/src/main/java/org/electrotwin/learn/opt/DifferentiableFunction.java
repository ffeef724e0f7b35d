package org.electrotwin.learn.opt;

/** A smooth function to minimise: returns f(x) and writes ∇f(x) into {@code gradient}. */
@FunctionalInterface
public interface DifferentiableFunction {
    double value(double[] x, double[] gradient);
}
