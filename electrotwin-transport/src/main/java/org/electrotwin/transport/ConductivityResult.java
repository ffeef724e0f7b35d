package org.electrotwin.transport;

import org.electrotwin.core.volume.Axis;
import java.util.Optional;

/**
 * Effective conductivity of a multi-phase volume along one axis (finite volumes, Dirichlet
 * end faces, no-flux or periodic sides). When no conducting path joins the two end faces,
 * {@code percolating} is false and the effective conductivity is exactly 0 S/m (an insulator).
 *
 * @param effectiveConductivitySPerM σ_eff = I·L/(A·ΔV)
 * @param conductingFraction        share of voxels with σ > 0
 * @param percolatingFraction       share of voxels with σ > 0 connected to both end faces
 * @param fluxBalanceError          |I_in − I_out| / mean
 * @param iterations                preconditioned CG iterations
 * @param converged                 residual and current balance met the tolerance
 * @param fields                    potential (V, for 1 V across the sample) and current density (A/m²), when asked for
 */
public record ConductivityResult(Axis axis, double effectiveConductivitySPerM, boolean percolating,
                                 double conductingFraction, double percolatingFraction, double fluxBalanceError,
                                 int iterations, boolean converged, Optional<TransportFields> fields) {}
