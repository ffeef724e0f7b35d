package org.electrotwin.learn.gp;

/** A fitted regression model of one property over the manufacturing parameters. */
public interface Surrogate {
    /** Mean and variance at each row of {@code x} (same parameter order and units as the training data). */
    Prediction predict(double[][] x);
}
