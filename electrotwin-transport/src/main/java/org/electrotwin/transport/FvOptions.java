package org.electrotwin.transport;

import org.electrotwin.core.InputException;

/**
 * Options of the finite-volume solvers ({@link TortuosityFactor}, {@link EffectiveConductivity}).
 *
 * @param relTol        stop when the relative residual and the inlet/outlet flux balance are both ≤ this
 * @param maxIter       preconditioned CG iterations at most (the result says whether it converged)
 * @param periodicSides periodic instead of no-flux faces on the four sides parallel to the axis
 * @param keepFields    also return the concentration/potential and flux-magnitude fields
 */
public record FvOptions(double relTol, int maxIter, boolean periodicSides, boolean keepFields) {

    public FvOptions {
        if (!(relTol > 0 && relTol < 1)) {
            throw new InputException("solver tolerance " + relTol + ": expected a relative tolerance in (0, 1), e.g. 1e-4");
        }
        if (maxIter < 1) {
            throw new InputException("solver maxIter " + maxIter + ": expected at least 1");
        }
    }

    /** relTol 1e-4, 1000 iterations, no-flux sides, no fields. */
    public static FvOptions defaults() {
        return new FvOptions(1e-4, 1000, false, false);
    }

    public FvOptions withRelTol(double t) {
        return new FvOptions(t, maxIter, periodicSides, keepFields);
    }

    public FvOptions withPeriodicSides(boolean p) {
        return new FvOptions(relTol, maxIter, p, keepFields);
    }

    public FvOptions withKeepFields(boolean k) {
        return new FvOptions(relTol, maxIter, periodicSides, k);
    }
}
