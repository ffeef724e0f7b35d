package org.electrotwin.generate;

import java.util.List;
import org.electrotwin.core.InputException;
import org.electrotwin.core.units.Dimension;
import org.electrotwin.core.volume.LabeledVolume;
import org.electrotwin.core.volume.PhaseTable;

/** The voxel grid every model generates on: shape and cubic voxel size (m). */
public record Grid(int nx, int ny, int nz, double voxelSizeM) {
    /** The grid parameters shared by all models. */
    public static final List<Param> PARAMS = List.of(
            Param.of("nx", Dimension.NONE, 128, "voxels along x (in-plane)"),
            Param.of("ny", Dimension.NONE, 128, "voxels along y (in-plane)"),
            Param.of("nz", Dimension.NONE, 128, "voxels along z (through the thickness)"),
            Param.of("voxelSizeM", Dimension.LENGTH, 0.5e-6, "edge of a cubic voxel"));

    public Grid {
        if (nx <= 0 || ny <= 0 || nz <= 0) {
            throw new InputException("grid " + nx + "x" + ny + "x" + nz + ": every size must be at least 1");
        }
        if (!(voxelSizeM > 0) || !Double.isFinite(voxelSizeM)) {
            throw new InputException("voxel size " + voxelSizeM + " m: expected a positive finite length");
        }
    }

    static Grid of(MicrostructureModel model, ModelParams p) {
        return new Grid(count(model, p, "nx"), count(model, p, "ny"), count(model, p, "nz"), p.get(model, "voxelSizeM"));
    }

    private static int count(MicrostructureModel model, ModelParams p, String name) {
        double v = p.get(model, name);
        if (v != Math.rint(v) || v < 1 || v > 1 << 16) {
            throw new InputException("parameter " + name + " of model " + model.name() + " = " + v + ": expected a whole number of voxels >= 1");
        }
        return (int) v;
    }

    /** A zero-filled volume with the default phase table, after checking memory. */
    public LabeledVolume allocate() {
        return LabeledVolume.allocate(nx, ny, nz, voxelSizeM, PhaseTable.defaults());
    }

    public double volumeM3() {
        return (double) nx * ny * nz * voxelSizeM * voxelSizeM * voxelSizeM;
    }

    public long voxels() {
        return (long) nx * ny * nz;
    }
}
