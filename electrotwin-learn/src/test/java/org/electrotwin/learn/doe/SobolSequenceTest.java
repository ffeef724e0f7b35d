package org.electrotwin.learn.doe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.electrotwin.core.InputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SobolSequenceTest {

    @Test
    void firstPointsEqualPublishedValues() {
        // Unscrambled Joe-Kuo Sobol' points in Gray-code order, as printed by Joe & Kuo's sobol.cc
        // and scipy.stats.qmc.Sobol(d=3, scramble=False).
        double[][] expected = {
            {0, 0, 0}, {0.5, 0.5, 0.5}, {0.75, 0.25, 0.25}, {0.25, 0.75, 0.75},
            {0.375, 0.375, 0.625}, {0.875, 0.875, 0.125}, {0.625, 0.125, 0.875}, {0.125, 0.625, 0.375},
        };
        double[][] p = SobolSequence.unscrambled(3).points(8);
        for (int i = 0; i < 8; i++) {
            assertThat(p[i]).containsExactly(expected[i]);
        }
    }

    @Test
    void startOffsetContinuesTheSequence() {
        SobolSequence s = SobolSequence.scrambled(7, 3);
        double[][] all = s.points(100);
        double[][] tail = s.points(37, 63);
        for (int i = 0; i < 63; i++) {
            assertThat(tail[i]).containsExactly(all[37 + i]);
        }
    }

    /** Every 1-D projection of the first 2^m points has exactly one point in each [k/2^m, (k+1)/2^m). */
    @ParameterizedTest
    @ValueSource(longs = {-1, 1, 2, 3})
    void everyCoordinateIsStratified(long seed) {
        int m = 10;
        int n = 1 << m;
        SobolSequence s = seed < 0 ? SobolSequence.unscrambled(40) : SobolSequence.scrambled(40, seed);
        double[][] p = s.points(n);
        for (int j = 0; j < 40; j++) {
            boolean[] hit = new boolean[n];
            for (double[] x : p) {
                assertThat(x[j]).isBetween(0.0, 1.0);
                int cell = (int) (x[j] * n);
                assertThat(hit[cell]).as("dimension %d cell %d", j, cell).isFalse();
                hit[cell] = true;
            }
        }
    }

    /**
     * Dimensions 1 and 2 form a (0, m, 2)-net: every elementary box of area 2^-m holds exactly one
     * of the first 2^m points, for every split 2^-a × 2^-(m-a). Scrambling preserves this.
     */
    @ParameterizedTest
    @ValueSource(longs = {-1, 11, 12})
    void firstTwoDimensionsFormAZeroNet(long seed) {
        int m = 8;
        int n = 1 << m;
        double[][] p = (seed < 0 ? SobolSequence.unscrambled(2) : SobolSequence.scrambled(2, seed)).points(n);
        for (int a = 0; a <= m; a++) {
            int[] count = new int[n];
            for (double[] x : p) {
                int cx = (int) (x[0] * (1 << a));
                int cy = (int) (x[1] * (1 << (m - a)));
                count[cx * (1 << (m - a)) + cy]++;
            }
            assertThat(count).containsOnly(1);
        }
    }

    /** Mean of a smooth integrand converges much faster than Monte Carlo: ∫ Π (1 + (x_j − ½)) = 1. */
    @Test
    void integratesASmoothFunctionAccurately() {
        double[][] p = SobolSequence.scrambled(8, 5).points(4096);
        double sum = 0;
        for (double[] x : p) {
            double prod = 1;
            for (double v : x) {
                prod *= 1 + 0.5 * (v - 0.5) + Math.sin(2 * Math.PI * v) * 0.1;
            }
            sum += prod;
        }
        assertThat(Math.abs(sum / p.length - 1)).isLessThan(1e-3);
    }

    @Test
    void scramblingIsSeededAndChangesThePoints() {
        assertThat(SobolSequence.scrambled(5, 9).points(16)).isDeepEqualTo(SobolSequence.scrambled(5, 9).points(16));
        assertThat(SobolSequence.scrambled(5, 9).points(16)[0]).isNotEqualTo(SobolSequence.scrambled(5, 10).points(16)[0]);
    }

    @Test
    void rejectsUnsupportedDimension() {
        assertThatThrownBy(() -> SobolSequence.unscrambled(41)).isInstanceOf(InputException.class)
                .hasMessageContaining("dimension 41");
    }
}
