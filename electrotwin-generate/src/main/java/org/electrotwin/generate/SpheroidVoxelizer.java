package org.electrotwin.generate;

import java.util.stream.IntStream;

/**
 * Exact voxelisation of spheroids (ellipsoids of revolution): a voxel takes the label if its
 * centre lies inside, i.e. ρ²/a² + t²/c² ≤ 1 with t the offset along the symmetry axis n and ρ
 * the distance from it; a the equatorial, c the polar semi-axis. Conventions as
 * {@link SphereVoxelizer}: voxel units, centres at (i+½, j+½, k+½), x and y periodic, z periodic
 * or cut, only pore voxels written, work split over z-planes (thread-count independent).
 */
public final class SpheroidVoxelizer {
    private SpheroidVoxelizer() {}

    /**
     * Writes {@code label} into the pore voxels covered by the first {@code count} spheroids,
     * semi-axes multiplied by {@code scale}; {@code n} holds the unit symmetry axes (3 per spheroid).
     */
    public static void voxelize(byte[] labels, int nx, int ny, int nz, double[] cx, double[] cy, double[] cz,
                                double[] a, double[] c, double[] n, int count, double scale, byte label, boolean periodicZ) {
        // half-extents along x, y, z of each spheroid: h_k² = a²(1 − n_k²) + c²·n_k²
        double[] hx = new double[count];
        double[] hy = new double[count];
        double[] hz = new double[count];
        for (int s = 0; s < count; s++) {
            double a2 = a[s] * a[s] * scale * scale;
            double c2 = c[s] * c[s] * scale * scale;
            hx[s] = Math.sqrt(a2 + (c2 - a2) * n[3 * s] * n[3 * s]);
            hy[s] = Math.sqrt(a2 + (c2 - a2) * n[3 * s + 1] * n[3 * s + 1]);
            hz[s] = Math.sqrt(a2 + (c2 - a2) * n[3 * s + 2] * n[3 * s + 2]);
        }
        int[] start = new int[nz + 1];
        for (int s = 0; s < count; s++) {
            int[] k = SphereVoxelizer.planeRange(cz[s], hz[s], nz, periodicZ);
            for (int kk = k[0]; kk <= k[1]; kk++) {
                start[SphereVoxelizer.wrap(kk, nz) + 1]++;
            }
        }
        for (int k = 0; k < nz; k++) {
            start[k + 1] += start[k];
        }
        int[] fill = start.clone();
        int[] members = new int[start[nz]];
        for (int s = 0; s < count; s++) {
            int[] k = SphereVoxelizer.planeRange(cz[s], hz[s], nz, periodicZ);
            for (int kk = k[0]; kk <= k[1]; kk++) {
                members[fill[SphereVoxelizer.wrap(kk, nz)]++] = s;
            }
        }
        IntStream.range(0, nz).parallel().forEach(k -> {
            int plane = nx * ny * k;
            for (int m = start[k]; m < start[k + 1]; m++) {
                int s = members[m];
                double ia2 = 1 / (a[s] * a[s] * scale * scale);
                double ic2 = 1 / (c[s] * c[s] * scale * scale);
                double ax = n[3 * s];
                double ay = n[3 * s + 1];
                double az = n[3 * s + 2];
                double dz = k + 0.5 - cz[s];
                if (periodicZ) {
                    dz -= nz * Math.rint(dz / nz);
                }
                int j0 = (int) Math.ceil(cy[s] - hy[s] - 0.5);
                int j1 = Math.min((int) Math.floor(cy[s] + hy[s] - 0.5), j0 + ny - 1);
                int i0 = (int) Math.ceil(cx[s] - hx[s] - 0.5);
                int i1 = Math.min((int) Math.floor(cx[s] + hx[s] - 0.5), i0 + nx - 1);
                for (int j = j0; j <= j1; j++) {
                    double dy = j + 0.5 - cy[s];
                    int row = plane + nx * SphereVoxelizer.wrap(j, ny);
                    for (int i = i0; i <= i1; i++) {
                        double dx = i + 0.5 - cx[s];
                        double t = dx * ax + dy * ay + dz * az;
                        double rho2 = dx * dx + dy * dy + dz * dz - t * t;
                        if (rho2 * ia2 + t * t * ic2 <= 1) {
                            int idx = row + SphereVoxelizer.wrap(i, nx);
                            if (labels[idx] == 0) {
                                labels[idx] = label;
                            }
                        }
                    }
                }
            }
        });
    }
}
