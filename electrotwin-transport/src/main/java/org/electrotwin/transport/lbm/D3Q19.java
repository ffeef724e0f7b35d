package org.electrotwin.transport.lbm;

/**
 * The D3Q19 lattice: a rest velocity and 18 links to the face and edge neighbours. Links are
 * numbered so that {@code q} and {@code q + 9} (q = 1..9) are opposite, which lets the TRT
 * collision and the bounce-back work on pairs without a lookup table.
 */
final class D3Q19 {
    static final int Q = 19;
    static final int PAIRS = 9;
    static final int[] CX = {0, 1, 0, 0, 1, 1, 1, 1, 0, 0, -1, 0, 0, -1, -1, -1, -1, 0, 0};
    static final int[] CY = {0, 0, 1, 0, 1, -1, 0, 0, 1, 1, 0, -1, 0, -1, 1, 0, 0, -1, -1};
    static final int[] CZ = {0, 0, 0, 1, 0, 0, 1, -1, 1, -1, 0, 0, -1, 0, 0, -1, 1, -1, 1};
    static final double[] W = new double[Q];
    /** Speed of sound squared, in lattice units. */
    static final double CS2 = 1.0 / 3.0;

    static {
        for (int q = 0; q < Q; q++) {
            int norm = CX[q] * CX[q] + CY[q] * CY[q] + CZ[q] * CZ[q];
            W[q] = norm == 0 ? 1.0 / 3.0 : norm == 1 ? 1.0 / 18.0 : 1.0 / 36.0;
        }
    }

    private D3Q19() {}

    static int opposite(int q) {
        return q == 0 ? 0 : q <= PAIRS ? q + PAIRS : q - PAIRS;
    }
}
