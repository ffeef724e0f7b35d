package org.electrotwin.generate;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.electrotwin.core.InputException;

/**
 * Fractal aggregates of touching spheres of radius 1 (the primary unit) by tunable
 * cluster–cluster aggregation (Filippov, Zurita &amp; Rosner 2000, J. Colloid Interface Sci.
 * 229:261): monomers are merged pairwise, level by level, and every merge puts the two
 * clusters' centres of mass at the one distance Γ that gives the merged cluster the radius of
 * gyration of the fractal law N = k_f·(R_g/a)^D_f:
 * <pre>  N·R_g² = N₁·R_g1² + N₂·R_g2² + (N₁N₂/N)·Γ²</pre>
 * (parallel-axis theorem, point monomers). The second cluster is placed at distance Γ in a
 * random direction so that one of its monomers touches one of the first (contact pair and
 * direction drawn among the geometrically possible ones, as in FracVAL, Morán et al. 2019) and no
 * two monomers overlap. For the first merges the law cannot always be met with touching
 * spheres (two monomers sit 2a apart whatever k_f): Γ then moves to the nearest feasible value,
 * and the actual radii of gyration enter the next merges, so the law holds again higher up.
 */
public final class FractalAggregate {
    /** Overlap tolerance on the contact distance 2 (rounding of the placement). */
    private static final double EPS = 1e-7;
    private static final int TRIALS = 400;

    /** The monomer centres (unit radius), centre of mass at the origin. */
    public record Aggregate(double[] x, double[] y, double[] z) {
        public int count() {
            return x.length;
        }

        /** Radius of gyration of the monomer centres, in monomer radii. */
        public double radiusOfGyration() {
            return FractalDimension.radiusOfGyration(x, y, z);
        }
    }

    /**
     * Checks the fractal parameters: {@code units} ≥ 1, D_f in [1, 3], k_f in (0, 10].
     */
    public static void check(int units, double fractalDimension, double prefactor) {
        if (units < 1 || units > 1 << 20) {
            throw new InputException("aggregate size " + units + ": expected 1 to 2^20 primary units");
        }
        if (!(fractalDimension >= 1 && fractalDimension <= 3)) {
            throw new InputException("fractal dimension " + fractalDimension + ": expected a number in [1, 3]");
        }
        if (!(prefactor > 0 && prefactor <= 10)) {
            throw new InputException("fractal prefactor " + prefactor + ": expected a number in (0, 10]");
        }
    }

    private FractalAggregate() {}

    /** An aggregate of {@code units} monomers with fractal dimension D_f and prefactor k_f. */
    public static Aggregate build(int units, double fractalDimension, double prefactor, UniformRandomProvider rng) {
        check(units, fractalDimension, prefactor);
        double[][] cx = new double[units][];
        double[][] cy = new double[units][];
        double[][] cz = new double[units][];
        for (int i = 0; i < units; i++) {
            cx[i] = new double[1];
            cy[i] = new double[1];
            cz[i] = new double[1];
        }
        int m = units;
        while (m > 1) {
            int next = 0;
            for (int k = 0; k + 1 < m; k += 2) {
                double[][] merged = merge(cx[k], cy[k], cz[k], cx[k + 1], cy[k + 1], cz[k + 1], fractalDimension,
                        prefactor, rng);
                cx[next] = merged[0];
                cy[next] = merged[1];
                cz[next] = merged[2];
                next++;
            }
            if (m % 2 == 1) { // the odd one out waits for the next level
                cx[next] = cx[m - 1];
                cy[next] = cy[m - 1];
                cz[next] = cz[m - 1];
                next++;
            }
            m = next;
        }
        return new Aggregate(cx[0], cy[0], cz[0]);
    }

    /** Merges two clusters (each centred on its centre of mass) into one, centred likewise. */
    private static double[][] merge(double[] x1, double[] y1, double[] z1, double[] x2, double[] y2, double[] z2,
                                    double df, double kf, UniformRandomProvider rng) {
        int n1 = x1.length;
        int n2 = x2.length;
        int n = n1 + n2;
        double rg1 = sumSquares(x1, y1, z1) / n1;
        double rg2 = sumSquares(x2, y2, z2) / n2;
        double rg = Math.pow(n / kf, 2 / df);
        double gamma2 = (double) n / ((double) n1 * n2) * (n * rg - n1 * rg1 - n2 * rg2);
        double[] r1 = norms(x1, y1, z1);
        double[] r2 = norms(x2, y2, z2);
        double gamma = feasible(Math.sqrt(Math.max(0, gamma2)), r1, r2);
        double[] px = new double[n2];
        double[] py = new double[n2];
        double[] pz = new double[n2];
        int[] pairs = new int[2 * n1 * n2];
        for (int attempt = 0; ; attempt++) {
            int np = feasiblePairs(gamma, r1, r2, pairs);
            for (int t = 0; t < TRIALS && np > 0; t++) {
                int p = rng.nextInt(np);
                if (place(pairs[2 * p], pairs[2 * p + 1], gamma, x1, y1, z1, r1, x2, y2, z2, r2, px, py, pz, rng)
                        && !overlaps(x1, y1, z1, px, py, pz)) {
                    return concatCentred(x1, y1, z1, px, py, pz);
                }
            }
            // crowded at this distance (dense, high D_f clusters): loosen by a few per cent
            gamma *= 1.05;
            if (attempt > 200) {
                throw new IllegalStateException("cluster-cluster aggregation found no placement");
            }
        }
    }

    /** Γ if some monomer pair can touch at that distance, else the nearest such distance. */
    private static double feasible(double gamma, double[] r1, double[] r2) {
        double best = Double.NaN;
        double bestGap = Double.POSITIVE_INFINITY;
        for (double a : r1) {
            for (double b : r2) {
                double lo = Math.max(Math.max(0, a - b - 2), Math.abs(b - 2) - a);
                double hi = a + b + 2;
                double c = Math.max(lo, Math.min(hi, gamma));
                double gap = Math.abs(c - gamma);
                if (gap < bestGap) {
                    bestGap = gap;
                    best = c;
                    if (gap == 0) {
                        return gamma;
                    }
                }
            }
        }
        return best;
    }

    /** The pairs (i, j) of monomers that can touch with the centres of mass Γ apart. */
    private static int feasiblePairs(double gamma, double[] r1, double[] r2, int[] out) {
        int np = 0;
        for (int i = 0; i < r1.length; i++) {
            for (int j = 0; j < r2.length; j++) {
                double lo = Math.max(Math.max(0, r1[i] - r2[j] - 2), Math.abs(r2[j] - 2) - r1[i]);
                if (gamma >= lo - EPS && gamma <= r1[i] + r2[j] + 2 + EPS) {
                    out[2 * np] = i;
                    out[2 * np + 1] = j;
                    np++;
                }
            }
        }
        return np;
    }

    /**
     * Places cluster 2 (into p) with its centre of mass G at |G| = Γ and its monomer j touching
     * monomer i of cluster 1: G is drawn uniformly on the band of the Γ-sphere from which monomer j
     * can reach contact, the contact point uniformly on the circle where the two spheres allow it,
     * and the cluster is turned by a uniformly random rotation followed by the smallest rotation
     * taking monomer j onto that point.
     */
    private static boolean place(int i, int j, double gamma, double[] x1, double[] y1, double[] z1, double[] r1,
                                 double[] x2, double[] y2, double[] z2, double[] r2, double[] px, double[] py, double[] pz,
                                 UniformRandomProvider rng) {
        double ri = r1[i];
        double rj = r2[j];
        double dMin = Math.max(Math.abs(rj - 2), Math.abs(gamma - ri));
        double dMax = Math.min(rj + 2, gamma + ri);
        double[] g = new double[3];
        if (ri < 1e-12 || gamma < 1e-12) {
            randomUnit(rng, g);
        } else {
            // |G − p_i|² = Γ² + r_i² − 2Γr_i·cosθ, θ the angle between G and p_i
            double cHi = Math.min(1, (gamma * gamma + ri * ri - dMin * dMin) / (2 * gamma * ri));
            double cLo = Math.max(-1, (gamma * gamma + ri * ri - dMax * dMax) / (2 * gamma * ri));
            if (cLo > cHi) {
                return false;
            }
            double cos = cLo + (cHi - cLo) * rng.nextDouble();
            double[] e = {x1[i] / ri, y1[i] / ri, z1[i] / ri};
            aroundAxis(e, cos, 2 * Math.PI * rng.nextDouble(), g);
        }
        double gx = gamma * g[0];
        double gy = gamma * g[1];
        double gz = gamma * g[2];
        // contact point P: |P − p_i| = 2 and |P − G| = r_j
        double ax = gx - x1[i];
        double ay = gy - y1[i];
        double az = gz - z1[i];
        double d = Math.sqrt(ax * ax + ay * ay + az * az);
        double[] q = new double[3];
        if (rj < 1e-12) {
            if (Math.abs(d - 2) > 1e-6) {
                return false;
            }
            q[0] = 0;
            q[1] = 0;
            q[2] = 0;
        } else {
            if (d < 1e-12) {
                return false;
            }
            double t = (4 - rj * rj + d * d) / (2 * d);
            double cos = Math.max(-1, Math.min(1, t / 2));
            double[] axis = {ax / d, ay / d, az / d};
            double[] u = new double[3];
            aroundAxis(axis, cos, 2 * Math.PI * rng.nextDouble(), u);
            // P − G, the direction monomer j must take seen from G
            q[0] = x1[i] + 2 * u[0] - gx;
            q[1] = y1[i] + 2 * u[1] - gy;
            q[2] = z1[i] + 2 * u[2] - gz;
        }
        double[] rot = randomRotation(rng);
        double[] vj = apply(rot, x2[j], y2[j], z2[j]);
        if (rj >= 1e-12) {
            rot = multiply(alignment(vj, q), rot);
        }
        for (int k = 0; k < x2.length; k++) {
            double[] v = apply(rot, x2[k], y2[k], z2[k]);
            px[k] = gx + v[0];
            py[k] = gy + v[1];
            pz[k] = gz + v[2];
        }
        return true;
    }

    private static boolean overlaps(double[] x1, double[] y1, double[] z1, double[] px, double[] py, double[] pz) {
        double min2 = (2 - 1e-6) * (2 - 1e-6);
        for (int a = 0; a < x1.length; a++) {
            for (int b = 0; b < px.length; b++) {
                double dx = x1[a] - px[b];
                double dy = y1[a] - py[b];
                double dz = z1[a] - pz[b];
                if (dx * dx + dy * dy + dz * dz < min2) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double[][] concatCentred(double[] x1, double[] y1, double[] z1, double[] px, double[] py, double[] pz) {
        int n = x1.length + px.length;
        double[] x = Arrays.copyOf(x1, n);
        double[] y = Arrays.copyOf(y1, n);
        double[] z = Arrays.copyOf(z1, n);
        System.arraycopy(px, 0, x, x1.length, px.length);
        System.arraycopy(py, 0, y, y1.length, py.length);
        System.arraycopy(pz, 0, z, z1.length, pz.length);
        double sx = 0;
        double sy = 0;
        double sz = 0;
        for (int k = 0; k < n; k++) {
            sx += x[k];
            sy += y[k];
            sz += z[k];
        }
        for (int k = 0; k < n; k++) {
            x[k] -= sx / n;
            y[k] -= sy / n;
            z[k] -= sz / n;
        }
        return new double[][] {x, y, z};
    }

    private static double sumSquares(double[] x, double[] y, double[] z) {
        double s = 0;
        for (int k = 0; k < x.length; k++) {
            s += x[k] * x[k] + y[k] * y[k] + z[k] * z[k];
        }
        return s;
    }

    private static double[] norms(double[] x, double[] y, double[] z) {
        double[] r = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            r[k] = Math.sqrt(x[k] * x[k] + y[k] * y[k] + z[k] * z[k]);
        }
        return r;
    }

    /** The unit vector at angle acos(cos) from unit {@code e}, turned by φ around it. */
    private static void aroundAxis(double[] e, double cos, double phi, double[] out) {
        double[] f = new double[3];
        double[] h = new double[3];
        orthonormal(e, f, h);
        double sin = Math.sqrt(Math.max(0, 1 - cos * cos));
        for (int k = 0; k < 3; k++) {
            out[k] = cos * e[k] + sin * (Math.cos(phi) * f[k] + Math.sin(phi) * h[k]);
        }
    }

    /** Two unit vectors completing unit {@code e} to an orthonormal basis. */
    private static void orthonormal(double[] e, double[] f, double[] h) {
        double[] t = Math.abs(e[0]) < 0.9 ? new double[] {1, 0, 0} : new double[] {0, 1, 0};
        double dot = t[0] * e[0] + t[1] * e[1] + t[2] * e[2];
        for (int k = 0; k < 3; k++) {
            f[k] = t[k] - dot * e[k];
        }
        double nf = Math.sqrt(f[0] * f[0] + f[1] * f[1] + f[2] * f[2]);
        for (int k = 0; k < 3; k++) {
            f[k] /= nf;
        }
        h[0] = e[1] * f[2] - e[2] * f[1];
        h[1] = e[2] * f[0] - e[0] * f[2];
        h[2] = e[0] * f[1] - e[1] * f[0];
    }

    private static void randomUnit(UniformRandomProvider rng, double[] out) {
        double cos = 2 * rng.nextDouble() - 1;
        double sin = Math.sqrt(1 - cos * cos);
        double phi = 2 * Math.PI * rng.nextDouble();
        out[0] = sin * Math.cos(phi);
        out[1] = sin * Math.sin(phi);
        out[2] = cos;
    }

    /** A uniformly random rotation matrix (row-major), from a uniform unit quaternion (Shoemake 1992). */
    static double[] randomRotation(UniformRandomProvider rng) {
        double u1 = rng.nextDouble();
        double a = 2 * Math.PI * rng.nextDouble();
        double b = 2 * Math.PI * rng.nextDouble();
        double s1 = Math.sqrt(1 - u1);
        double s2 = Math.sqrt(u1);
        double qw = s2 * Math.cos(b);
        double qx = s1 * Math.sin(a);
        double qy = s1 * Math.cos(a);
        double qz = s2 * Math.sin(b);
        return new double[] {
            1 - 2 * (qy * qy + qz * qz), 2 * (qx * qy - qz * qw), 2 * (qx * qz + qy * qw),
            2 * (qx * qy + qz * qw), 1 - 2 * (qx * qx + qz * qz), 2 * (qy * qz - qx * qw),
            2 * (qx * qz - qy * qw), 2 * (qy * qz + qx * qw), 1 - 2 * (qx * qx + qy * qy)};
    }

    /** The smallest rotation turning the direction of {@code from} into that of {@code to} (Rodrigues). */
    private static double[] alignment(double[] from, double[] to) {
        double[] a = unit(from);
        double[] b = unit(to);
        double c = a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
        double[] v = {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
        if (c < -1 + 1e-12) { // opposite: half a turn about any axis normal to a
            double[] f = new double[3];
            double[] h = new double[3];
            orthonormal(a, f, h);
            return new double[] {
                2 * f[0] * f[0] - 1, 2 * f[0] * f[1], 2 * f[0] * f[2],
                2 * f[1] * f[0], 2 * f[1] * f[1] - 1, 2 * f[1] * f[2],
                2 * f[2] * f[0], 2 * f[2] * f[1], 2 * f[2] * f[2] - 1};
        }
        double k = 1 / (1 + c);
        return new double[] {
            c + k * v[0] * v[0], k * v[0] * v[1] - v[2], k * v[0] * v[2] + v[1],
            k * v[1] * v[0] + v[2], c + k * v[1] * v[1], k * v[1] * v[2] - v[0],
            k * v[2] * v[0] - v[1], k * v[2] * v[1] + v[0], c + k * v[2] * v[2]};
    }

    private static double[] unit(double[] v) {
        double n = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
        return new double[] {v[0] / n, v[1] / n, v[2] / n};
    }

    static double[] apply(double[] m, double x, double y, double z) {
        return new double[] {m[0] * x + m[1] * y + m[2] * z, m[3] * x + m[4] * y + m[5] * z, m[6] * x + m[7] * y + m[8] * z};
    }

    private static double[] multiply(double[] a, double[] b) {
        double[] c = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                c[3 * i + j] = a[3 * i] * b[j] + a[3 * i + 1] * b[3 + j] + a[3 * i + 2] * b[6 + j];
            }
        }
        return c;
    }
}
