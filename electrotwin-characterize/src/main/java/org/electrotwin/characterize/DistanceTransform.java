package org.electrotwin.characterize;

import java.util.Arrays;
import org.electrotwin.core.InputException;

/**
 * Exact Euclidean distance transform: for every voxel of a mask, the squared distance from
 * its centre to the centre of the nearest voxel that is NOT in the mask (0 outside the mask).
 *
 * <p>Separable algorithm of Felzenszwalb &amp; Huttenlocher, "Distance transforms of sampled
 * functions", Theory of Computing 8 (2012): a 1D scan along x, then the lower envelope of
 * parabolas along y and along z. Linear time, exact for any anisotropic spacing. Lines are
 * independent, so each pass runs in parallel over slabs and the result is the same for any
 * thread count.
 *
 * <p>Border convention: by default the image border is NOT a wall (what lies outside the image
 * is unknown, as in scipy/PoreSpy); a mask that fills the whole image gets +∞. With
 * {@code borderIsWall} the image is surrounded by one layer of non-mask voxels, so the
 * distance never exceeds the distance to the centre of the first voxel outside the image.
 */
public final class DistanceTransform {
    private static final int BLOCK = 16;

    private DistanceTransform() {}

    /** Squared distance in units of the spacing given (pass metres to get m²), border not a wall. */
    public static float[] edtSquared(boolean[] mask, int nx, int ny, int nz, double sx, double sy, double sz) {
        return edtSquared(mask, nx, ny, nz, sx, sy, sz, false);
    }

    /** Squared distance in voxels² of an isotropic grid, border not a wall. */
    public static float[] edtSquared(boolean[] mask, int nx, int ny, int nz) {
        return edtSquared(mask, nx, ny, nz, 1, 1, 1, false);
    }

    /** Squared distance in units of the spacing given; see the class comment for {@code borderIsWall}. */
    public static float[] edtSquared(boolean[] mask, int nx, int ny, int nz,
                                     double sx, double sy, double sz, boolean borderIsWall) {
        Grid.check(mask.length, nx, ny, nz);
        for (double s : new double[] {sx, sy, sz}) {
            if (!(s > 0) || Double.isInfinite(s)) {
                throw new InputException("voxel spacing " + s + ": expected a positive finite length");
            }
        }
        float[] d = new float[mask.length];
        passX(mask, d, nx, ny, nz, sx);
        passY(d, nx, ny, nz, sy * sy);
        passZ(d, nx, ny, nz, sz * sz);
        if (borderIsWall) {
            clipToBorder(d, nx, ny, nz, sx, sy, sz);
        }
        return d;
    }

    /** Euclidean distance (square root of {@link #edtSquared}), in units of the spacing given. */
    public static float[] edt(boolean[] mask, int nx, int ny, int nz, double sx, double sy, double sz, boolean borderIsWall) {
        float[] d = edtSquared(mask, nx, ny, nz, sx, sy, sz, borderIsWall);
        Grid.parallelFor(nz, z -> {
            for (int i = z * nx * ny, e = i + nx * ny; i < e; i++) {
                d[i] = (float) Math.sqrt(d[i]);
            }
        });
        return d;
    }

    /** 1D distance along x by a forward and a backward scan. */
    private static void passX(boolean[] mask, float[] d, int nx, int ny, int nz, double sx) {
        Grid.parallelFor(nz, z -> {
            for (int y = 0; y < ny; y++) {
                int row = nx * (y + ny * z);
                int last = -1;                       // index of the last background voxel seen
                for (int x = 0; x < nx; x++) {
                    if (!mask[row + x]) {
                        last = x;
                        d[row + x] = 0f;
                    } else {
                        d[row + x] = last < 0 ? Float.POSITIVE_INFINITY : sq((x - last) * sx);
                    }
                }
                last = -1;
                for (int x = nx - 1; x >= 0; x--) {
                    if (!mask[row + x]) {
                        last = x;
                    } else if (last >= 0) {
                        float v = sq((last - x) * sx);
                        if (v < d[row + x]) {
                            d[row + x] = v;
                        }
                    }
                }
            }
        });
    }

    private static void passY(float[] d, int nx, int ny, int nz, double w) {
        Grid.parallelFor(nz, z -> {
            Envelope env = new Envelope(ny);
            double[] f = new double[ny];
            for (int x = 0; x < nx; x++) {
                int base = x + nx * ny * z;
                for (int y = 0; y < ny; y++) {
                    f[y] = d[base + nx * y];
                }
                env.transform(f, w);
                for (int y = 0; y < ny; y++) {
                    d[base + nx * y] = (float) env.out[y];
                }
            }
        });
    }

    /** Along z, columns are gathered in blocks of consecutive x so that memory is read by rows. */
    private static void passZ(float[] d, int nx, int ny, int nz, double w) {
        long plane = (long) nx * ny;
        Grid.parallelFor(ny, y -> {
            Envelope env = new Envelope(nz);
            double[][] cols = new double[BLOCK][nz];
            for (int x0 = 0; x0 < nx; x0 += BLOCK) {
                int bw = Math.min(BLOCK, nx - x0);
                for (int z = 0; z < nz; z++) {
                    int row = (int) (x0 + nx * y + plane * z);
                    for (int b = 0; b < bw; b++) {
                        cols[b][z] = d[row + b];
                    }
                }
                for (int b = 0; b < bw; b++) {
                    env.transform(cols[b], w);
                    System.arraycopy(env.out, 0, cols[b], 0, nz);
                }
                for (int z = 0; z < nz; z++) {
                    int row = (int) (x0 + nx * y + plane * z);
                    for (int b = 0; b < bw; b++) {
                        d[row + b] = (float) cols[b][z];
                    }
                }
            }
        });
    }

    /** The nearest voxel outside the image lies straight across the nearest face. */
    private static void clipToBorder(float[] d, int nx, int ny, int nz, double sx, double sy, double sz) {
        Grid.parallelFor(nz, z -> {
            double bz = sq(Math.min(z + 1, nz - z) * sz);
            for (int y = 0; y < ny; y++) {
                double byz = Math.min(bz, sq(Math.min(y + 1, ny - y) * sy));
                int row = nx * (y + ny * z);
                for (int x = 0; x < nx; x++) {
                    float b = (float) Math.min(byz, sq(Math.min(x + 1, nx - x) * sx));
                    if (b < d[row + x]) {
                        d[row + x] = b;
                    }
                }
            }
        });
    }

    private static float sq(double v) {
        return (float) (v * v);
    }

    /** Lower envelope of the parabolas w·(p − q)² + f(q), skipping infinite f (FH 2012, Algorithm 1). */
    private static final class Envelope {
        final int[] v;
        final double[] zb;
        final double[] out;

        Envelope(int n) {
            v = new int[n];
            zb = new double[n + 1];
            out = new double[n];
        }

        void transform(double[] f, double w) {
            int n = out.length;
            int k = -1;
            for (int q = 0; q < n; q++) {
                double fq = f[q];
                if (fq == Double.POSITIVE_INFINITY) {
                    continue;
                }
                if (k < 0) {
                    k = 0;
                    v[0] = q;
                    zb[0] = Double.NEGATIVE_INFINITY;
                    zb[1] = Double.POSITIVE_INFINITY;
                    continue;
                }
                double s;
                while (true) {
                    int r = v[k];
                    s = ((fq + w * q * (double) q) - (f[r] + w * r * (double) r)) / (2 * w * (q - r));
                    if (s > zb[k]) {
                        break;
                    }
                    k--;              // never below 0: zb[0] is −∞
                }
                k++;
                v[k] = q;
                zb[k] = s;
                zb[k + 1] = Double.POSITIVE_INFINITY;
            }
            if (k < 0) {
                Arrays.fill(out, Double.POSITIVE_INFINITY);
                return;
            }
            int j = 0;
            for (int p = 0; p < n; p++) {
                while (zb[j + 1] < p) {
                    j++;
                }
                double dp = p - v[j];
                out[p] = w * dp * dp + f[v[j]];
            }
        }
    }
}
