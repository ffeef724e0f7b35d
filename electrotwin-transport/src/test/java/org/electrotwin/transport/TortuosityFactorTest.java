package org.electrotwin.transport;

import org.electrotwin.core.volume.Axis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import org.electrotwin.core.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class TortuosityFactorTest {
    private static final FvOptions TIGHT = FvOptions.defaults().withRelTol(1e-10);

    @ParameterizedTest
    @EnumSource(Axis.class)
    void straightChannelsHaveTortuosityOne(Axis axis) {
        int nx = 20;
        int ny = 17;
        int nz = 23;
        boolean[] m = new boolean[nx * ny * nz];
        // three square channels of different widths along the axis
        int[][] boxes = {{2, 3, 1}, {9, 9, 3}, {14, 4, 2}};
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    int[] c = {x, y, z};
                    int u = c[(axis.ordinal() + 1) % 3];
                    int v = c[(axis.ordinal() + 2) % 3];
                    for (int[] b : boxes) {
                        if (u >= b[0] && u < b[0] + b[2] && v >= b[1] && v < b[1] + b[2]) {
                            m[x + nx * (y + ny * z)] = true;
                        }
                    }
                }
            }
        }
        TortuosityResult r = TortuosityFactor.compute(m, nx, ny, nz, axis, TIGHT);
        assertThat(r.percolating()).isTrue();
        assertThat(r.converged()).isTrue();
        assertThat(r.tortuosityFactor().getAsDouble()).isCloseTo(1.0, within(1e-9));
        assertThat(r.relativeDiffusivity()).isCloseTo(r.volumeFraction(), within(1e-9));
        assertThat(r.effectiveVolumeFraction()).isEqualTo(r.volumeFraction());
    }

    @ParameterizedTest
    @EnumSource(Axis.class)
    void slabParallelToTheAxisHasTortuosityOneAlsoWithPeriodicSides(Axis axis) {
        int n = 16;
        boolean[] m = new boolean[n * n * n];
        int across = (axis.ordinal() + 1) % 3;
        for (int i = 0; i < m.length; i++) {
            int[] c = {i % n, (i / n) % n, i / (n * n)};
            m[i] = c[across] >= 5 && c[across] < 9;
        }
        for (boolean periodic : new boolean[] {false, true}) {
            TortuosityResult r = TortuosityFactor.compute(m, n, n, n, axis, TIGHT.withPeriodicSides(periodic));
            assertThat(r.tortuosityFactor().getAsDouble()).isCloseTo(1.0, within(1e-9));
            assertThat(r.volumeFraction()).isCloseTo(0.25, within(1e-12));
            assertThat(r.macMullinNumber().getAsDouble()).isCloseTo(4.0, within(1e-8));
        }
    }

    @Test
    void fullVolumeAndSingleVoxelAreExact() {
        boolean[] all = new boolean[7 * 5 * 9];
        java.util.Arrays.fill(all, true);
        assertThat(TortuosityFactor.compute(all, 7, 5, 9, Axis.Z, TIGHT).tortuosityFactor().getAsDouble())
                .isCloseTo(1.0, within(1e-10));
        assertThat(TortuosityFactor.compute(new boolean[] {true}, 1, 1, 1, Axis.X, TIGHT).tortuosityFactor()
                .getAsDouble()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void blockedPhaseIsReportedAsNotPercolating() {
        int n = 12;
        boolean[] m = new boolean[n * n * n];
        for (int i = 0; i < m.length; i++) {
            m[i] = i / (n * n) != 6; // a solid wall across z at z = 6
        }
        TortuosityResult r = TortuosityFactor.compute(m, n, n, n, Axis.Z, FvOptions.defaults().withKeepFields(true));
        assertThat(r.percolating()).isFalse();
        assertThat(r.tortuosityFactor()).isEmpty();
        assertThat(r.macMullinNumber()).isEmpty();
        assertThat(r.relativeDiffusivity()).isZero();
        assertThat(r.effectiveVolumeFraction()).isZero();
        assertThat(r.volumeFraction()).isCloseTo(11.0 / 12, within(1e-12));
        assertThat(r.fields()).isPresent();
        // along x the same phase percolates with tau = 1 (the wall is a slab parallel to x)
        assertThat(TortuosityFactor.compute(m, n, n, n, Axis.X, TIGHT).tortuosityFactor().getAsDouble())
                .isCloseTo(1.0, within(1e-9));
        // an empty phase
        TortuosityResult empty = TortuosityFactor.compute(new boolean[27], 3, 3, 3, Axis.Y, FvOptions.defaults());
        assertThat(empty.percolating()).isFalse();
        assertThat(empty.volumeFraction()).isZero();
    }

    @Test
    void deadEndsAndIsolatedPoresCountInEpsilonButCarryNoFlux() {
        // the dead end is connected (it stays in the solved network), the isolated pore is cut out
        int n = 10;
        boolean[] m = new boolean[n * n * n];
        for (int z = 0; z < n; z++) {
            m[2 + n * (2 + n * z)] = true;          // straight channel
        }
        for (int x = 3; x < 8; x++) {
            m[x + n * (2 + n * 5)] = true;          // dead-end branch off the channel
        }
        m[7 + n * (7 + n * 7)] = true;              // isolated pore
        TortuosityResult r = TortuosityFactor.compute(m, n, n, n, Axis.Z, TIGHT);
        double eps = 16.0 / 1000;
        double channel = 10.0 / 1000;
        assertThat(r.volumeFraction()).isCloseTo(eps, within(1e-15));
        assertThat(r.effectiveVolumeFraction()).isCloseTo(15.0 / 1000, within(1e-15));
        assertThat(r.relativeDiffusivity()).isCloseTo(channel, within(1e-12));
        assertThat(r.tortuosityFactor().getAsDouble()).isCloseTo(eps / channel, within(1e-9));
    }

    @Test
    void narrowingsInSeriesMatchTheDenseSolve() {
        // layers normal to z alternate between full pore and a pore fraction of 1/4 (a channel)
        int n = 8;
        int nz = 12;
        boolean[] m = new boolean[n * n * nz];
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < n; y++) {
                for (int x = 0; x < n; x++) {
                    m[x + n * (y + n * z)] = z % 3 != 0 || (x < 4 && y < 4);
                }
            }
        }
        double dense = DenseReference.effective(toK(m), n, n, nz, Axis.Z, false);
        TortuosityResult r = TortuosityFactor.compute(m, n, n, nz, Axis.Z, TIGHT);
        assertThat(r.relativeDiffusivity()).isCloseTo(dense, within(1e-9));
    }

    static Stream<Arguments> randomCases() {
        return Stream.of(
                Arguments.of(5L, 6, 5, 7, 0.65, Axis.Z, false),
                Arguments.of(6L, 7, 6, 5, 0.55, Axis.X, false),
                Arguments.of(7L, 5, 8, 6, 0.6, Axis.Y, true),
                Arguments.of(8L, 9, 9, 9, 0.5, Axis.Z, true),
                Arguments.of(9L, 10, 4, 11, 0.45, Axis.X, false),
                Arguments.of(10L, 3, 3, 13, 0.7, Axis.Z, true));
    }

    @ParameterizedTest
    @MethodSource("randomCases")
    void matchesADenseDirectSolveOfTheSameSystem(long seed, int nx, int ny, int nz, double p, Axis axis, boolean periodic) {
        boolean[] m = TestVolumes.random(nx * ny * nz, p, seed);
        double dense = DenseReference.effective(toK(m), nx, ny, nz, axis, periodic);
        TortuosityResult r = TortuosityFactor.compute(m, nx, ny, nz, axis, TIGHT.withPeriodicSides(periodic));
        assertThat(r.percolating()).isEqualTo(dense > 0);
        assertThat(r.relativeDiffusivity()).isCloseTo(dense, within(1e-9 * Math.max(dense, 1e-3)));
        if (r.percolating()) {
            assertThat(r.converged()).isTrue();
            assertThat(r.fluxBalanceError()).isLessThan(1e-9);
        }
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() throws Exception {
        int n = 48;
        boolean[] m = TestVolumes.random(n * n * n, 0.5, 42);
        TortuosityResult many = TortuosityFactor.compute(m, n, n, n, Axis.Y, FvOptions.defaults());
        ForkJoinPool one = new ForkJoinPool(1);
        try {
            TortuosityResult single = one.submit(() -> TortuosityFactor.compute(m, n, n, n, Axis.Y, FvOptions.defaults())).get();
            assertThat(single).isEqualTo(many);
        } finally {
            one.shutdown();
        }
    }

    @Test
    void axesArePermutedConsistently() {
        int nx = 9;
        int ny = 11;
        int nz = 13;
        boolean[] m = TestVolumes.random(nx * ny * nz, 0.6, 3);
        // t(x,y,z) = m(y,z,x): the transposed volume along x equals the original along y
        boolean[] t = new boolean[m.length];
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    t[z + nz * (x + nx * y)] = m[x + nx * (y + ny * z)];
                }
            }
        }
        double a = TortuosityFactor.compute(m, nx, ny, nz, Axis.Y, TIGHT).relativeDiffusivity();
        double b = TortuosityFactor.compute(t, nz, nx, ny, Axis.Z, TIGHT).relativeDiffusivity();
        assertThat(b).isCloseTo(a, within(1e-10));
    }

    @Test
    void fieldsAreOnTheVolumeGridWithUnitFluxInAChannel() {
        int nx = 4;
        int ny = 3;
        int nz = 5;
        boolean[] m = new boolean[nx * ny * nz];
        for (int x = 0; x < nx; x++) {
            m[x + nx * (1 + ny * 2)] = true; // a channel along x at y = 1, z = 2
        }
        TortuosityResult r = TortuosityFactor.compute(m, nx, ny, nz, Axis.X, TIGHT.withKeepFields(true));
        TransportFields f = r.fields().orElseThrow();
        for (int x = 0; x < nx; x++) {
            int i = x + nx * (1 + ny * 2);
            assertThat(f.value()[i]).isCloseTo((float) (1 - (x + 0.5) / nx), within(1e-6f));
            assertThat(f.fluxMagnitude()[i]).isCloseTo(1f, within(1e-6f));
        }
        assertThat(f.value()[0]).isZero();
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> TortuosityFactor.compute(new boolean[10], 2, 2, 2, Axis.Z, FvOptions.defaults()))
                .isInstanceOf(InputException.class).hasMessageContaining("10 voxels");
        assertThatThrownBy(() -> new FvOptions(0, 10, false, false)).isInstanceOf(InputException.class);
        assertThatThrownBy(() -> Axis.parse("w")).isInstanceOf(InputException.class).hasMessageContaining("x, y or z");
    }

    static double[] toK(boolean[] m) {
        double[] k = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            k[i] = m[i] ? 1 : 0;
        }
        return k;
    }
}
