package org.electrotwin.learn.bo;

import java.util.Arrays;

/** Non-dominated sorting for minimisation (Deb et al. 2002, NSGA-II, the O(MN²) first front). */
public final class Pareto {
    private Pareto() {
    }

    /** True if a is no worse than b in every objective and strictly better in one. */
    public static boolean dominates(double[] a, double[] b) {
        boolean strictly = false;
        for (int k = 0; k < a.length; k++) {
            if (a[k] > b[k]) {
                return false;
            }
            if (a[k] < b[k]) {
                strictly = true;
            }
        }
        return strictly;
    }

    /** Indices (ascending) of the points no other point dominates. */
    public static int[] front(double[][] points) {
        int[] out = new int[points.length];
        int count = 0;
        for (int i = 0; i < points.length; i++) {
            boolean dominated = false;
            for (int j = 0; j < points.length && !dominated; j++) {
                dominated = j != i && dominates(points[j], points[i]);
            }
            if (!dominated) {
                out[count++] = i;
            }
        }
        return Arrays.copyOf(out, count);
    }

    /** Front number of each point: 0 for the non-dominated set, 1 for the next once it is removed, … */
    public static int[] ranks(double[][] points) {
        int n = points.length;
        int[] rank = new int[n];
        Arrays.fill(rank, -1);
        int assigned = 0;
        for (int level = 0; assigned < n; level++) {
            boolean[] inFront = new boolean[n];
            for (int i = 0; i < n; i++) {
                if (rank[i] >= 0) {
                    continue;
                }
                boolean dominated = false;
                for (int j = 0; j < n && !dominated; j++) {
                    dominated = j != i && rank[j] < 0 && dominates(points[j], points[i]);
                }
                inFront[i] = !dominated;
            }
            for (int i = 0; i < n; i++) {
                if (inFront[i]) {
                    rank[i] = level;
                    assigned++;
                }
            }
        }
        return rank;
    }

    /**
     * Hypervolume dominated by the points and bounded by {@code reference} (minimisation; points not
     * strictly better than the reference in every objective add nothing). Exact, by slicing along the
     * last objective (While et al. 2006, IEEE TEC 10(1), "HSO"): fine for the fronts of a campaign
     * (tens of points, a few objectives).
     */
    public static double hypervolume(double[][] points, double[] reference) {
        java.util.List<double[]> inside = new java.util.ArrayList<>();
        for (double[] p : points) {
            boolean ok = true;
            for (int k = 0; k < reference.length; k++) {
                ok &= p[k] < reference[k];
            }
            if (ok) {
                inside.add(p);
            }
        }
        return slice(inside.toArray(new double[0][]), reference, reference.length);
    }

    private static double slice(double[][] pts, double[] ref, int dims) {
        if (pts.length == 0) {
            return 0;
        }
        if (dims == 1) {
            double min = ref[0];
            for (double[] p : pts) {
                min = Math.min(min, p[0]);
            }
            return ref[0] - min;
        }
        int last = dims - 1;
        double[][] sorted = pts.clone();
        Arrays.sort(sorted, (a, b) -> Double.compare(a[last], b[last]));
        double volume = 0;
        for (int i = 0; i < sorted.length; i++) {
            double top = i + 1 < sorted.length ? sorted[i + 1][last] : ref[last];
            double height = top - sorted[i][last];
            if (height > 0) {
                volume += height * slice(Arrays.copyOf(sorted, i + 1), ref, last);
            }
        }
        return volume;
    }
}
