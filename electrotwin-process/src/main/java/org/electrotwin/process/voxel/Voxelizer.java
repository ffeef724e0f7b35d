package org.electrotwin.process.voxel;

import java.util.stream.IntStream;
import org.electrotwin.core.InputException;
import org.electrotwin.core.volume.LabeledVolume;
import org.electrotwin.core.volume.PhaseTable;
import org.electrotwin.process.engine.Particles;

/**
 * Spheres → labelled voxels (0 pore, 1 am, 2 cbd, 3 se): a voxel belongs to a sphere when its
 * centre lies inside it (exact coverage, no approximation beyond the voxel grid), periodic in x
 * and y. Where spheres of different phases overlap the voxel takes the phase of higher priority,
 * am &gt; se &gt; cbd — the rigid active material wins over the deformable electrolyte, both over CBD.
 * Filled in parallel over z-slices; the result does not depend on order or thread count.
 */
public final class Voxelizer {
    /** Label of particle type t ({@link Particles#AM}, CBD, SE). */
    private static final int[] LABEL = {1, 2, 3};
    /** Priority of each label (index = label). */
    private static final int[] PRIORITY = {0, 3, 1, 2};

    private Voxelizer() {
    }

    /**
     * @param lxM       in-plane period along x, m
     * @param lyM       in-plane period along y, m
     * @param heightM   height of the volume above the current collector, m
     */
    public static LabeledVolume voxelize(Particles p, double lxM, double lyM, double heightM, double voxelSizeM) {
        if (!(voxelSizeM > 0) || !(lxM > 0) || !(lyM > 0) || !(heightM > 0)) {
            throw new InputException("voxelize: box " + lxM + " x " + lyM + " x " + heightM + " m, voxel " + voxelSizeM
                    + " m: expected positive sizes");
        }
        int nx = (int) Math.round(lxM / voxelSizeM);
        int ny = (int) Math.round(lyM / voxelSizeM);
        int nz = (int) Math.ceil(heightM / voxelSizeM - 1e-9);
        if (nx < 1 || ny < 1 || nz < 1 || Math.abs(nx * voxelSizeM - lxM) > 1e-6 * lxM
                || Math.abs(ny * voxelSizeM - lyM) > 1e-6 * lyM) {
            throw new InputException(String.format("voxelize: voxel size %.4g m must divide the in-plane box %.4g x %.4g m",
                    voxelSizeM, lxM, lyM));
        }
        for (int i = 0; i < p.size(); i++) {
            if (p.type[i] < 0 || p.type[i] >= LABEL.length) {
                throw new InputException("voxelize: particle " + i + " has type " + p.type[i] + ", expected 0 am, 1 cbd or 2 se");
            }
        }
        LabeledVolume v = LabeledVolume.allocate(nx, ny, nz, voxelSizeM, PhaseTable.defaults());
        byte[] lab = v.labels();
        double h = voxelSizeM;
        // spheres per z-slice (CSR), so each slice is filled by one thread only
        int n = p.size();
        int[] count = new int[nz + 1];
        for (int i = 0; i < n; i++) {
            int z1 = Math.max(0, (int) Math.floor((p.z[i] - p.r[i]) / h));
            int z2 = Math.min(nz - 1, (int) Math.floor((p.z[i] + p.r[i]) / h));
            for (int k = z1; k <= z2; k++) {
                count[k + 1]++;
            }
        }
        for (int k = 0; k < nz; k++) {
            count[k + 1] += count[k];
        }
        int[] items = new int[count[nz]];
        int[] fill = count.clone();
        for (int i = 0; i < n; i++) {
            int z1 = Math.max(0, (int) Math.floor((p.z[i] - p.r[i]) / h));
            int z2 = Math.min(nz - 1, (int) Math.floor((p.z[i] + p.r[i]) / h));
            for (int k = z1; k <= z2; k++) {
                items[fill[k]++] = i;
            }
        }
        IntStream.range(0, nz).parallel().forEach(k -> {
            double zc = (k + 0.5) * h;
            for (int s = count[k]; s < count[k + 1]; s++) {
                int i = items[s];
                double dz = zc - p.z[i];
                double rr = p.r[i] * p.r[i] - dz * dz;
                if (rr < 0) {
                    continue;
                }
                byte label = (byte) LABEL[p.type[i]];
                int prio = PRIORITY[label];
                double ry = Math.sqrt(rr);
                int y1 = (int) Math.ceil((p.y[i] - ry) / h - 0.5);
                int y2 = (int) Math.floor((p.y[i] + ry) / h - 0.5);
                for (int yy = y1; yy <= y2; yy++) {
                    double dy = (yy + 0.5) * h - p.y[i];
                    double rx2 = rr - dy * dy;
                    if (rx2 < 0) {
                        continue;
                    }
                    double rx = Math.sqrt(rx2);
                    int x1 = (int) Math.ceil((p.x[i] - rx) / h - 0.5);
                    int x2 = (int) Math.floor((p.x[i] + rx) / h - 0.5);
                    if (x2 - x1 + 1 > nx) {
                        x1 = 0;
                        x2 = nx - 1;
                    }
                    int row = nx * (Math.floorMod(yy, ny) + ny * k);
                    for (int xx = x1; xx <= x2; xx++) {
                        int idx = row + Math.floorMod(xx, nx);
                        if (PRIORITY[lab[idx]] < prio) {
                            lab[idx] = label;
                        }
                    }
                }
            }
        });
        return v;
    }
}
