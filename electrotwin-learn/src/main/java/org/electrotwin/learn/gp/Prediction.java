package org.electrotwin.learn.gp;

/** Posterior mean and variance (of the latent function, observation noise excluded) at m points. */
public record Prediction(double[] mean, double[] variance) {
}
