package org.electrotwin.learn;

import java.util.SplittableRandom;

/** Test inputs for the surrogates: seeded points in the unit cube. */
public final class RandomPoints {
    private RandomPoints() {
    }

    /** {@code n} points in [0, 1)^d, uniform and independent, the same for the same seed. */
    public static double[][] uniform(int n, int d, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] x = new double[n][d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                row[j] = r.nextDouble();
            }
        }
        return x;
    }
}
