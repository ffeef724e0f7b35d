package org.electrotwin.characterize;

import org.electrotwin.core.InputException;

/**
 * A volume-weighted size distribution: bins of one voxel in diameter, the fraction of the
 * sampled volume in each bin, and the diameters below which 10, 50 and 90 % of that volume lie
 * (smallest diameter d with cumulative fraction ≥ q, computed from the exact values, not the bins).
 */
public record SizeDistribution(double[] diameterM, double[] volumeFraction, double d10M, double d50M, double d90M,
                               double meanM, long sampledVoxels) {

    /**
     * From squared radii in voxels² (as local thickness and intrusion produce; diameter = 2·√r2)
     * over the voxels of {@code mask} with r2 &gt; 0.
     */
    public static SizeDistribution ofSquaredRadii(int[] r2, boolean[] mask, double voxelSizeM) {
        if (r2.length != mask.length) {
            throw new InputException("size map has " + r2.length + " voxels but the mask " + mask.length);
        }
        int max = 0;
        for (int i = 0; i < r2.length; i++) {
            if (mask[i] && r2[i] > max) max = r2[i];
        }
        long[] count = new long[max + 1];
        for (int i = 0; i < r2.length; i++) {
            if (mask[i] && r2[i] > 0) count[r2[i]]++;
        }
        long total = 0;
        double sum = 0;
        for (int v = 1; v <= max; v++) {
            total += count[v];
            sum += count[v] * 2 * Math.sqrt(v);
        }
        int bins = (int) Math.floor(2 * Math.sqrt(max)) + 1;
        double[] centres = new double[bins];
        double[] frac = new double[bins];
        for (int b = 0; b < bins; b++) centres[b] = (b + 0.5) * voxelSizeM;
        for (int v = 1; v <= max; v++) {
            if (count[v] > 0) frac[(int) Math.floor(2 * Math.sqrt(v))] += count[v] / (double) total;
        }
        return new SizeDistribution(centres, frac, quantile(count, total, 0.1) * voxelSizeM,
                quantile(count, total, 0.5) * voxelSizeM, quantile(count, total, 0.9) * voxelSizeM,
                total == 0 ? Double.NaN : sum / total * voxelSizeM, total);
    }

    /** Diameters (already in metres) with weights, e.g. particles weighted by their volume. */
    public static SizeDistribution ofWeighted(double[] diameterM, double[] weight, double binWidthM) {
        double total = 0, sum = 0, max = 0;
        for (int k = 0; k < diameterM.length; k++) {
            total += weight[k];
            sum += weight[k] * diameterM[k];
            max = Math.max(max, diameterM[k]);
        }
        int bins = (int) Math.floor(max / binWidthM) + 1;
        double[] centres = new double[bins];
        double[] frac = new double[bins];
        for (int b = 0; b < bins; b++) centres[b] = (b + 0.5) * binWidthM;
        for (int k = 0; k < diameterM.length; k++) frac[(int) Math.floor(diameterM[k] / binWidthM)] += weight[k] / total;
        Integer[] order = new Integer[diameterM.length];
        for (int k = 0; k < order.length; k++) order[k] = k;
        java.util.Arrays.sort(order, (a, b) -> Double.compare(diameterM[a], diameterM[b]));
        double[] q = {0.1, 0.5, 0.9};
        double[] d = {Double.NaN, Double.NaN, Double.NaN};
        double cum = 0;
        int next = 0;
        for (int k : order) {
            cum += weight[k];
            while (next < 3 && cum >= q[next] * total * (1 - 1e-12)) d[next++] = diameterM[k];
        }
        return new SizeDistribution(centres, frac, d[0], d[1], d[2], total == 0 ? Double.NaN : sum / total, diameterM.length);
    }

    /** Smallest diameter (voxels) whose cumulative count reaches q of the total. */
    private static double quantile(long[] count, long total, double q) {
        if (total == 0) return Double.NaN;
        long cum = 0;
        for (int v = 1; v < count.length; v++) {
            cum += count[v];
            if (cum >= q * total) return 2 * Math.sqrt(v);
        }
        return 2 * Math.sqrt(count.length - 1);
    }
}
