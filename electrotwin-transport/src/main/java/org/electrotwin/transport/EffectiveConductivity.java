package org.electrotwin.transport;

import org.electrotwin.core.volume.Axis;
import java.util.Optional;
import org.electrotwin.core.InputException;
import org.electrotwin.core.volume.LabeledVolume;

/**
 * Effective conductivity of a multi-phase voxel volume in which every label has its own
 * conductivity: finite volumes with face conductances by the harmonic mean of the two voxels
 * (two half-voxels in series), 1 V between the two end faces of the axis (reservoirs half a
 * voxel outside the first and last layers, as in {@link TortuosityFactor}), σ_eff = I·L/(A·ΔV).
 * Typical use: the electronic network (AM + CBD conduct) or the ionic network (pore
 * electrolyte or solid electrolyte conduct), with tables from {@link PhaseConductivities}.
 */
public final class EffectiveConductivity {
    private EffectiveConductivity() {}

    /** σ_eff of {@code labels} (x fastest) with {@code conductivityPerLabelSPerM[label & 0xFF]} per voxel. */
    public static ConductivityResult compute(byte[] labels, int nx, int ny, int nz, double voxelSizeM,
                                             double[] conductivityPerLabelSPerM, Axis axis, FvOptions options) {
        if (labels == null) {
            throw new InputException("conductivity: the label array is missing");
        }
        FvProblem.checkShape(labels.length, nx, ny, nz, "conductivity label array");
        double[] table = checkedTable(conductivityPerLabelSPerM);
        if (!(voxelSizeM > 0) || Double.isInfinite(voxelSizeM)) {
            throw new InputException("conductivity: voxel size " + voxelSizeM + " m, expected a positive length");
        }
        long conducting = 0;
        for (byte b : labels) {
            if (table[b & 0xFF] > 0) {
                conducting++;
            }
        }
        FvProblem.Outcome out = FvProblem.solve(nx, ny, nz, axis, options, i -> table[labels[i] & 0xFF]);
        double n = (double) nx * ny * nz;
        FvSolver.Solution s = out.solution();
        Orientation o = out.orientation();
        // current density for 1 V over L = nz voxels: face flux (S/m · V in voxel units) / voxel size
        Optional<TransportFields> fields = options.keepFields()
                ? Optional.of(FvProblem.fields(out, nx, ny, nz, 1 / voxelSizeM)) : Optional.empty();
        if (s == null) {
            return new ConductivityResult(axis, 0, false, conducting / n, 0, 0, 0, true, fields);
        }
        double sigma = s.meanFlux() * o.nz() / ((double) o.nx() * o.ny());
        return new ConductivityResult(axis, sigma, true, conducting / n, out.percolatingCells() / n,
                s.fluxBalanceError(), s.iterations(), s.converged(), fields);
    }

    public static ConductivityResult compute(LabeledVolume volume, double[] conductivityPerLabelSPerM, Axis axis,
                                             FvOptions options) {
        return compute(volume.labels(), volume.nx(), volume.ny(), volume.nz(), volume.voxelSizeM(),
                conductivityPerLabelSPerM, axis, options);
    }

    static double[] checkedTable(double[] table) {
        if (table == null || table.length != 256) {
            throw new InputException("conductivity table: expected 256 values (S/m per label 0..255), got "
                    + (table == null ? "none" : table.length));
        }
        for (int i = 0; i < 256; i++) {
            if (!(table[i] >= 0) || Double.isInfinite(table[i])) {
                throw new InputException("conductivity of label " + i + " is " + table[i]
                        + " S/m: expected a finite value >= 0");
            }
        }
        return table.clone();
    }
}
