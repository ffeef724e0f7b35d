package org.electrotwin.transport;

import org.electrotwin.core.volume.Axis;
import java.util.Optional;
import java.util.OptionalDouble;
import org.electrotwin.core.InputException;
import org.electrotwin.core.volume.LabeledVolume;

/**
 * Tortuosity factor of a phase, as TauFactor defines it (Cooper et al. 2016, SoftwareX 5:203):
 * steady diffusion through the phase only, c = 1 and c = 0 on the two end faces of the axis,
 * no flux through the four sides (or periodic sides), D_eff = J·L/(A·Δc) from the converged
 * flux, and τ = ε·D/D_eff with ε the phase's whole volume fraction.
 *
 * <p>Convention (TauFactor's): the Dirichlet values sit on the outer faces of the volume,
 * half a voxel outside the centres of the first and last layers, so a straight channel of n
 * voxels has resistance n and τ = 1 exactly. Voxels not connected to both end faces carry no
 * steady flux: they are cut out before solving and counted only in ε.
 */
public final class TortuosityFactor {
    private TortuosityFactor() {}

    /** τ of the voxels where {@code phase[i]} is true (x-fastest, {@code nx·ny·nz}). */
    public static TortuosityResult compute(boolean[] phase, int nx, int ny, int nz, Axis axis, FvOptions options) {
        if (phase == null) {
            throw new InputException("tortuosity: the phase mask is missing");
        }
        FvProblem.checkShape(phase.length, nx, ny, nz, "tortuosity phase mask");
        long count = 0;
        for (boolean b : phase) {
            if (b) {
                count++;
            }
        }
        FvProblem.Outcome out = FvProblem.solve(nx, ny, nz, axis, options, i -> phase[i] ? 1.0 : 0.0);
        return result(out, count, nx, ny, nz, axis, options);
    }

    /** τ of one label of a volume. */
    public static TortuosityResult compute(LabeledVolume volume, int label, Axis axis, FvOptions options) {
        if (label < 0 || label > 255) {
            throw new InputException("tortuosity: label " + label + " is outside 0..255");
        }
        return compute(volume.mask(label), volume.nx(), volume.ny(), volume.nz(), axis, options);
    }

    private static TortuosityResult result(FvProblem.Outcome out, long count, int nx, int ny, int nz, Axis axis,
                                           FvOptions options) {
        double n = (double) nx * ny * nz;
        double eps = count / n;
        double effEps = out.percolatingCells() / n;
        FvSolver.Solution s = out.solution();
        if (s == null) {
            Optional<TransportFields> f = options.keepFields()
                    ? Optional.of(FvProblem.fields(out, nx, ny, nz, 0)) : Optional.empty();
            return new TortuosityResult(axis, eps, 0, false, OptionalDouble.empty(), 0, OptionalDouble.empty(),
                    0, 0, 0, 0, true, f);
        }
        Orientation o = out.orientation();
        // D_eff/D = J·L/(A·Δc) in voxel units, Δc = 1
        double relDiff = s.meanFlux() * o.nz() / ((double) o.nx() * o.ny());
        double tau = eps / relDiff;
        Optional<TransportFields> f = options.keepFields()
                ? Optional.of(FvProblem.fields(out, nx, ny, nz, o.nz())) : Optional.empty();
        return new TortuosityResult(axis, eps, effEps, true, OptionalDouble.of(tau), relDiff,
                OptionalDouble.of(tau / eps), s.inletFlux(), s.outletFlux(), s.fluxBalanceError(), s.iterations(),
                s.converged(), f);
    }
}
