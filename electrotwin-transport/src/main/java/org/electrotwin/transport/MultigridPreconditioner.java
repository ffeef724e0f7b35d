package org.electrotwin.transport;

import java.util.ArrayList;
import java.util.List;

/**
 * One symmetric V-cycle of aggregation multigrid as a preconditioner for conjugate
 * gradients: red–black Gauss–Seidel pre-smoothing, the reverse colour order after the
 * coarse correction (so the cycle is a symmetric operator, as CG needs), and an exact
 * Cholesky solve on the coarsest grid (≤ {@value #COARSEST_CELLS} cells).
 */
final class MultigridPreconditioner {
    static final int COARSEST_CELLS = 512;
    private static final int SWEEPS = 2;

    private final List<ConductanceGrid> levels = new ArrayList<>();
    private final List<float[]> u = new ArrayList<>();
    private final List<float[]> f = new ArrayList<>();
    private final List<float[]> t = new ArrayList<>();
    private final DenseCholesky coarsest;

    MultigridPreconditioner(ConductanceGrid fine) {
        levels.add(fine);
        ConductanceGrid g = fine;
        while (g.cells() > COARSEST_CELLS) {
            g = g.coarsen();
            levels.add(g);
        }
        for (int l = 0; l < levels.size(); l++) {
            int n = levels.get(l).size;
            u.add(new float[n]);
            f.add(new float[n]);
            t.add(new float[n]);
        }
        coarsest = new DenseCholesky(levels.get(levels.size() - 1));
    }

    int levelCount() {
        return levels.size();
    }

    /** z = M⁻¹ r (one V-cycle from z = 0, in single precision). */
    void apply(double[] r, double[] z) {
        ConductanceGrid g = levels.get(0);
        float[] rf = f.get(0);
        float[] zf = u.get(0);
        Parallel.forEachSlab(g.nz, g.cells(), k -> {
            for (int i = g.index(0, 0, k), e = g.index(0, g.ny, k); i < e; i++) {
                rf[i] = (float) r[i];
                zf[i] = 0f;
            }
        });
        cycle(0, rf, zf);
        Parallel.forEachSlab(g.nz, g.cells(), k -> {
            for (int i = g.index(0, 0, k), e = g.index(0, g.ny, k); i < e; i++) {
                z[i] = zf[i];
            }
        });
    }

    private void cycle(int l, float[] rhs, float[] sol) {
        ConductanceGrid g = levels.get(l);
        if (l == levels.size() - 1) {
            coarsest.solve(rhs, sol);
            return;
        }
        for (int s = 0; s < SWEEPS; s++) {
            g.smooth(rhs, sol, 0);
            g.smooth(rhs, sol, 1);
        }
        float[] res = t.get(l);
        g.residual(rhs, sol, res);
        ConductanceGrid c = levels.get(l + 1);
        float[] fc = f.get(l + 1);
        float[] uc = u.get(l + 1);
        g.restrict(res, c, fc);
        java.util.Arrays.fill(uc, 0f);
        cycle(l + 1, fc, uc);
        g.prolongAdd(c, uc, sol);
        for (int s = 0; s < SWEEPS; s++) {
            g.smooth(rhs, sol, 1);
            g.smooth(rhs, sol, 0);
        }
    }

    /** Dense Cholesky factorisation of the coarsest operator (inactive cells: identity rows). */
    static final class DenseCholesky {
        private final ConductanceGrid g;
        private final int n;
        private final double[] l;
        private final boolean[] pinned;

        DenseCholesky(ConductanceGrid g) {
            this.g = g;
            this.n = (int) g.cells();
            this.pinned = new boolean[n];
            double[] a = new double[n * n];
            for (int z = 0; z < g.nz; z++) {
                for (int y = 0; y < g.ny; y++) {
                    for (int x = 0; x < g.nx; x++) {
                        int i = x + g.nx * (y + g.ny * z);
                        int p = g.index(x, y, z);
                        if (g.diag[p] <= 0) {
                            a[i * n + i] = 1;
                            continue;
                        }
                        a[i * n + i] += g.diag[p];
                        couple(a, i, g.gx[p], (x + 1) % g.nx, y, z);
                        couple(a, i, g.gx[p - 1], (x + g.nx - 1) % g.nx, y, z);
                        couple(a, i, g.gy[p], x, (y + 1) % g.ny, z);
                        couple(a, i, g.gy[p - g.sy], x, (y + g.ny - 1) % g.ny, z);
                        if (z + 1 < g.nz || g.periodicZ) {
                            couple(a, i, g.gz[p], x, y, (z + 1) % g.nz);
                        }
                        if (z > 0 || g.periodicZ) {
                            couple(a, i, g.gz[p - g.sz], x, y, (z + g.nz - 1) % g.nz);
                        }
                    }
                }
            }
            if (g.periodicZ) {
                pinOnePerCluster(a);
            }
            // in-place Cholesky, lower triangle
            for (int j = 0; j < n; j++) {
                double d = a[j * n + j];
                for (int k = 0; k < j; k++) {
                    d -= a[j * n + k] * a[j * n + k];
                }
                d = Math.sqrt(Math.max(d, 1e-300));
                a[j * n + j] = d;
                for (int i = j + 1; i < n; i++) {
                    double s = a[i * n + j];
                    for (int k = 0; k < j; k++) {
                        s -= a[i * n + k] * a[j * n + k];
                    }
                    a[i * n + j] = s / d;
                }
            }
            this.l = a;
        }

        /**
         * A fully periodic operator is singular: each connected cluster of cells has a free
         * constant. Fixing one cell of each cluster at 0 (its row and column become the
         * identity) leaves a positive definite matrix whose solution solves every consistent
         * right-hand side; found from the graph, so no round-off threshold decides it.
         */
        private void pinOnePerCluster(double[] a) {
            int[] queue = new int[n];
            boolean[] seen = new boolean[n];
            for (int s = 0; s < n; s++) {
                if (seen[s] || a[s * n + s] == 1 && isolated(a, s)) {
                    continue;
                }
                seen[s] = true;
                pinned[s] = true;
                int tail = 0;
                queue[tail++] = s;
                for (int head = 0; head < tail; head++) {
                    int i = queue[head];
                    for (int j = 0; j < n; j++) {
                        if (j != i && a[i * n + j] != 0 && !seen[j]) {
                            seen[j] = true;
                            queue[tail++] = j;
                        }
                    }
                }
                for (int j = 0; j < n; j++) {
                    a[s * n + j] = 0;
                    a[j * n + s] = 0;
                }
                a[s * n + s] = 1;
            }
        }

        private boolean isolated(double[] a, int i) {
            for (int j = 0; j < n; j++) {
                if (j != i && a[i * n + j] != 0) {
                    return false;
                }
            }
            return true;
        }

        private void couple(double[] a, int i, float gFace, int x, int y, int z) {
            if (gFace != 0) {
                int j = x + g.nx * (y + g.ny * z);
                a[i * n + j] -= gFace;
            }
        }

        void solve(float[] rhs, float[] sol) {
            double[] b = new double[n];
            for (int z = 0, i = 0; z < g.nz; z++) {
                for (int y = 0; y < g.ny; y++) {
                    for (int x = 0; x < g.nx; x++, i++) {
                        int p = g.index(x, y, z);
                        b[i] = g.diag[p] > 0 && !pinned[i] ? rhs[p] : 0;
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                double s = b[i];
                for (int k = 0; k < i; k++) {
                    s -= l[i * n + k] * b[k];
                }
                b[i] = s / l[i * n + i];
            }
            for (int i = n - 1; i >= 0; i--) {
                double s = b[i];
                for (int k = i + 1; k < n; k++) {
                    s -= l[k * n + i] * b[k];
                }
                b[i] = s / l[i * n + i];
            }
            for (int z = 0, i = 0; z < g.nz; z++) {
                for (int y = 0; y < g.ny; y++) {
                    for (int x = 0; x < g.nx; x++, i++) {
                        sol[g.index(x, y, z)] = (float) b[i];
                    }
                }
            }
        }
    }
}
