package org.electrotwin.learn.doe;

import java.util.SplittableRandom;

import org.electrotwin.core.InputException;
import org.electrotwin.learn.Seeds;

/**
 * Sobol' low-discrepancy points on the unit cube, Gray-code order, 32-bit digits.
 *
 * <p>Direction numbers: Joe &amp; Kuo (2008), "Constructing Sobol sequences with better
 * two-dimensional projections", SIAM J. Sci. Comput. 30, table {@code new-joe-kuo-6.21201}
 * (dimensions 2..40; dimension 1 is van der Corput). Scrambling: random linear matrix scrambling
 * plus a digital shift (Matoušek 1998, "On the L2-discrepancy for anchored boxes"), which keeps
 * every (t,m,s)-net property of the unscrambled sequence while making each point uniform on the cube.
 */
public final class SobolSequence {
    /** Highest dimension this table supports. */
    public static final int MAX_DIMENSION = 40;
    private static final int BITS = 32;

    /** Rows "s a m_1 .. m_s" for dimensions 2..40 (Joe-Kuo new-joe-kuo-6.21201). */
    private static final int[][] JOE_KUO = {
        {1, 0, 1}, {2, 1, 1, 3}, {3, 1, 1, 3, 1}, {3, 2, 1, 1, 1}, {4, 1, 1, 1, 3, 3},
        {4, 4, 1, 3, 5, 13}, {5, 2, 1, 1, 5, 5, 17}, {5, 4, 1, 1, 5, 5, 5}, {5, 7, 1, 1, 7, 11, 19},
        {5, 11, 1, 1, 5, 1, 1}, {5, 13, 1, 1, 1, 3, 11}, {5, 14, 1, 3, 5, 5, 31},
        {6, 1, 1, 3, 3, 9, 7, 49}, {6, 13, 1, 1, 1, 15, 21, 21}, {6, 16, 1, 3, 1, 13, 27, 49},
        {6, 19, 1, 1, 1, 15, 7, 5}, {6, 22, 1, 3, 1, 15, 13, 25}, {6, 25, 1, 1, 5, 5, 19, 61},
        {7, 1, 1, 3, 7, 11, 23, 15, 103}, {7, 4, 1, 3, 7, 13, 13, 15, 69}, {7, 7, 1, 1, 3, 13, 7, 35, 63},
        {7, 8, 1, 3, 5, 9, 1, 25, 53}, {7, 14, 1, 3, 1, 13, 9, 35, 107}, {7, 19, 1, 3, 1, 5, 27, 61, 31},
        {7, 21, 1, 1, 5, 11, 19, 41, 61}, {7, 28, 1, 3, 5, 3, 3, 13, 69}, {7, 31, 1, 1, 7, 13, 1, 19, 1},
        {7, 32, 1, 3, 7, 5, 13, 19, 59}, {7, 37, 1, 1, 3, 9, 25, 29, 41}, {7, 41, 1, 3, 5, 13, 23, 1, 55},
        {7, 42, 1, 3, 7, 3, 13, 59, 17}, {7, 50, 1, 3, 1, 3, 5, 53, 69}, {7, 55, 1, 1, 5, 5, 23, 33, 13},
        {7, 56, 1, 1, 7, 7, 1, 61, 123}, {7, 59, 1, 1, 7, 9, 13, 61, 49}, {7, 62, 1, 3, 3, 5, 3, 55, 33},
        {8, 14, 1, 3, 1, 15, 31, 13, 49, 245}, {8, 21, 1, 3, 5, 15, 31, 59, 63, 97},
        {8, 22, 1, 3, 1, 11, 11, 11, 77, 249},
    };

    private final int dimension;
    /** direction[j][k]: k-th direction number of dimension j, as a 32-bit binary fraction. */
    private final int[][] direction;
    private final int[] shift;

    private SobolSequence(int dimension, int[][] direction, int[] shift) {
        this.dimension = dimension;
        this.direction = direction;
        this.shift = shift;
    }

    /** The plain (unscrambled) sequence; its first point is the origin. */
    public static SobolSequence unscrambled(int dimension) {
        return new SobolSequence(dimension, directionNumbers(dimension), new int[dimension]);
    }

    /** Linear matrix scrambling + digital shift, seeded. */
    public static SobolSequence scrambled(int dimension, long seed) {
        int[][] v = directionNumbers(dimension);
        int[] shift = new int[dimension];
        for (int j = 0; j < dimension; j++) {
            SplittableRandom rng = new SplittableRandom(Seeds.derive(seed, j));
            // Lower-triangular matrix with unit diagonal, row r = output bit r (bit 31-r of the int).
            int[] rows = new int[BITS];
            for (int r = 0; r < BITS; r++) {
                int below = r == 0 ? 0 : rng.nextInt() & ~(-1 >>> r); // random bits above r (higher-order)
                rows[r] = below | (1 << (BITS - 1 - r));
            }
            for (int k = 0; k < BITS; k++) {
                int out = 0;
                for (int r = 0; r < BITS; r++) {
                    if ((Integer.bitCount(rows[r] & v[j][k]) & 1) != 0) {
                        out |= 1 << (BITS - 1 - r);
                    }
                }
                v[j][k] = out;
            }
            shift[j] = rng.nextInt();
        }
        return new SobolSequence(dimension, v, shift);
    }

    public int dimension() {
        return dimension;
    }

    /** Points 0..n-1 of the sequence (n ≤ 2^31). For balance, use a power of two. */
    public double[][] points(int n) {
        return points(0, n);
    }

    /** Points start..start+n-1 of the sequence. */
    public double[][] points(long start, int n) {
        if (n < 0 || start < 0 || start + n > (1L << BITS)) {
            throw new InputException("Sobol: point range [" + start + ", " + (start + n)
                    + ") is outside [0, 2^32)");
        }
        double[][] out = new double[n][dimension];
        int[] state = new int[dimension];
        // Gray-code index g(i) = i ^ (i>>1): the state for point 'start' is the XOR of the directions of its set bits.
        long g = start ^ (start >>> 1);
        for (int j = 0; j < dimension; j++) {
            int s = 0;
            for (int k = 0; k < BITS; k++) {
                if (((g >>> k) & 1) != 0) {
                    s ^= direction[j][k];
                }
            }
            state[j] = s;
        }
        for (int i = 0; i < n; i++) {
            long index = start + i;
            if (i > 0) {
                int c = Long.numberOfTrailingZeros(~(index - 1)); // rightmost zero bit of index-1
                for (int j = 0; j < dimension; j++) {
                    state[j] ^= direction[j][c];
                }
            }
            for (int j = 0; j < dimension; j++) {
                out[i][j] = ((state[j] ^ shift[j]) & 0xffffffffL) * 0x1p-32;
            }
        }
        return out;
    }

    private static int[][] directionNumbers(int dimension) {
        if (dimension < 1 || dimension > MAX_DIMENSION) {
            throw new InputException("Sobol: dimension " + dimension + " is outside 1.." + MAX_DIMENSION);
        }
        int[][] v = new int[dimension][BITS];
        for (int k = 0; k < BITS; k++) {
            v[0][k] = 1 << (BITS - 1 - k);
        }
        for (int j = 1; j < dimension; j++) {
            int[] row = JOE_KUO[j - 1];
            int s = row[0];
            int a = row[1];
            long[] m = new long[BITS];
            for (int k = 0; k < s; k++) {
                m[k] = row[2 + k];
            }
            // Bratley & Fox recurrence on m_k (Joe & Kuo 2008, eq. 3).
            for (int k = s; k < BITS; k++) {
                long mk = m[k - s] ^ (m[k - s] << s);
                for (int i = 1; i < s; i++) {
                    if (((a >>> (s - 1 - i)) & 1) != 0) {
                        mk ^= m[k - i] << i;
                    }
                }
                m[k] = mk;
            }
            for (int k = 0; k < BITS; k++) {
                v[j][k] = (int) (m[k] << (BITS - 1 - k));
            }
        }
        return v;
    }
}
