package org.electrotwin.transport;

import org.electrotwin.core.volume.Axis;
import org.electrotwin.core.InputException;
import org.electrotwin.core.volume.LabeledVolume;

/** Shared path of the finite-volume properties: orient, cut to the percolating network, solve, read fields. */
final class FvProblem {
    private FvProblem() {}

    /** Conductivity of volume voxel i (any non-negative unit; 0 = insulating). */
    interface VoxelConductivity {
        double at(int i);
    }

    /** Outcome: {@code solution} is null when nothing percolates. */
    record Outcome(Orientation orientation, long percolatingCells, FvSolver.Solution solution) {}

    static Outcome solve(int nx, int ny, int nz, Axis axis, FvOptions options, VoxelConductivity k) {
        if (axis == null || options == null) {
            throw new InputException("transport: an axis (x, y or z) and solver options are required");
        }
        // per padded cell: 3 float conductances, the diagonal (double + 2 float), 5 double CG
        // vectors (+ the right-hand side at start) and 3 float multigrid vectors; levels add 1/7
        LabeledVolume.checkedVoxelCount(nx + 2L, ny + 2L, nz + 2L, 3 * 4 + 8 + 2 * 4 + 6 * 8 + 3 * 4 + 12);
        Orientation o = Orientation.of(axis, nx, ny, nz);
        long t0 = System.nanoTime();
        ConductanceGrid g = ConductanceGrid.fromCells(o.nx(), o.ny(), o.nz(), options.periodicSides(),
                (a, b, c) -> k.at(o.volumeIndex(a, b, c)));
        Trace.lap("build grid", t0);
        t0 = System.nanoTime();
        long kept = Percolation.keepPercolating(g);
        Trace.lap("percolation", t0);
        if (kept == 0) {
            return new Outcome(o, 0, null);
        }
        t0 = System.nanoTime();
        g.finish();
        Trace.lap("finish", t0);
        return new Outcome(o, kept, FvSolver.solve(g, options.relTol(), options.maxIter()));
    }

    static void checkShape(int length, int nx, int ny, int nz, String what) {
        if (nx <= 0 || ny <= 0 || nz <= 0) {
            throw new InputException(what + ": shape " + nx + "x" + ny + "x" + nz + " must be positive");
        }
        if (length != (long) nx * ny * nz) {
            throw new InputException(what + " has " + length + " voxels but the shape " + nx + "x" + ny + "x" + nz
                    + " needs " + (long) nx * ny * nz);
        }
    }

    /**
     * The solved value and flux magnitude on the volume's grid, flux scaled by {@code fluxScale}.
     * Face fluxes F = g·(u_p − u_q) in grid units; the z reservoirs hold 1 (inlet) and 0 (outlet).
     */
    static TransportFields fields(Outcome out, int nx, int ny, int nz, double fluxScale) {
        int n = nx * ny * nz;
        float[] value = new float[n];
        float[] flux = new float[n];
        FvSolver.Solution s = out.solution();
        if (s == null) {
            return new TransportFields(nx, ny, nz, value, flux);
        }
        ConductanceGrid g = s.grid();
        double[] u = s.value();
        g.fillHalo(u);
        Orientation o = out.orientation();
        Parallel.forEachSlab(g.nz, g.cells(), z -> {
            for (int y = 0; y < g.ny; y++) {
                int p = g.index(0, y, z);
                for (int x = 0; x < g.nx; x++, p++) {
                    if (g.diag[p] <= 0) {
                        continue;
                    }
                    double below = z == 0 ? 1.0 : u[p - g.sz];
                    double fx = 0.5 * (g.gx[p] * (u[p] - u[p + 1]) + g.gx[p - 1] * (u[p - 1] - u[p]));
                    double fy = 0.5 * (g.gy[p] * (u[p] - u[p + g.sy]) + g.gy[p - g.sy] * (u[p - g.sy] - u[p]));
                    double fz = 0.5 * (g.gz[p] * (u[p] - u[p + g.sz]) + g.gz[p - g.sz] * (below - u[p]));
                    int i = o.volumeIndex(x, y, z);
                    value[i] = (float) u[p];
                    flux[i] = (float) (fluxScale * Math.sqrt(fx * fx + fy * fy + fz * fz));
                }
            }
        });
        return new TransportFields(nx, ny, nz, value, flux);
    }
}
