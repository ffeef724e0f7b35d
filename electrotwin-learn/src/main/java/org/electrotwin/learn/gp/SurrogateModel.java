package org.electrotwin.learn.gp;

/** Trains a {@link Surrogate} from inputs {@code x} (n rows of d parameters) and outputs {@code y}. */
@FunctionalInterface
public interface SurrogateModel {
    Surrogate fit(double[][] x, double[] y);
}
