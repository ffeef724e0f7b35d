package org.electrotwin.transport;

import org.electrotwin.core.volume.Axis;

/**
 * Effective conductivity tensor of a periodic volume from three load cases (unit mean field
 * along x, y, z).
 *
 * @param tensorSPerM       σ_eff[i][j] = ⟨j_i⟩ for a unit mean field along j (S/m); symmetric up to the tolerance
 * @param iterations        CG iterations per load case (x, y, z)
 * @param relativeResiduals final relative preconditioned residual norm per load case
 * @param converged         all three load cases met the tolerance
 * @param solver            what ran: discretisation, Krylov method and preconditioner
 */
public record ConductivityTensorResult(double[][] tensorSPerM, int[] iterations, double[] relativeResiduals,
                                       boolean converged, String solver) {

    /** σ_eff along one axis (a diagonal entry). */
    public double along(Axis axis) {
        return tensorSPerM[axis.ordinal()][axis.ordinal()];
    }
}
