package org.electrotwin.learn.doe;

import java.util.SplittableRandom;

import org.electrotwin.core.InputException;
import org.electrotwin.learn.Seeds;

/**
 * Latin hypercube designs on the unit cube (McKay, Beckman &amp; Conover 1979): in every dimension
 * each of the n strata [k/n, (k+1)/n) holds exactly one point. The maximin variant draws several
 * candidate designs and keeps the one with the largest smallest pairwise distance (Morris &amp;
 * Mitchell 1995 criterion, chosen among random candidates rather than optimised).
 */
public final class LatinHypercube {
    private LatinHypercube() {
    }

    /** One random Latin hypercube of n points in d dimensions. */
    public static double[][] sample(int n, int d, long seed) {
        if (n < 1 || d < 1) {
            throw new InputException("Latin hypercube: needs n >= 1 points and d >= 1 dimensions, got n=" + n + ", d=" + d);
        }
        double[][] x = new double[n][d];
        for (int j = 0; j < d; j++) {
            SplittableRandom rng = new SplittableRandom(Seeds.derive(seed, j));
            int[] perm = new int[n];
            for (int i = 0; i < n; i++) {
                perm[i] = i;
            }
            for (int i = n - 1; i > 0; i--) { // Fisher-Yates
                int k = rng.nextInt(i + 1);
                int t = perm[i];
                perm[i] = perm[k];
                perm[k] = t;
            }
            for (int i = 0; i < n; i++) {
                x[i][j] = (perm[i] + rng.nextDouble()) / n;
            }
        }
        return x;
    }

    /** The best of {@code candidates} random Latin hypercubes by the maximin distance criterion. */
    public static double[][] maximin(int n, int d, int candidates, long seed) {
        if (candidates < 1) {
            throw new InputException("Latin hypercube: candidates must be >= 1, got " + candidates);
        }
        double[][] best = null;
        double bestDistance = -1;
        for (int c = 0; c < candidates; c++) {
            double[][] x = sample(n, d, Seeds.derive(seed, 1_000_003L * c));
            double dist = minPairwiseDistanceSquared(x);
            if (dist > bestDistance) {
                bestDistance = dist;
                best = x;
            }
        }
        return best;
    }

    /** Smallest squared Euclidean distance between two points of the design (+inf for one point). */
    public static double minPairwiseDistanceSquared(double[][] x) {
        double min = Double.POSITIVE_INFINITY;
        for (int a = 0; a < x.length; a++) {
            for (int b = a + 1; b < x.length; b++) {
                double s = 0;
                for (int j = 0; j < x[a].length; j++) {
                    double t = x[a][j] - x[b][j];
                    s += t * t;
                }
                min = Math.min(min, s);
            }
        }
        return min;
    }
}
