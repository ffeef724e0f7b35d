package org.electrotwin.characterize;

import org.electrotwin.core.volume.LabeledVolume;
import org.jtransforms.fft.FloatFFT_3D;

/**
 * Two-point correlation (covariance) of a phase, S2(r) = P(x ∈ phase and x + r ∈ phase),
 * by the Wiener–Khinchin theorem: S2 = F⁻¹|F χ|² / N (Torquato, Random Heterogeneous
 * Materials, 2002, ch. 2). The volume is taken as periodic (as PoreSpy's FFT version does), so
 * S2 is exact for periodic volumes and, for others, biased only at lags approaching half the
 * box; lags are averaged in radial shells of one voxel up to half the smallest dimension.
 * S2(0) is the volume fraction φ and S2 tends to φ² at large r. Memory: 8 bytes per voxel.
 */
public final class TwoPointCorrelation {
    private TwoPointCorrelation() {}

    /** Radial S2 at shell centres {@code distanceM[k] = k·h}, and S2 along each axis (same lags). */
    public record Result(double[] distanceM, double[] probability, double[] alongX, double[] alongY, double[] alongZ,
                         double volumeFraction) {}

    public static Result of(LabeledVolume v, int label) {
        return of(v.mask(label), v.nx(), v.ny(), v.nz(), v.voxelSizeM());
    }

    public static Result of(boolean[] mask, int nx, int ny, int nz, double voxelSizeM) {
        Grid.check(mask.length, nx, ny, nz);
        float[] s = autocorrelation(mask, nx, ny, nz);
        int n = mask.length;
        int rMax = Math.min(nx, Math.min(ny, nz)) / 2;
        double[] sum = new double[rMax + 1];
        long[] count = new long[rMax + 1];
        for (int z = 0; z < nz; z++) {
            int dz = z <= nz / 2 ? z : z - nz;
            for (int y = 0; y < ny; y++) {
                int dy = y <= ny / 2 ? y : y - ny;
                for (int x = 0; x < nx; x++) {
                    int dx = x <= nx / 2 ? x : x - nx;
                    int shell = (int) Math.round(Math.sqrt(dx * dx + dy * dy + dz * dz));
                    if (shell > rMax) continue;
                    sum[shell] += s[x + nx * (y + ny * z)];
                    count[shell]++;
                }
            }
        }
        double[] dist = new double[rMax + 1];
        double[] prob = new double[rMax + 1];
        double[][] axes = new double[3][rMax + 1];
        for (int k = 0; k <= rMax; k++) {
            dist[k] = k * voxelSizeM;
            prob[k] = sum[k] / count[k] / n;
            axes[0][k] = s[k % nx] / (double) n;
            axes[1][k] = s[nx * (k % ny)] / (double) n;
            axes[2][k] = s[nx * ny * (k % nz)] / (double) n;
        }
        return new Result(dist, prob, axes[0], axes[1], axes[2], prob[0]);
    }

    /** Circular autocorrelation Σ_x χ(x)χ(x + r), r indexed like the volume (float, rounded to the nearest count). */
    static float[] autocorrelation(boolean[] mask, int nx, int ny, int nz) {
        int n = WorkingMemory.voxels(nx, ny, nz, 8);
        float[] a = new float[2 * n];
        for (int i = 0; i < n; i++) {
            a[i] = mask[i] ? 1f : 0f;
        }
        FloatFFT_3D fft = new FloatFFT_3D(nz, ny, nx);
        fft.realForwardFull(a);
        for (int i = 0; i < n; i++) {
            float re = a[2 * i], im = a[2 * i + 1];
            a[2 * i] = re * re + im * im;
            a[2 * i + 1] = 0f;
        }
        fft.complexInverse(a, true);
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = Math.round(a[2 * i]);      // the exact values are integers (counts of pairs)
        }
        return out;
    }
}
