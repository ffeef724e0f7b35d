package org.electrotwin.transport;

import org.electrotwin.core.InputException;
import org.electrotwin.core.volume.LabeledVolume;
import org.jtransforms.dht.DoubleDHT_3D;

/**
 * FFT-based homogenisation of the conductivity of a periodic voxel volume (Moulinec &amp;
 * Suquet family): the full effective tensor from three load cases.
 *
 * <p>Discretisation: the staggered-grid scheme (Schneider, Ospald &amp; Kabel 2016, IJNME
 * 109:1461) — potential fluctuation u at voxel centres, fields and fluxes on voxel faces,
 * face conductance the harmonic mean of the two voxels. Its discrete Green operator is
 * consistent (no Gibbs ringing), and conjugate gradients on the Lippmann–Schwinger equation
 * (Zeman et al. 2010, J. Comput. Phys. 229:8065) converge at any contrast, including
 * insulating (σ = 0) phases where the basic scheme fails; the iteration count grows at most
 * like √(contrast) (about 10 for insulating spheres, 30 for σ ratio 1e4 spheres, 240 for a
 * 4-phase electrode at contrast 1e4, per load case).
 * In potential form this is CG on div(σ(∇u + E)) = 0 preconditioned by the inverse of the
 * homogeneous reference Laplacian, which the discrete Hartley transform diagonalises
 * (real arithmetic, JTransforms); CG makes the result independent of the reference
 * conductivity.
 *
 * <p>Load case E = e_j: σ_eff[i][j] = ⟨σ(∇u + e_j)⟩_i, averaged over faces.
 */
public final class FftHomogenization {
    private FftHomogenization() {}

    /** Tensor of a labelled volume with a conductivity (S/m) per label. */
    public static ConductivityTensorResult compute(LabeledVolume v, double[] conductivityPerLabelSPerM, FftOptions options) {
        double[] t = EffectiveConductivity.checkedTable(conductivityPerLabelSPerM);
        byte[] l = v.labels();
        double[] k = new double[LabeledVolume.checkedVoxelCount(v.nx(), v.ny(), v.nz(), 8)];
        for (int i = 0; i < k.length; i++) {
            k[i] = t[l[i] & 0xFF];
        }
        return compute(k, v.nx(), v.ny(), v.nz(), options);
    }

    /** Tensor of a per-voxel conductivity field (x fastest, S/m, finite and ≥ 0). */
    public static ConductivityTensorResult compute(double[] conductivitySPerM, int nx, int ny, int nz, FftOptions options) {
        if (conductivitySPerM == null || options == null) {
            throw new InputException("FFT homogenisation: conductivity field and options are required");
        }
        FvProblem.checkShape(conductivitySPerM.length, nx, ny, nz, "FFT conductivity field");
        if (nx < 2 || ny < 2 || nz < 2) {
            throw new InputException("FFT homogenisation: volume " + nx + "x" + ny + "x" + nz
                    + " needs at least 2 voxels along every axis");
        }
        for (int i = 0; i < conductivitySPerM.length; i++) {
            double c = conductivitySPerM[i];
            if (!(c >= 0) || Double.isInfinite(c)) {
                throw new InputException("FFT homogenisation: conductivity " + c + " S/m at voxel " + i
                        + ": expected a finite value >= 0");
            }
        }
        LabeledVolume.checkedVoxelCount(nx, ny, nz, 10 * 8);
        return new Solver(conductivitySPerM, nx, ny, nz, options).run();
    }

    /** The periodic staggered-grid problem and its CG solver. */
    private static final class Solver {
        final int nx;
        final int ny;
        final int nz;
        final int nxy;
        final int n;
        final double[][] g = new double[3][];
        final double[] inverseEigen;
        final DoubleDHT_3D dht;
        final FftOptions options;

        Solver(double[] k, int nx, int ny, int nz, FftOptions options) {
            this.nx = nx;
            this.ny = ny;
            this.nz = nz;
            this.nxy = nx * ny;
            this.n = nxy * nz;
            this.options = options;
            for (int d = 0; d < 3; d++) {
                g[d] = new double[n];
            }
            Parallel.forEachSlab(nz, n, z -> {
                for (int y = 0; y < ny; y++) {
                    for (int x = 0; x < nx; x++) {
                        int i = x + nx * (y + ny * z);
                        g[0][i] = ConductanceGrid.series(k[i], k[(x + 1) % nx + nx * (y + ny * z)]);
                        g[1][i] = ConductanceGrid.series(k[i], k[x + nx * ((y + 1) % ny + ny * z)]);
                        g[2][i] = ConductanceGrid.series(k[i], k[x + nx * (y + ny * ((z + 1) % nz))]);
                    }
                }
            });
            inverseEigen = inverseLaplacianSpectrum(nx, ny, nz);
            dht = new DoubleDHT_3D(nz, ny, nx);
        }

        /** 1/λ(k) of the unit periodic 7-point Laplacian, λ = Σ_d 2 − 2cos(2πk_d/n_d); 0 for the mean. */
        static double[] inverseLaplacianSpectrum(int nx, int ny, int nz) {
            double[] lx = line(nx);
            double[] ly = line(ny);
            double[] lz = line(nz);
            double[] inv = new double[nx * ny * nz];
            for (int z = 0, i = 0; z < nz; z++) {
                for (int y = 0; y < ny; y++) {
                    for (int x = 0; x < nx; x++, i++) {
                        double lam = lx[x] + ly[y] + lz[z];
                        inv[i] = i == 0 ? 0 : 1 / lam;
                    }
                }
            }
            return inv;
        }

        private static double[] line(int m) {
            double[] l = new double[m];
            for (int k = 0; k < m; k++) {
                l[k] = 2 - 2 * Math.cos(2 * Math.PI * k / m);
            }
            return l;
        }

        ConductivityTensorResult run() {
            double[][] sigma = new double[3][3];
            int[] iterations = new int[3];
            double[] residuals = new double[3];
            boolean converged = true;
            double[] u = new double[n];
            double[] r = new double[n];
            double[] zv = new double[n];
            double[] p = new double[n];
            double[] q = new double[n];
            for (int load = 0; load < 3; load++) {
                java.util.Arrays.fill(u, 0);
                rightHandSide(load, r);
                precondition(r, zv);
                double rho = dot(r, zv);
                double rho0 = rho;
                System.arraycopy(zv, 0, p, 0, n);
                int it = 0;
                double rel = rho0 > 0 ? 1 : 0;
                while (rel > options.relTol() && it < options.maxIter()) {
                    apply(p, q);
                    double pq = dot(p, q);
                    if (!(pq > 0) || !(rho > 0)) {
                        break; // round-off floor
                    }
                    double alpha = rho / pq;
                    axpy(alpha, p, u);
                    axpy(-alpha, q, r);
                    precondition(r, zv);
                    double rhoNew = dot(r, zv);
                    double beta = rhoNew / rho;
                    rho = rhoNew;
                    xpby(zv, beta, p);
                    it++;
                    rel = Math.sqrt(Math.max(rho, 0) / rho0);
                }
                iterations[load] = it;
                residuals[load] = rel;
                converged &= rel <= options.relTol();
                double[] mean = meanFlux(u, load);
                for (int i = 0; i < 3; i++) {
                    sigma[i][load] = mean[i];
                }
            }
            return new ConductivityTensorResult(sigma, iterations, residuals, converged);
        }

        /** f = Σ_d E_d (g_d[i] − g_d[i − e_d]) for E = e_load. */
        void rightHandSide(int load, double[] f) {
            double[] gd = g[load];
            Parallel.forEachSlab(nz, n, z -> {
                for (int y = 0; y < ny; y++) {
                    for (int x = 0; x < nx; x++) {
                        int i = x + nx * (y + ny * z);
                        f[i] = gd[i] - gd[minus(x, y, z, load)];
                    }
                }
            });
        }

        /** Index of the −e_d neighbour (periodic). */
        int minus(int x, int y, int z, int d) {
            return switch (d) {
                case 0 -> (x == 0 ? nx - 1 : x - 1) + nx * (y + ny * z);
                case 1 -> x + nx * ((y == 0 ? ny - 1 : y - 1) + ny * z);
                default -> x + nx * (y + ny * (z == 0 ? nz - 1 : z - 1));
            };
        }

        /** (Au)_i = Σ_d g_d[i](u_i − u_{i+d}) + g_d[i−d](u_i − u_{i−d}). */
        void apply(double[] v, double[] out) {
            double[] gx = g[0];
            double[] gy = g[1];
            double[] gz = g[2];
            Parallel.forEachSlab(nz, n, z -> {
                int zp = (z + 1 == nz ? 0 : z + 1) * nxy;
                int zm = (z == 0 ? nz - 1 : z - 1) * nxy;
                for (int y = 0; y < ny; y++) {
                    int row = nx * (y + ny * z);
                    int yp = nx * ((y + 1 == ny ? 0 : y + 1) + ny * z);
                    int ym = nx * ((y == 0 ? ny - 1 : y - 1) + ny * z);
                    int xy = nx * y;
                    int rowM = ym;
                    for (int x = 0; x < nx; x++) {
                        int i = row + x;
                        int ixp = x + 1 == nx ? row : i + 1;
                        int ixm = x == 0 ? row + nx - 1 : i - 1;
                        int izp = zp + xy + x;
                        int izm = zm + xy + x;
                        double ui = v[i];
                        out[i] = gx[i] * (ui - v[ixp]) + gx[ixm] * (ui - v[ixm])
                                + gy[i] * (ui - v[yp + x]) + gy[rowM + x] * (ui - v[ym + x])
                                + gz[i] * (ui - v[izp]) + gz[izm] * (ui - v[izm]);
                    }
                }
            });
        }

        /** z = L⁻¹ r: Hartley transform, divide by the Laplacian's eigenvalues, transform back. */
        void precondition(double[] r, double[] z) {
            System.arraycopy(r, 0, z, 0, n);
            dht.forward(z);
            for (int i = 0; i < n; i++) {
                z[i] *= inverseEigen[i];
            }
            dht.inverse(z, true);
        }

        /** ⟨j_i⟩ over all faces normal to i, for the mean field e_load. */
        double[] meanFlux(double[] u, int load) {
            double[] mean = new double[3];
            for (int d = 0; d < 3; d++) {
                double[] gd = g[d];
                int dd = d;
                double e = d == load ? 1 : 0;
                mean[d] = Parallel.sumOverSlabs(nz, n, z -> {
                    double s = 0;
                    for (int y = 0; y < ny; y++) {
                        for (int x = 0; x < nx; x++) {
                            int i = x + nx * (y + ny * z);
                            int j = plus(x, y, z, dd);
                            s += gd[i] * (u[j] - u[i] + e);
                        }
                    }
                    return s;
                }) / n;
            }
            return mean;
        }

        int plus(int x, int y, int z, int d) {
            return switch (d) {
                case 0 -> (x + 1 == nx ? 0 : x + 1) + nx * (y + ny * z);
                case 1 -> x + nx * ((y + 1 == ny ? 0 : y + 1) + ny * z);
                default -> x + nx * (y + ny * (z + 1 == nz ? 0 : z + 1));
            };
        }

        double dot(double[] a, double[] b) {
            return Parallel.sumOverSlabs(nz, n, z -> {
                double s = 0;
                for (int i = z * nxy, e = i + nxy; i < e; i++) {
                    s += a[i] * b[i];
                }
                return s;
            });
        }

        void axpy(double a, double[] x, double[] y) {
            Parallel.forEachSlab(nz, n, z -> {
                for (int i = z * nxy, e = i + nxy; i < e; i++) {
                    y[i] += a * x[i];
                }
            });
        }

        void xpby(double[] x, double b, double[] y) {
            Parallel.forEachSlab(nz, n, z -> {
                for (int i = z * nxy, e = i + nxy; i < e; i++) {
                    y[i] = x[i] + b * y[i];
                }
            });
        }
    }
}
