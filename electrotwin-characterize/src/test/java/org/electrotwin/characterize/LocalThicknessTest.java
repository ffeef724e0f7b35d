package org.electrotwin.characterize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalThicknessTest {

    /** τ²/4 by definition: max over every centre c of d²(c) where |p − c|² < d²(c). */
    static int[] bruteForce(boolean[] m, int nx, int ny, int nz) {
        double[] d2 = DistanceTransformTest.bruteForce(m, nx, ny, nz, 1, 1, 1, false);
        int[] out = new int[m.length];
        for (int p = 0; p < m.length; p++) {
            if (!m[p]) continue;
            int px = p % nx, py = (p / nx) % ny, pz = p / (nx * ny);
            for (int c = 0; c < m.length; c++) {
                if (!m[c] || Double.isInfinite(d2[c])) continue;
                int dx = c % nx - px, dy = (c / nx) % ny - py, dz = c / (nx * ny) - pz;
                if (dx * dx + dy * dy + dz * dz < d2[c]) out[p] = Math.max(out[p], (int) d2[c]);
            }
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource({"1, 12, 11, 10, 0.7", "2, 14, 9, 13, 0.85", "3, 16, 16, 16, 0.92", "4, 10, 10, 10, 0.5", "5, 20, 4, 12, 0.95"})
    void matchesBruteForce(long seed, int nx, int ny, int nz, double p) {
        boolean[] m = Shapes.random(nx, ny, nz, p, seed);
        assertThat(LocalThickness.squaredRadius(m, nx, ny, nz)).isEqualTo(bruteForce(m, nx, ny, nz));
    }

    @Test
    void matchesBruteForceOnOverlappingBalls() {
        int n = 24;
        boolean[] m = Shapes.booleanSpheres(n, 6e-4, 4.5, 8);
        assertThat(LocalThickness.squaredRadius(m, n, n, n)).isEqualTo(bruteForce(m, n, n, n));
    }

    /** Disjoint balls of radii 6 and 11: volume-weighted histogram peaks at diameters 12 and 22 (±1 voxel). */
    @Test
    void twoBallSizesPeakAtTheirDiameters() {
        int n = 96;
        boolean[] m = new boolean[n * n * n];
        java.util.SplittableRandom rng = new java.util.SplittableRandom(3);
        for (int k = 0; k < 6; k++) {                            // on a grid: never touching
            Shapes.ball(m, n, n, n, 16 + 32 * (k % 3) + rng.nextDouble(), 16 + 32 * (k / 3) + rng.nextDouble(), 24, 11);
            Shapes.ball(m, n, n, n, 16 + 32 * (k % 3) + rng.nextDouble(), 16 + 32 * (k / 3) + rng.nextDouble(), 72, 6);
        }
        SizeDistribution d = LocalThickness.distribution(m, n, n, n, 1.0);
        double[] f = d.volumeFraction();
        int peakSmall = argMax(f, 0, 17), peakLarge = argMax(f, 17, f.length);
        System.out.printf("peaks at %.1f and %.1f voxels, d50 %.2f%n", d.diameterM()[peakSmall], d.diameterM()[peakLarge], d.d50M());
        assertThat(d.diameterM()[peakSmall]).isCloseTo(12, within(1.0));
        assertThat(d.diameterM()[peakLarge]).isCloseTo(22, within(1.0));
        double sum = 0;
        for (double v : f) sum += v;
        assertThat(sum).isCloseTo(1, within(1e-9));
    }

    static int argMax(double[] f, int from, int to) {
        int best = from;
        for (int k = from; k < to; k++) if (f[k] > f[best]) best = k;
        return best;
    }

    @Test
    void quantilesOfAKnownMixture() {
        int[] r2 = new int[100];
        boolean[] mask = new boolean[100];
        java.util.Arrays.fill(mask, true);
        for (int i = 0; i < 100; i++) r2[i] = i < 30 ? 1 : i < 80 ? 4 : 9;     // diameters 2, 4, 6
        SizeDistribution d = SizeDistribution.ofSquaredRadii(r2, mask, 1e-6);
        assertThat(d.d10M()).isCloseTo(2e-6, within(1e-15));
        assertThat(d.d50M()).isCloseTo(4e-6, within(1e-15));
        assertThat(d.d90M()).isCloseTo(6e-6, within(1e-15));
        assertThat(d.meanM()).isCloseTo((30 * 2 + 50 * 4 + 20 * 6) / 100.0 * 1e-6, within(1e-15));
    }
}
