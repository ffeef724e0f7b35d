package org.electrotwin.transport.lbm;

import java.util.ArrayList;
import java.util.List;

/**
 * Contact angle of a quasi-2D sessile drop from its shape, robust to the diffuse interface and to the density layers
 * the adhesion leaves on the wall: the interface is the iso-line d = ρ₁ − ρ₂ = 0, located between node centres by
 * linear interpolation along rows and columns; only points at least {@code minHeight} above the wall are kept; a
 * circle is fitted to them by algebraic least squares (Kåsa 1976, IEEE Trans. Instrum. Meas. 25:8), and
 * cos θ = −(z_c − z_wall)/R from its centre height and radius (θ measured through the liquid).
 */
final class DropletShape {
    private DropletShape() {
    }

    /** Circle (xc, zc, r) and the contact angle it makes with the wall plane z = wallZ. */
    record Fit(double xc, double zc, double r, int points, double angleDeg) {
    }

    /**
     * @param d         ρ₁ − ρ₂ per cell, x fastest (nx × nz); cells below {@code firstRow} are ignored (solid)
     * @param wallZ     height of the wall plane in cell coordinates (cell k spans [k, k+1], its node at k + ½)
     */
    static Fit fit(double[] d, int nx, int nz, int firstRow, double wallZ, double minHeight) {
        boolean[] drop = dropCells(d, nx, nz, firstRow);
        List<double[]> pts = new ArrayList<>();
        for (int z = firstRow; z < nz; z++) {
            for (int x = 0; x < nx; x++) {
                int i = x + nx * z;
                if (x + 1 < nx && drop[i] != drop[i + 1]) {
                    add(pts, d[i], d[i + 1], x + 0.5, z + 0.5, 1, 0);
                }
                if (z + 1 < nz && drop[i] != drop[i + nx]) {
                    add(pts, d[i], d[i + nx], x + 0.5, z + 0.5, 0, 1);
                }
            }
        }
        pts.removeIf(p -> p[1] - wallZ < minHeight);
        double[] c = circle(pts);
        double xc = c[0];
        double zc = c[1];
        double r = c[2];
        double cos = Math.max(-1, Math.min(1, -(zc - wallZ) / r));
        return new Fit(xc, zc, r, pts.size(), Math.toDegrees(Math.acos(cos)));
    }

    /**
     * The drop: cells with d > 0 connected (4-neighbours, no wrap) to the lowest liquid cell of the middle column, so that
     * liquid condensed elsewhere (on the wall away from the drop, on the box's other faces) is not fitted.
     */
    private static boolean[] dropCells(double[] d, int nx, int nz, int firstRow) {
        boolean[] in = new boolean[nx * nz];
        int[] stack = new int[nx * nz];
        int top = 0;
        for (int z = firstRow; z < nz; z++) {
            int seed = nx / 2 + nx * z;   // the lowest liquid cell up the middle column (a non-wetting drop may float)
            if (d[seed] > 0) {
                in[seed] = true;
                stack[top++] = seed;
                break;
            }
        }
        while (top > 0) {
            int i = stack[--top];
            int x = i % nx;
            int z = i / nx;
            int[] next = {x > 0 ? i - 1 : -1, x + 1 < nx ? i + 1 : -1, z > firstRow ? i - nx : -1, z + 1 < nz ? i + nx : -1};
            for (int j : next) {
                if (j >= 0 && !in[j] && d[j] > 0) {
                    in[j] = true;
                    stack[top++] = j;
                }
            }
        }
        return in;
    }

    /** Circle (xc, zc, r) through points (x, z) by algebraic least squares: min Σ (x² + z² + D x + E z + F)². */
    static double[] circle(List<double[]> pts) {
        double[][] a = new double[3][4];
        for (double[] p : pts) {
            double[] row = {p[0], p[1], 1, -(p[0] * p[0] + p[1] * p[1])};
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 4; j++) {
                    a[i][j] += row[i] * row[j];
                }
            }
        }
        double[] s = solve3(a);
        double xc = -s[0] / 2;
        double zc = -s[1] / 2;
        return new double[] {xc, zc, Math.sqrt(xc * xc + zc * zc - s[2])};
    }

    /** Between a drop cell and a neighbour outside it (d changes sign): the zero of d by linear interpolation. */
    private static void add(List<double[]> pts, double a, double b, double x, double z, int dx, int dz) {
        double t = a / (a - b);
        pts.add(new double[] {x + t * dx, z + t * dz});
    }

    /** Gaussian elimination with partial pivoting of a 3×3 system given as an augmented 3×4 matrix. */
    private static double[] solve3(double[][] m) {
        for (int c = 0; c < 3; c++) {
            int piv = c;
            for (int r = c + 1; r < 3; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[piv][c])) {
                    piv = r;
                }
            }
            double[] t = m[c];
            m[c] = m[piv];
            m[piv] = t;
            for (int r = c + 1; r < 3; r++) {
                double f = m[r][c] / m[c][c];
                for (int k = c; k < 4; k++) {
                    m[r][k] -= f * m[c][k];
                }
            }
        }
        double[] x = new double[3];
        for (int r = 2; r >= 0; r--) {
            double v = m[r][3];
            for (int k = r + 1; k < 3; k++) {
                v -= m[r][k] * x[k];
            }
            x[r] = v / m[r][r];
        }
        return x;
    }
}
