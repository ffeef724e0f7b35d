package org.electrotwin.transport.lbm;

import java.util.OptionalDouble;
import org.electrotwin.core.volume.Axis;

/**
 * Darcy permeability of a pore space for flow driven along one axis.
 *
 * <p>When the pores do not connect the two faces of the axis ({@code percolating == false})
 * there is no steady flow: {@code permeabilityM2} is empty (the properties JSON writes null,
 * never Infinity or NaN) and nothing was simulated.
 *
 * @param permeabilityM2      k along the axis, m² (Darcy: superficial velocity = k/μ · pressure gradient)
 * @param permeabilityLu      the same in lattice units (voxel²)
 * @param tensorColumnM2      k_{i,axis} for i = x, y, z: the column of the permeability tensor of this
 *                            forcing (transverse entries are meaningful with periodic sides only; closed
 *                            sides carry no net transverse flow)
 * @param porosity            share of all voxels that are pores
 * @param connectedPorosity   share of all voxels in the simulated pore space (pores that connect both faces
 *                            for the sealed boundary; every pore for the periodic one)
 * @param fluidNodes          lattice nodes simulated (buffer included)
 * @param steps               time steps run
 * @param converged           the relative change of the flux met the tolerance before the step limit
 * @param estimatedRelError   geometric extrapolation of the flux's remaining relative change at the end
 * @param mlups               million fluid-node updates per second
 * @param seconds             wall time of the solve
 */
public record PermeabilityResult(Axis axis, boolean percolating, OptionalDouble permeabilityM2, double permeabilityLu,
                                 double[] tensorColumnM2, double porosity, double connectedPorosity, int fluidNodes,
                                 int steps, boolean converged, double estimatedRelError, double mlups, double seconds) {}
