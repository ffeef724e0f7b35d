package org.electrotwin.learn.bo;

import java.util.List;

import org.electrotwin.learn.gp.Surrogate;

/**
 * What the optimiser evaluates: parameter vector in, property vector out (objectives and constrained
 * properties, indexed as the {@link Goal} and {@link Constraint}s say). Return NaN entries for a
 * failed run (it is recorded and skipped by the models); an exception stops {@code run}. May be
 * called from several threads at once for a batch.
 */
@FunctionalInterface
public interface Objective {
    double[] evaluate(double[] x);

    /** The posterior means of trained surrogates, one output each: optimise on a model instead of the twin. */
    static Objective ofSurrogates(List<? extends Surrogate> surrogates) {
        List<Surrogate> models = List.copyOf(surrogates);
        return x -> {
            double[] y = new double[models.size()];
            double[][] at = {x};
            for (int k = 0; k < y.length; k++) {
                y[k] = models.get(k).predict(at).mean()[0];
            }
            return y;
        };
    }
}
