package org.electrotwin.generate;

import java.util.stream.IntStream;

/**
 * Exact voxelisation of spheres: a voxel takes the label if its centre lies inside a sphere
 * (closed ball). Coordinates are in voxel units, voxel (i, j, k) has its centre at
 * (i+½, j+½, k+½). x and y are periodic; z is periodic or cut at the box faces.
 * Only voxels still labelled 0 (pore) are written, so phases voxelised first take priority.
 * Work is split over z-planes; every plane is written by one task, so the result does not
 * depend on the number of threads.
 */
public final class SphereVoxelizer {
    private SphereVoxelizer() {}

    /**
     * Writes {@code label} into the pore voxels of {@code labels} (shape nx·ny·nz) covered by the
     * first {@code count} spheres, radii multiplied by {@code scale}.
     */
    public static void voxelize(byte[] labels, int nx, int ny, int nz, double[] cx, double[] cy, double[] cz,
                                double[] r, int count, double scale, byte label, boolean periodicZ) {
        // bucket the spheres by the z-planes they cut (CSR), in sphere order
        int[] start = new int[nz + 1];
        for (int s = 0; s < count; s++) {
            int[] k = planeRange(cz[s], r[s] * scale, nz, periodicZ);
            for (int kk = k[0]; kk <= k[1]; kk++) {
                start[wrap(kk, nz) + 1]++;
            }
        }
        for (int k = 0; k < nz; k++) {
            start[k + 1] += start[k];
        }
        int[] fill = start.clone();
        int[] members = new int[start[nz]];
        for (int s = 0; s < count; s++) {
            int[] k = planeRange(cz[s], r[s] * scale, nz, periodicZ);
            for (int kk = k[0]; kk <= k[1]; kk++) {
                members[fill[wrap(kk, nz)]++] = s;
            }
        }
        IntStream.range(0, nz).parallel().forEach(k -> {
            double zc = k + 0.5;
            int plane = nx * ny * k;
            for (int m = start[k]; m < start[k + 1]; m++) {
                int s = members[m];
                double rs = r[s] * scale;
                double dz = zc - cz[s];
                if (periodicZ) {
                    dz -= nz * Math.rint(dz / nz);
                }
                double rr = rs * rs - dz * dz;
                if (rr < 0) {
                    continue;
                }
                double ry = Math.sqrt(rr);
                int j0 = (int) Math.ceil(cy[s] - ry - 0.5);
                int j1 = (int) Math.floor(cy[s] + ry - 0.5);
                j1 = Math.min(j1, j0 + ny - 1);
                for (int j = j0; j <= j1; j++) {
                    double dy = j + 0.5 - cy[s];
                    double rx2 = rr - dy * dy;
                    if (rx2 < 0) {
                        continue;
                    }
                    double rx = Math.sqrt(rx2);
                    int i0 = (int) Math.ceil(cx[s] - rx - 0.5);
                    int i1 = (int) Math.floor(cx[s] + rx - 0.5);
                    i1 = Math.min(i1, i0 + nx - 1);
                    int row = plane + nx * wrap(j, ny);
                    for (int i = i0; i <= i1; i++) {
                        int idx = row + wrap(i, nx);
                        if (labels[idx] == 0) {
                            labels[idx] = label;
                        }
                    }
                }
            }
        });
    }

    /** Planes k whose centre k+½ lies within a half-extent r of z (unwrapped indices); shared with spheroids. */
    static int[] planeRange(double z, double r, int nz, boolean periodic) {
        int k0 = (int) Math.ceil(z - r - 0.5);
        int k1 = (int) Math.floor(z + r - 0.5);
        if (periodic) {
            k1 = Math.min(k1, k0 + nz - 1);
        } else {
            k0 = Math.max(k0, 0);
            k1 = Math.min(k1, nz - 1);
        }
        return new int[] {k0, k1};
    }

    static int wrap(int i, int n) {
        int w = i % n;
        return w < 0 ? w + n : w;
    }

    /** Number of voxels carrying {@code label} (exact, any thread count). */
    public static long count(byte[] labels, byte label) {
        int chunks = 64;
        long[] part = new long[chunks];
        IntStream.range(0, chunks).parallel().forEach(c -> {
            int a = (int) ((long) labels.length * c / chunks);
            int b = (int) ((long) labels.length * (c + 1) / chunks);
            long n = 0;
            for (int i = a; i < b; i++) {
                if (labels[i] == label) {
                    n++;
                }
            }
            part[c] = n;
        });
        long n = 0;
        for (long v : part) {
            n += v;
        }
        return n;
    }
}
