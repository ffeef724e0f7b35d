package org.electrotwin.characterize;

/**
 * Simulated mercury intrusion (porosimetry) of a phase from one face: at a radius r the
 * invading fluid fills every ball of radius r whose centre has d ≥ r and is joined to the inlet
 * face through centres with d ≥ r (6-connected); r decreases as pressure rises (Washburn).
 *
 * <p>Each voxel's intrusion radius is computed exactly, without radius bins: the accessible
 * radius a(c) of a centre is the widest-path bottleneck max over paths from the inlet of min d,
 * found by a bucket queue on integer squared distances; the voxel is then invaded at
 * max{ a(c) : |p − c| &lt; a(c) } (the same ball painting as local thickness).
 */
public final class MercuryIntrusion {
    private MercuryIntrusion() {}

    /** Intrusion diameters as a distribution over the invaded voxels, and the fraction of the phase ever invaded. */
    public record Result(SizeDistribution distribution, double accessibleFraction, Face inlet) {}

    /** Squared intrusion radius (voxels²) per voxel; 0 where the fluid never arrives. */
    public static int[] squaredRadius(boolean[] mask, int nx, int ny, int nz, Face inlet) {
        float[] d2f = DistanceTransform.edtSquared(mask, nx, ny, nz);
        int n = mask.length;
        int[] d2 = new int[n];
        int max = 0;
        for (int i = 0; i < n; i++) {
            float v = d2f[i];
            d2[i] = v == Float.POSITIVE_INFINITY ? 0 : (int) v;
            max = Math.max(max, d2[i]);
        }
        int[] access = widestPath(d2, max, nx, ny, nz, inlet);
        return BallPainter.paint(access, nx, ny, nz);
    }

    public static Result intrude(boolean[] mask, int nx, int ny, int nz, Face inlet, double voxelSizeM) {
        Grid.check(mask.length, nx, ny, nz);
        int[] r2 = squaredRadius(mask, nx, ny, nz, inlet);
        SizeDistribution dist = SizeDistribution.ofSquaredRadii(r2, mask, voxelSizeM);
        long phase = 0;
        for (boolean b : mask) if (b) phase++;
        return new Result(dist, phase == 0 ? 0 : dist.sampledVoxels() / (double) phase, inlet);
    }

    /** a(c) for every voxel: bottleneck of the widest 6-connected path from the inlet face, 0 if none. */
    static int[] widestPath(int[] d2, int max, int nx, int ny, int nz, Face inlet) {
        int[] best = new int[d2.length];          // best key pushed so far; final once popped
        boolean[] done = new boolean[d2.length];
        IntStack[] buckets = new IntStack[max + 1];
        for (int k = 0; k <= max; k++) buckets[k] = new IntStack();
        int axisN = Grid.size(nx, ny, nz, inlet.axis());
        int c = inlet.isHigh() ? axisN - 1 : 0;
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    int coord = switch (inlet.axis()) { case X -> x; case Y -> y; case Z -> z; };
                    int i = x + nx * (y + ny * z);
                    if (coord == c && d2[i] > 0) {
                        best[i] = d2[i];
                        buckets[d2[i]].push(i);
                    }
                }
            }
        }
        int plane = nx * ny;
        for (int k = max; k >= 1; k--) {
            IntStack b = buckets[k];
            while (b.size > 0) {
                int i = b.pop();
                if (done[i]) continue;
                done[i] = true;
                int x = i % nx, y = (i / nx) % ny, z = i / plane;
                if (x > 0) relax(i - 1, k, d2, best, done, buckets);
                if (x < nx - 1) relax(i + 1, k, d2, best, done, buckets);
                if (y > 0) relax(i - nx, k, d2, best, done, buckets);
                if (y < ny - 1) relax(i + nx, k, d2, best, done, buckets);
                if (z > 0) relax(i - plane, k, d2, best, done, buckets);
                if (z < nz - 1) relax(i + plane, k, d2, best, done, buckets);
            }
            buckets[k] = null;
        }
        return best;
    }

    private static void relax(int j, int k, int[] d2, int[] best, boolean[] done, IntStack[] buckets) {
        if (done[j] || d2[j] == 0) return;
        int key = Math.min(k, d2[j]);
        if (key > best[j]) {
            best[j] = key;
            buckets[key].push(j);
        }
    }
}
