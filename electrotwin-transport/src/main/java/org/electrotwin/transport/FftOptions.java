package org.electrotwin.transport;

import org.electrotwin.core.InputException;

/**
 * Options of {@link FftHomogenization}.
 *
 * @param relTol  stop a load case when ‖r‖ in the reference-medium norm, relative to its
 *                initial value (the equilibrium error of FFT homogenisation), is ≤ this
 * @param maxIter CG iterations per load case at most
 */
public record FftOptions(double relTol, int maxIter) {

    public FftOptions {
        if (!(relTol > 0 && relTol < 1)) {
            throw new InputException("FFT tolerance " + relTol + ": expected a relative tolerance in (0, 1), e.g. 1e-5");
        }
        if (maxIter < 1) {
            throw new InputException("FFT maxIter " + maxIter + ": expected at least 1");
        }
    }

    /** relTol 1e-5, 2000 iterations per load case. */
    public static FftOptions defaults() {
        return new FftOptions(1e-5, 2000);
    }
}
