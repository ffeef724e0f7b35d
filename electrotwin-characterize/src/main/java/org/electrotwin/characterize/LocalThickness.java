package org.electrotwin.characterize;

/**
 * Local thickness (continuous size distribution): every voxel of a phase gets the diameter of
 * the largest ball inside the phase that covers it, τ(p) = 2·max{ d(c) : |p − c| &lt; d(c) },
 * d = Euclidean distance to the nearest voxel outside the phase (Hildebrand &amp; Rüegsegger 1997).
 * The same map is the opening-based "continuous PSD" of PoreSpy: τ(p) ≥ 2r exactly when p is
 * in the opening of the phase by a ball of radius r.
 *
 * <p>Convention: distances run between voxel centres and the border is not a wall, so a slab
 * one voxel thick has thickness 2 voxels and a digital ball of radius R about 2R.
 */
public final class LocalThickness {
    private LocalThickness() {}

    /** Squared radius (voxels²) of the largest inscribed ball covering each voxel; 0 outside the phase. */
    public static int[] squaredRadius(boolean[] mask, int nx, int ny, int nz) {
        float[] d2 = DistanceTransform.edtSquared(mask, nx, ny, nz);
        int[] r2 = new int[d2.length];
        Grid.parallelFor(nz, z -> {
            for (int i = z * nx * ny, e = i + nx * ny; i < e; i++) {
                float v = d2[i];
                // a mask filling the image has no finite distance: such a phase has no defined size
                r2[i] = v == Float.POSITIVE_INFINITY ? 0 : (int) v;
            }
        });
        return BallPainter.paint(r2, nx, ny, nz);
    }

    /** Volume-weighted distribution of local thickness (diameters) over the phase. */
    public static SizeDistribution distribution(boolean[] mask, int nx, int ny, int nz, double voxelSizeM) {
        return SizeDistribution.ofSquaredRadii(squaredRadius(mask, nx, ny, nz), mask, voxelSizeM);
    }
}
