package org.electrotwin.transport;

import org.electrotwin.core.volume.Axis;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Brute-force reference for small volumes, written independently of the solver: assembles
 * the same finite-volume system (harmonic-mean faces, reservoirs half a voxel outside the end
 * layers, only voxels connected to both ends) as a dense matrix and solves it with EJML.
 */
final class DenseReference {
    private DenseReference() {}

    /** σ_eff (or D_eff/D for a 0/1 conductivity) along the axis; 0 when nothing percolates. */
    static double effective(double[] k, int nx, int ny, int nz, Axis axis, boolean periodic) {
        int[] n = {nx, ny, nz};
        int a = axis.ordinal();
        int total = nx * ny * nz;
        boolean[] in = reach(k, n, a, periodic, true);
        boolean[] out = reach(k, n, a, periodic, false);
        int[] id = new int[total];
        int m = 0;
        for (int i = 0; i < total; i++) {
            id[i] = in[i] && out[i] ? m++ : -1;
        }
        if (m == 0) {
            return 0;
        }
        DMatrixRMaj A = new DMatrixRMaj(m, m);
        DMatrixRMaj b = new DMatrixRMaj(m, 1);
        int[] c = new int[3];
        for (int i = 0; i < total; i++) {
            if (id[i] < 0) {
                continue;
            }
            coords(i, n, c);
            for (int d = 0; d < 3; d++) {
                int j = neighbour(c, n, d, +1, periodic && d != a);
                if (j >= 0 && id[j] >= 0) {
                    double g = 2 * k[i] * k[j] / (k[i] + k[j]);
                    A.add(id[i], id[i], g);
                    A.add(id[j], id[j], g);
                    A.add(id[i], id[j], -g);
                    A.add(id[j], id[i], -g);
                }
            }
            if (c[a] == 0) {
                A.add(id[i], id[i], 2 * k[i]);
                b.add(id[i], 0, 2 * k[i]);
            }
            if (c[a] == n[a] - 1) {
                A.add(id[i], id[i], 2 * k[i]);
            }
        }
        DMatrixRMaj x = new DMatrixRMaj(m, 1);
        if (!CommonOps_DDRM.solve(A, b, x)) {
            throw new IllegalStateException("dense solve failed");
        }
        double flux = 0;
        for (int i = 0; i < total; i++) {
            coords(i, n, c);
            if (id[i] >= 0 && c[a] == 0) {
                flux += 2 * k[i] * (1 - x.get(id[i], 0));
            }
        }
        double area = (double) total / n[a];
        return flux * n[a] / area;
    }

    /** Voxels with k > 0 connected to the low (or high) end face, by repeated relaxation. */
    private static boolean[] reach(double[] k, int[] n, int a, boolean periodic, boolean low) {
        int total = k.length;
        boolean[] r = new boolean[total];
        int[] c = new int[3];
        for (int i = 0; i < total; i++) {
            coords(i, n, c);
            r[i] = k[i] > 0 && c[a] == (low ? 0 : n[a] - 1);
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < total; i++) {
                if (r[i] || !(k[i] > 0)) {
                    continue;
                }
                coords(i, n, c);
                for (int d = 0; d < 3 && !r[i]; d++) {
                    for (int s = -1; s <= 1; s += 2) {
                        int j = neighbour(c, n, d, s, periodic && d != a);
                        if (j >= 0 && r[j]) {
                            r[i] = true;
                            changed = true;
                            break;
                        }
                    }
                }
            }
        }
        return r;
    }

    private static void coords(int i, int[] n, int[] c) {
        c[0] = i % n[0];
        c[1] = (i / n[0]) % n[1];
        c[2] = i / (n[0] * n[1]);
    }

    private static int neighbour(int[] c, int[] n, int d, int step, boolean wrap) {
        int[] q = c.clone();
        q[d] += step;
        if (q[d] < 0 || q[d] >= n[d]) {
            if (!wrap) {
                return -1;
            }
            q[d] = (q[d] + n[d]) % n[d];
        }
        return q[0] + n[0] * (q[1] + n[1] * q[2]);
    }
}
