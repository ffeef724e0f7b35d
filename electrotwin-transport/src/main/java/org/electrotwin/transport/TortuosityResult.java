package org.electrotwin.transport;

import org.electrotwin.core.volume.Axis;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Tortuosity factor of one phase along one axis (TauFactor's definition, DESIGN §4.4).
 *
 * <p>When the phase does not percolate ({@code percolating == false}) there is no steady flux:
 * {@code relativeDiffusivity} is 0 and {@code tortuosityFactor} and {@code macMullinNumber} are
 * empty; the properties JSON should then write {@code "percolating": false} and
 * {@code null} for the tortuosity factor (never Infinity or NaN, which JSON cannot carry).
 *
 * @param volumeFraction          ε: the phase's share of all voxels
 * @param effectiveVolumeFraction share of all voxels that belong to the phase and connect both end faces
 * @param tortuosityFactor        τ = ε·D/D_eff
 * @param relativeDiffusivity     D_eff/D = ε/τ
 * @param macMullinNumber         D/D_eff = τ/ε
 * @param inletFlux               flux through the inlet face, units of D·Δc/voxel (voxel = 1)
 * @param outletFlux              flux through the outlet face, same units
 * @param fluxBalanceError        |in − out| / mean
 * @param iterations              preconditioned CG iterations
 * @param converged               both the residual and the flux balance met the tolerance
 * @param fields                  concentration and flux magnitude, when asked for
 */
public record TortuosityResult(Axis axis, double volumeFraction, double effectiveVolumeFraction, boolean percolating,
                               OptionalDouble tortuosityFactor, double relativeDiffusivity, OptionalDouble macMullinNumber,
                               double inletFlux, double outletFlux, double fluxBalanceError, int iterations,
                               boolean converged, Optional<TransportFields> fields) {}
