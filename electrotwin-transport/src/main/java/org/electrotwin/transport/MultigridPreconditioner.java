package org.electrotwin.transport;

import java.util.ArrayList;
import java.util.List;

/**
 * One cycle of aggregation multigrid as a preconditioner for conjugate gradients:
 * red–black Gauss–Seidel pre-smoothing, the reverse colour order after the coarse correction
 * (so a V-cycle is a symmetric operator), and an exact Cholesky solve on the coarsest grid
 * (≤ {@value #COARSEST_CELLS} cells). It is a K-cycle: every coarse level below the
 * first is solved by two flexible CG steps preconditioned by the next cycle (the K-cycle of
 * Notay &amp; Vassilevski 2008, Numer. Linear Algebra Appl. 15:473): it makes plain
 * aggregation robust at strong conductivity jumps for about a third more coarse-level work;
 * the preconditioner is then nonlinear, which the outer flexible CG tolerates.
 */
final class MultigridPreconditioner {
    static final int COARSEST_CELLS = 512;
    private static final int SWEEPS = 2;
    /** K-cycle: skip the second inner step when the first already reduced the residual this much (Notay). */
    private static final double K_CYCLE_TOLERANCE = 0.25;

    private final List<ConductanceGrid> levels = new ArrayList<>();
    private final List<float[]> u = new ArrayList<>();
    private final List<float[]> f = new ArrayList<>();
    private final List<float[]> t = new ArrayList<>();
    private final DenseCholesky coarsest;
    /** Per level of the K-cycle: the two search directions, their images under A, and the residual. */
    private final List<float[][]> k = new ArrayList<>();

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
            k.add(l > 0 && l < levels.size() - 1 ? new float[][] {new float[n], new float[n], new float[n],
                new float[n], new float[n]} : null);
        }
        coarsest = new DenseCholesky(levels.get(levels.size() - 1));
    }

    int levelCount() {
        return levels.size();
    }

    /** z = M⁻¹ r (one cycle from z = 0, in single precision). */
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
        coarseSolve(l + 1, fc, uc);
        g.prolongAdd(c, uc, sol);
        for (int s = 0; s < SWEEPS; s++) {
            g.smooth(rhs, sol, 1);
            g.smooth(rhs, sol, 0);
        }
    }

    /** x ≈ A_c⁻¹ b on level c (x = 0 on entry): one cycle, or two flexible CG steps of the K-cycle. */
    private void coarseSolve(int c, float[] b, float[] x) {
        float[][] w = k.get(c);
        if (w == null) {
            cycle(c, b, x);
            return;
        }
        ConductanceGrid g = levels.get(c);
        float[] c1 = w[0];
        float[] c2 = w[1];
        float[] v1 = w[2];
        float[] v2 = w[3];
        float[] rt = w[4];
        java.util.Arrays.fill(c1, 0f);
        cycle(c, b, c1);
        g.apply(c1, v1);
        double rho1 = dot(g, c1, v1);
        if (!(rho1 > 0)) {
            System.arraycopy(c1, 0, x, 0, x.length);
            return;
        }
        double a1 = dot(g, c1, b) / rho1;
        axpyInto(g, b, -a1, v1, rt);
        if (dot(g, rt, rt) <= K_CYCLE_TOLERANCE * K_CYCLE_TOLERANCE * dot(g, b, b)) {
            scaleInto(g, a1, c1, 0, c1, x);
            return;
        }
        java.util.Arrays.fill(c2, 0f);
        cycle(c, rt, c2);
        g.apply(c2, v2);
        double gamma = dot(g, c2, v1);
        double beta = dot(g, c2, v2);
        double a2 = dot(g, c2, rt);
        double rho2 = beta - gamma * gamma / rho1;
        if (!(rho2 > 0)) {
            scaleInto(g, a1, c1, 0, c2, x);
            return;
        }
        scaleInto(g, a1 - gamma * a2 / (rho1 * rho2), c1, a2 / rho2, c2, x);
    }

    private static double dot(ConductanceGrid g, float[] a, float[] b) {
        return Parallel.sumOverSlabs(g.nz, g.cells(), z -> {
            double s = 0;
            for (int y = 0; y < g.ny; y++) {
                for (int i = g.index(0, y, z), e = i + g.nx; i < e; i++) {
                    s += (double) a[i] * b[i];
                }
            }
            return s;
        });
    }

    /** out = a + s·b on interior cells. */
    private static void axpyInto(ConductanceGrid g, float[] a, double s, float[] b, float[] out) {
        float sf = (float) s;
        Parallel.forEachSlab(g.nz, g.cells(), z -> {
            for (int y = 0; y < g.ny; y++) {
                for (int i = g.index(0, y, z), e = i + g.nx; i < e; i++) {
                    out[i] = a[i] + sf * b[i];
                }
            }
        });
    }

    /** out = s1·a + s2·b on interior cells. */
    private static void scaleInto(ConductanceGrid g, double s1, float[] a, double s2, float[] b, float[] out) {
        float f1 = (float) s1;
        float f2 = (float) s2;
        Parallel.forEachSlab(g.nz, g.cells(), z -> {
            for (int y = 0; y < g.ny; y++) {
                for (int i = g.index(0, y, z), e = i + g.nx; i < e; i++) {
                    out[i] = f1 * a[i] + f2 * b[i];
                }
            }
        });
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
