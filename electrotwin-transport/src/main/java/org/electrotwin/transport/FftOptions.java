package org.electrotwin.transport;

import java.util.Map;
import org.electrotwin.core.InputException;

/**
 * Options of {@link FftHomogenization}.
 *
 * @param relTol         stop a load case when the preconditioned residual norm √(r·M⁻¹r), relative
 *                       to its initial value, is ≤ this
 * @param maxIter        CG iterations per load case at most
 * @param preconditioner a name of {@link #PRECONDITIONERS}
 */
public record FftOptions(double relTol, int maxIter, String preconditioner) {
    /** Preconditioners of the conjugate-gradient solve, by name. */
    public static final Map<String, String> PRECONDITIONERS = Map.of(
            "multigrid", "one periodic aggregation-multigrid K-cycle (robust to conductivity jumps)",
            "green", "the FFT Green operator of a homogeneous reference medium (Lippmann-Schwinger CG)");

    public FftOptions {
        if (!(relTol > 0 && relTol < 1)) {
            throw new InputException("FFT tolerance " + relTol + ": expected a relative tolerance in (0, 1), e.g. 1e-5");
        }
        if (maxIter < 1) {
            throw new InputException("FFT maxIter " + maxIter + ": expected at least 1");
        }
        if (preconditioner == null || !PRECONDITIONERS.containsKey(preconditioner)) {
            throw new InputException("FFT preconditioner '" + preconditioner + "': expected one of "
                    + String.join(", ", new java.util.TreeSet<>(PRECONDITIONERS.keySet())));
        }
    }

    /** With the multigrid preconditioner. */
    public FftOptions(double relTol, int maxIter) {
        this(relTol, maxIter, "multigrid");
    }

    /** relTol 1e-5, 2000 iterations per load case, multigrid. */
    public static FftOptions defaults() {
        return new FftOptions(1e-5, 2000);
    }

    public FftOptions withPreconditioner(String name) {
        return new FftOptions(relTol, maxIter, name);
    }
}
