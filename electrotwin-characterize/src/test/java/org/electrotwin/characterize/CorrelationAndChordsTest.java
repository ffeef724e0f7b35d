package org.electrotwin.characterize;

import org.electrotwin.core.volume.Axis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CorrelationAndChordsTest {

    @ParameterizedTest
    @CsvSource({"1, 12, 10, 9, 0.4", "2, 7, 11, 13, 0.7", "3, 16, 16, 16, 0.2"})
    void fftAutocorrelationMatchesBruteForce(long seed, int nx, int ny, int nz, double p) {
        boolean[] m = Shapes.random(nx, ny, nz, p, seed);
        float[] s = TwoPointCorrelation.autocorrelation(m, nx, ny, nz);
        for (int rz = 0; rz < nz; rz++) for (int ry = 0; ry < ny; ry++) for (int rx = 0; rx < nx; rx++) {
            long c = 0;
            for (int z = 0; z < nz; z++) for (int y = 0; y < ny; y++) for (int x = 0; x < nx; x++) {
                if (m[x + nx * (y + ny * z)] && m[(x + rx) % nx + nx * ((y + ry) % ny + ny * ((z + rz) % nz))]) c++;
            }
            assertThat(s[rx + nx * (ry + ny * rz)]).isEqualTo((float) c);
        }
    }

    @Test
    void bernoulliVoxelsAreUncorrelated() {
        int n = 48;
        double p = 0.3;
        boolean[] m = Shapes.random(n, n, n, p, 4);
        TwoPointCorrelation.Result r = TwoPointCorrelation.of(m, n, n, n, 1e-6);
        double phi = r.volumeFraction();
        assertThat(phi).isCloseTo(p, within(0.01));
        assertThat(r.probability()[0]).isEqualTo(phi);
        for (int k = 1; k < r.probability().length; k++) {
            assertThat(r.probability()[k]).isCloseTo(phi * phi, within(0.004));
        }
        assertThat(r.distanceM()[3]).isCloseTo(3e-6, within(1e-18));
    }

    /** Boolean model: S2 of the pore phase is exp(−λ·|B(0,r) ∪ B(x,r)|) (Torquato 2002, eq. 5.x). */
    @Test
    void booleanModelPoreCovariance() {
        int n = 96;
        double r = 6, lambda = 3e-4;
        boolean[] solid = Shapes.booleanSpheres(n, lambda, r, 21);
        boolean[] pore = new boolean[solid.length];
        for (int i = 0; i < pore.length; i++) pore[i] = !solid[i];
        TwoPointCorrelation.Result s2 = TwoPointCorrelation.of(pore, n, n, n, 1);
        double vBall = 4.0 / 3 * Math.PI * r * r * r;
        for (int k : new int[] {0, 2, 4, 8, 12, 20}) {
            double lens = k >= 2 * r ? 0 : Math.PI / 12 * (4 * r + k) * (2 * r - k) * (2 * r - k);
            double expected = Math.exp(-lambda * (2 * vBall - lens));
            System.out.printf("S2(%d) = %.4f, model %.4f%n", k, s2.probability()[k], expected);
            assertThat(s2.probability()[k]).isCloseTo(expected, within(0.02));
        }
    }

    @Test
    void chordsOfALaminate() {
        int nx = 6, ny = 4, nz = 40;
        boolean[] m = new boolean[nx * ny * nz];
        for (int z = 0; z < nz; z++) for (int i = 0; i < nx * ny; i++) m[i + nx * ny * z] = z % 8 < 3;   // 3 in, 5 out
        ChordLength.Result c = ChordLength.along(m, nx, ny, nz, Axis.Z, 1e-6);
        // runs at z = 0..2 (cut by the border), 8..10, 16..18, 24..26, 32..34 → 4 complete chords per line
        assertThat(c.count()[3]).isEqualTo(4L * nx * ny);
        assertThat(c.meanChordLengthM()).isCloseTo(3e-6, within(1e-15));
        assertThat(c.meanInterceptLengthM()).isCloseTo(2 * 15 / 9.0 * 1e-6, within(1e-15));   // 15 voxels, 9 crossings per line
        boolean[] gaps = new boolean[m.length];
        for (int i = 0; i < m.length; i++) gaps[i] = !m[i];
        ChordLength.Result g = ChordLength.along(gaps, nx, ny, nz, Axis.Z, 1e-6);
        assertThat(g.count()[5]).isEqualTo(4L * nx * ny);            // 3..7, 11..15, 19..23, 27..31; 35..39 is cut
        assertThat(ChordLength.along(m, nx, ny, nz, Axis.X, 1e-6).meanChordLengthM()).isNaN();
        assertThat(ChordLength.along(m, nx, ny, nz, Axis.X, 1e-6).meanInterceptLengthM()).isNaN();
    }

    /** Pore chords of a Boolean model are exponential with mean 1/(λπr²) (Torquato 2002, §6.2). */
    @Test
    void booleanModelPoreChordsAreExponential() {
        int n = 128;
        double r = 8, lambda = 8e-5;
        boolean[] solid = Shapes.booleanSpheres(n, lambda, r, 33);
        boolean[] pore = new boolean[solid.length];
        for (int i = 0; i < pore.length; i++) pore[i] = !solid[i];
        double expected = 1 / (lambda * Math.PI * r * r);
        for (Axis a : Axis.values()) {
            ChordLength.Result c = ChordLength.along(pore, n, n, n, a, 1);
            System.out.printf("pore MIL along %s %.2f, model %.2f%n", a, c.meanInterceptLengthM(), expected);
            assertThat(c.meanInterceptLengthM()).isCloseTo(expected, within(0.08 * expected));
        }
    }
}
