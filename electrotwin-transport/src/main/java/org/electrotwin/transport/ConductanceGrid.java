package org.electrotwin.transport;

/**
 * Finite-volume conductances of a voxel grid, one level of the multigrid hierarchy.
 *
 * <p>Arrays are padded with one ghost layer on every side (index
 * {@code (x+1) + px*((y+1) + py*(z+1))}), so the 7-point stencil needs no branches.
 * {@code gx[p]} is the conductance of the face between cell p and its +x neighbour (likewise
 * gy, gz). Transport runs along z between two Dirichlet reservoirs: {@code gz} in the lower
 * ghost layer is the inlet-face conductance of the first layer, {@code gz} of the last layer
 * the outlet-face conductance. Solver vectors keep 0 in the z ghost layers, so the stencil is
 * the homogeneous operator and the reservoirs only enter the right-hand side. Sides are
 * either no-flux (zero conductance to the x/y ghosts) or periodic (the ghosts mirror the
 * opposite side, refreshed by {@link #fillHalo}). A fully periodic grid ({@code periodicZ},
 * for homogenisation) has no reservoirs: z wraps like x and y.
 */
final class ConductanceGrid {
    final int nx;
    final int ny;
    final int nz;
    final int px;
    final int py;
    final int sy;
    final int sz;
    final int size;
    final boolean periodic;
    /** z wraps too (implies {@code periodic}): no reservoirs, the operator is singular (constants). */
    final boolean periodicZ;
    final float[] gx;
    final float[] gy;
    final float[] gz;
    /** Σ of a cell's face conductances (the operator's diagonal), exact for the outer solver. */
    double[] diag;
    /** The same and its inverse (0 for inactive cells) in single precision, for the multigrid. */
    float[] diagF;
    float[] invDiagF;

    ConductanceGrid(int nx, int ny, int nz, boolean periodic) {
        this(nx, ny, nz, periodic, false);
    }

    ConductanceGrid(int nx, int ny, int nz, boolean periodic, boolean periodicZ) {
        this.nx = nx;
        this.ny = ny;
        this.nz = nz;
        this.px = nx + 2;
        this.py = ny + 2;
        this.sy = px;
        this.sz = px * py;
        this.size = Math.multiplyExact(sz, nz + 2);
        this.periodic = periodic || periodicZ;
        this.periodicZ = periodicZ;
        this.gx = new float[size];
        this.gy = new float[size];
        this.gz = new float[size];
    }

    int index(int x, int y, int z) {
        return (x + 1) + px * ((y + 1) + py * (z + 1));
    }

    long cells() {
        return (long) nx * ny * nz;
    }

    /** Conductance of two half-voxels in series (harmonic mean), 0 if either is insulating. */
    static double series(double k1, double k2) {
        return k1 > 0 && k2 > 0 ? 2 * k1 * k2 / (k1 + k2) : 0;
    }

    /** Per-cell conductivity in the solver frame. */
    interface CellConductivity {
        double at(int x, int y, int z);
    }

    /**
     * Fine-level conductances from cell conductivities (voxel units: face area = length = 1);
     * a reservoir sits half a voxel outside the first and last layers (conductance 2k).
     */
    static ConductanceGrid fromCells(int nx, int ny, int nz, boolean periodic, CellConductivity k) {
        ConductanceGrid g = new ConductanceGrid(nx, ny, nz, periodic);
        Parallel.forEachSlab(nz, g.cells(), z -> {
            for (int y = 0; y < ny; y++) {
                int p = g.index(0, y, z);
                for (int x = 0; x < nx; x++, p++) {
                    double ki = k.at(x, y, z);
                    if (!(ki > 0)) {
                        continue;
                    }
                    if (x + 1 < nx) {
                        g.gx[p] = (float) series(ki, k.at(x + 1, y, z));
                    } else if (periodic) {
                        g.gx[p] = (float) series(ki, k.at(0, y, z));
                    }
                    if (y + 1 < ny) {
                        g.gy[p] = (float) series(ki, k.at(x, y + 1, z));
                    } else if (periodic) {
                        g.gy[p] = (float) series(ki, k.at(x, 0, z));
                    }
                    g.gz[p] = (float) (z + 1 < nz ? series(ki, k.at(x, y, z + 1)) : 2 * ki);
                    if (z == 0) {
                        g.gz[p - g.sz] = (float) (2 * ki);
                    }
                }
            }
        });
        return g;
    }

    /**
     * Fully periodic grid (homogenisation): face conductances by the harmonic mean of the two
     * voxels on every face, including the wrap faces; {@code k} is x-fastest.
     */
    static ConductanceGrid periodicFromCells(int nx, int ny, int nz, double[] k) {
        ConductanceGrid g = new ConductanceGrid(nx, ny, nz, true, true);
        int nxy = nx * ny;
        Parallel.forEachSlab(nz, g.cells(), z -> {
            int zn = (z + 1 == nz ? 0 : z + 1) * nxy;
            for (int y = 0; y < ny; y++) {
                int p = g.index(0, y, z);
                int row = nx * (y + ny * z);
                int rowY = nx * ((y + 1 == ny ? 0 : y + 1) + ny * z);
                int rowZ = zn + nx * y;
                for (int x = 0; x < nx; x++, p++) {
                    double ki = k[row + x];
                    if (ki > 0) {
                        g.gx[p] = (float) series(ki, k[row + (x + 1 == nx ? 0 : x + 1)]);
                        g.gy[p] = (float) series(ki, k[rowY + x]);
                        g.gz[p] = (float) series(ki, k[rowZ + x]);
                    }
                }
            }
        });
        return g;
    }

    /** Copies the periodic wrap faces into the ghost faces, then computes the diagonal. */
    void finish() {
        copyWrapFaces();
        diag = new double[size];
        diagF = new float[size];
        invDiagF = new float[size];
        Parallel.forEachSlab(nz, cells(), z -> {
            for (int y = 0; y < ny; y++) {
                int p = index(0, y, z);
                for (int x = 0; x < nx; x++, p++) {
                    double d = (double) gx[p] + gx[p - 1] + gy[p] + gy[p - sy] + gz[p] + gz[p - sz];
                    diag[p] = d;
                    diagF[p] = (float) d;
                    invDiagF[p] = d > 0 ? (float) (1 / d) : 0f;
                }
            }
        });
    }

    /** Periodic sides: the ghost faces at x = -1 and y = -1 repeat the wrap faces. */
    void copyWrapFaces() {
        if (!periodic) {
            return;
        }
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                gx[index(-1, y, z)] = gx[index(nx - 1, y, z)];
            }
            for (int x = 0; x < nx; x++) {
                gy[index(x, -1, z)] = gy[index(x, ny - 1, z)];
            }
        }
        if (periodicZ) {
            System.arraycopy(gz, index(-1, -1, nz - 1), gz, index(-1, -1, -1), sz);
        }
    }

    /** Periodic sides: copy the opposite interior planes of v into its x and y ghosts. */
    void fillHalo(double[] v) {
        if (!periodic) {
            return;
        }
        Parallel.forEachSlab(nz, cells() / Math.max(1, Math.min(nx, ny)), z -> {
            for (int y = 0; y < ny; y++) {
                v[index(-1, y, z)] = v[index(nx - 1, y, z)];
                v[index(nx, y, z)] = v[index(0, y, z)];
            }
            System.arraycopy(v, index(0, ny - 1, z), v, index(0, -1, z), nx);
            System.arraycopy(v, index(0, 0, z), v, index(0, ny, z), nx);
        });
        if (periodicZ) {
            System.arraycopy(v, index(-1, -1, nz - 1), v, index(-1, -1, -1), sz);
            System.arraycopy(v, index(-1, -1, 0), v, index(-1, -1, nz), sz);
        }
    }

    void fillHalo(float[] v) {
        if (!periodic) {
            return;
        }
        Parallel.forEachSlab(nz, cells() / Math.max(1, Math.min(nx, ny)), z -> {
            for (int y = 0; y < ny; y++) {
                v[index(-1, y, z)] = v[index(nx - 1, y, z)];
                v[index(nx, y, z)] = v[index(0, y, z)];
            }
            System.arraycopy(v, index(0, ny - 1, z), v, index(0, -1, z), nx);
            System.arraycopy(v, index(0, 0, z), v, index(0, ny, z), nx);
        });
        if (periodicZ) {
            System.arraycopy(v, index(-1, -1, nz - 1), v, index(-1, -1, -1), sz);
            System.arraycopy(v, index(-1, -1, 0), v, index(-1, -1, nz), sz);
        }
    }

    /** out = A v on interior cells (v's halo is refreshed first). */
    void apply(double[] v, double[] out) {
        fillHalo(v);
        Parallel.forEachSlab(nz, cells(), z -> {
            for (int y = 0; y < ny; y++) {
                int p = index(0, y, z);
                for (int x = 0; x < nx; x++, p++) {
                    out[p] = diag[p] * v[p]
                            - gx[p] * v[p + 1] - gx[p - 1] * v[p - 1]
                            - gy[p] * v[p + sy] - gy[p - sy] * v[p - sy]
                            - gz[p] * v[p + sz] - gz[p - sz] * v[p - sz];
                }
            }
        });
    }

    /** out = f − A v. */
    void residual(double[] f, double[] v, double[] out) {
        fillHalo(v);
        Parallel.forEachSlab(nz, cells(), z -> {
            for (int y = 0; y < ny; y++) {
                int p = index(0, y, z);
                for (int x = 0; x < nx; x++, p++) {
                    out[p] = f[p] - diag[p] * v[p]
                            + gx[p] * v[p + 1] + gx[p - 1] * v[p - 1]
                            + gy[p] * v[p + sy] + gy[p - sy] * v[p - sy]
                            + gz[p] * v[p + sz] + gz[p - sz] * v[p - sz];
                }
            }
        });
    }

    /** out = A v in single precision (multigrid levels). */
    void apply(float[] v, float[] out) {
        fillHalo(v);
        Parallel.forEachSlab(nz, cells(), z -> {
            for (int y = 0; y < ny; y++) {
                int p = index(0, y, z);
                for (int x = 0; x < nx; x++, p++) {
                    out[p] = diagF[p] * v[p]
                            - gx[p] * v[p + 1] - gx[p - 1] * v[p - 1]
                            - gy[p] * v[p + sy] - gy[p - sy] * v[p - sy]
                            - gz[p] * v[p + sz] - gz[p - sz] * v[p - sz];
                }
            }
        });
    }

    /** out = f − A v in single precision (multigrid levels). */
    void residual(float[] f, float[] v, float[] out) {
        fillHalo(v);
        Parallel.forEachSlab(nz, cells(), z -> {
            for (int y = 0; y < ny; y++) {
                int p = index(0, y, z);
                for (int x = 0; x < nx; x++, p++) {
                    out[p] = f[p] - diagF[p] * v[p]
                            + gx[p] * v[p + 1] + gx[p - 1] * v[p - 1]
                            + gy[p] * v[p + sy] + gy[p - sy] * v[p - sy]
                            + gz[p] * v[p + sz] + gz[p - sz] * v[p - sz];
                }
            }
        });
    }

    /**
     * One Gauss–Seidel half-sweep over the cells of one colour ((x+y+z) mod 2 == colour), in
     * single precision (a preconditioner needs no more, and it halves the memory traffic).
     * Cells of a colour only couple to the other colour, so the slabs run in parallel and the
     * result does not depend on the thread count.
     */
    void smooth(float[] f, float[] v, int colour) {
        fillHalo(v);
        // an odd periodic z closes the colouring on itself: the last slab then neighbours
        // slab 0 in the same colour, so it runs after the others (still thread-independent)
        int parallelSlabs = periodicZ && (nz & 1) == 1 && nz > 1 ? nz - 1 : nz;
        Parallel.forEachSlab(parallelSlabs, cells(), z -> smoothSlab(f, v, colour, z));
        if (parallelSlabs < nz) {
            fillHalo(v);
            smoothSlab(f, v, colour, nz - 1);
        }
    }

    private void smoothSlab(float[] f, float[] v, int colour, int z) {
        for (int y = 0; y < ny; y++) {
            int x0 = (colour + y + z) & 1;
            int p = index(x0, y, z);
            for (int x = x0; x < nx; x += 2, p += 2) {
                float s = f[p]
                        + gx[p] * v[p + 1] + gx[p - 1] * v[p - 1]
                        + gy[p] * v[p + sy] + gy[p - sy] * v[p - sy]
                        + gz[p] * v[p + sz] + gz[p - sz] * v[p - sz];
                v[p] = s * invDiagF[p];
            }
        }
    }

    /** Σ a·b over interior cells, deterministic. */
    double dot(double[] a, double[] b) {
        return Parallel.sumOverSlabs(nz, cells(), z -> {
            double s = 0;
            for (int y = 0; y < ny; y++) {
                int p = index(0, y, z);
                for (int x = 0; x < nx; x++, p++) {
                    s += a[p] * b[p];
                }
            }
            return s;
        });
    }

    /**
     * The next coarser level: cells aggregated 2×2×2 (a dimension of 1 stays 1). A coarse
     * face collects the fine faces it cuts, divided by the coarsening factor along its normal:
     * exact for straight channels and homogeneous media, and the classical over-correction of
     * piecewise-constant aggregation multigrid (Braess 1995) for the rest.
     */
    ConductanceGrid coarsen() {
        int cx = nx > 1 ? 2 : 1;
        int cy = ny > 1 ? 2 : 1;
        int cz = nz > 1 ? 2 : 1;
        ConductanceGrid c = new ConductanceGrid((nx + cx - 1) / cx, (ny + cy - 1) / cy, (nz + cz - 1) / cz, periodic,
                periodicZ);
        float fx = 1f / cx;
        float fy = 1f / cy;
        float fz = 1f / cz;
        Parallel.forEachSlab(c.nz, cells(), zc -> {
            for (int z = zc * cz; z < Math.min(nz, zc * cz + cz); z++) {
                for (int y = 0; y < ny; y++) {
                    int yc = y / cy;
                    int p = index(0, y, z);
                    for (int x = 0; x < nx; x++, p++) {
                        int xc = x / cx;
                        int q = c.index(xc, yc, zc);
                        int xn = x + 1 < nx ? x + 1 : 0;
                        if (xn / cx != xc) {
                            c.gx[q] += gx[p] * fx;
                        }
                        int yn = y + 1 < ny ? y + 1 : 0;
                        if (yn / cy != yc) {
                            c.gy[q] += gy[p] * fy;
                        }
                        if (z + 1 == nz || (z + 1) / cz != zc) {
                            c.gz[q] += gz[p] * fz;
                        }
                        if (z == 0 && !periodicZ) { // periodic: finish() copies the wrap face
                            c.gz[q - c.sz] += gz[p - sz] * fz;
                        }
                    }
                }
            }
        });
        c.finish();
        return c;
    }

    /** Fine v += coarse u, on active fine cells (piecewise-constant prolongation). */
    void prolongAdd(ConductanceGrid c, float[] u, float[] v) {
        int cx = nx > 1 ? 2 : 1;
        int cy = ny > 1 ? 2 : 1;
        int cz = nz > 1 ? 2 : 1;
        Parallel.forEachSlab(nz, cells(), z -> {
            int zc = z / cz;
            for (int y = 0; y < ny; y++) {
                int p = index(0, y, z);
                int qRow = c.index(0, y / cy, zc);
                for (int x = 0; x < nx; x++, p++) {
                    if (invDiagF[p] > 0) {
                        v[p] += u[qRow + x / cx];
                    }
                }
            }
        });
    }

    /** Coarse f = Σ of the fine r over each aggregate (the transpose of prolongation). */
    void restrict(float[] r, ConductanceGrid c, float[] f) {
        int cx = nx > 1 ? 2 : 1;
        int cy = ny > 1 ? 2 : 1;
        int cz = nz > 1 ? 2 : 1;
        Parallel.forEachSlab(c.nz, cells(), zc -> {
            for (int y = 0; y < c.ny; y++) {
                int q = c.index(0, y, zc);
                java.util.Arrays.fill(f, q, q + c.nx, 0f);
            }
            for (int z = zc * cz; z < Math.min(nz, zc * cz + cz); z++) {
                for (int y = 0; y < ny; y++) {
                    int p = index(0, y, z);
                    int qRow = c.index(0, y / cy, zc);
                    for (int x = 0; x < nx; x++, p++) {
                        f[qRow + x / cx] += r[p];
                    }
                }
            }
        });
    }
}
