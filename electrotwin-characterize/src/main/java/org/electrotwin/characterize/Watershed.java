package org.electrotwin.characterize;

import org.electrotwin.core.volume.Axis;
import org.electrotwin.core.InputException;

/**
 * Separates touching particles of a phase by a marker-controlled watershed on the Euclidean
 * distance transform (Beucher &amp; Meyer 1993; as in PoreSpy's SNOW, Gostick, Phys. Rev. E 96
 * (2017) 023307): markers are the plateaus of voxels whose distance is the maximum within a cube of
 * half-width {@code peakHalfWidth} (26-connected plateaus merge); the distance map (border as a wall, so cut particles peak inside) is then
 * flooded downwards from the markers with a bucket queue (FIFO-free, sequential: deterministic),
 * 6-connected. Every voxel of the phase ends in exactly one particle; particles cut by the image
 * border are kept as they are.
 */
public final class Watershed {
    private Watershed() {}

    /** Particle label per voxel (0 outside the phase), count, voxels per particle ({@code volumes[0]} unused). */
    public record Result(int[] labels, int count, long[] volumes) {}

    /** Particle sizes: equivalent-sphere diameters, and the volume- and number-weighted distributions. */
    public record ParticleSizes(int count, double[] volumeM3, double[] equivalentDiameterM,
                                SizeDistribution byVolume, SizeDistribution byNumber) {}

    public static Result separate(boolean[] mask, int nx, int ny, int nz, int peakHalfWidth) {
        Grid.check(mask.length, nx, ny, nz);
        if (peakHalfWidth < 1) {
            throw new InputException("watershed peak half-width " + peakHalfWidth + ": expected at least 1 voxel");
        }
        float[] d2f = DistanceTransform.edtSquared(mask, nx, ny, nz, 1, 1, 1, true);
        int n = mask.length;
        int[] d2 = new int[n];
        int max = 0;
        for (int i = 0; i < n; i++) {
            d2[i] = mask[i] ? (int) d2f[i] : 0;
            max = Math.max(max, d2[i]);
        }
        int[] local = maxFilter(d2, nx, ny, nz, peakHalfWidth);
        boolean[] peak = new boolean[n];
        for (int i = 0; i < n; i++) {
            peak[i] = d2[i] > 0 && d2[i] == local[i];
        }
        ConnectedComponents.Result markers = ConnectedComponents.label(peak, nx, ny, nz, Connectivity.TWENTY_SIX);
        int[] labels = markers.labels();
        IntStack[] buckets = new IntStack[max + 1];
        for (int k = 0; k <= max; k++) buckets[k] = new IntStack();
        for (int i = 0; i < n; i++) {
            if (labels[i] != 0) buckets[d2[i]].push(i);
        }
        int plane = nx * ny;
        for (int k = max; k >= 1; k--) {
            IntStack b = buckets[k];
            while (b.size > 0) {
                int i = b.pop();
                int l = labels[i];
                int x = i % nx, y = (i / nx) % ny, z = i / plane;
                if (x > 0) flood(i - 1, k, l, d2, labels, buckets);
                if (x < nx - 1) flood(i + 1, k, l, d2, labels, buckets);
                if (y > 0) flood(i - nx, k, l, d2, labels, buckets);
                if (y < ny - 1) flood(i + nx, k, l, d2, labels, buckets);
                if (z > 0) flood(i - plane, k, l, d2, labels, buckets);
                if (z < nz - 1) flood(i + plane, k, l, d2, labels, buckets);
            }
            buckets[k] = null;
        }
        long[] volumes = new long[markers.count() + 1];
        for (int l : labels) volumes[l]++;
        volumes[0] = 0;
        return new Result(labels, markers.count(), volumes);
    }

    /** The particle sizes of a separation, for a voxel size in metres. */
    public static ParticleSizes sizes(Result r, double voxelSizeM) {
        int c = r.count();
        double[] vol = new double[c];
        double[] diam = new double[c];
        double[] one = new double[c];
        double h3 = voxelSizeM * voxelSizeM * voxelSizeM;
        for (int k = 0; k < c; k++) {
            vol[k] = r.volumes()[k + 1] * h3;
            diam[k] = Math.cbrt(6 * vol[k] / Math.PI);
            one[k] = 1;
        }
        return new ParticleSizes(c, vol, diam, SizeDistribution.ofWeighted(diam, vol, voxelSizeM),
                SizeDistribution.ofWeighted(diam, one, voxelSizeM));
    }

    private static void flood(int j, int k, int label, int[] d2, int[] labels, IntStack[] buckets) {
        if (labels[j] != 0 || d2[j] == 0) return;
        labels[j] = label;                              // first to arrive owns it
        buckets[Math.min(k, d2[j])].push(j);
    }

    /** Maximum over a cube of half-width w, separably along x, y, z (out of image ignored). */
    static int[] maxFilter(int[] v, int nx, int ny, int nz, int w) {
        int[] a = v.clone();
        int[] b = new int[v.length];
        for (Axis axis : Axis.values()) {
            int len = Grid.size(nx, ny, nz, axis);
            int stride = axis == Axis.X ? 1 : axis == Axis.Y ? nx : nx * ny;
            int[] src = a, dst = b;
            Grid.parallelFor(v.length / len, line -> {
                int start = switch (axis) {
                    case X -> nx * line;
                    case Y -> line % nx + nx * ny * (line / nx);
                    case Z -> line;
                };
                for (int t = 0; t < len; t++) {
                    int m = Integer.MIN_VALUE;
                    for (int u = Math.max(0, t - w), e = Math.min(len - 1, t + w); u <= e; u++) {
                        int val = src[start + u * stride];
                        if (val > m) m = val;
                    }
                    dst[start + t * stride] = m;
                }
            });
            a = dst;
            b = src;
        }
        return a;
    }
}
