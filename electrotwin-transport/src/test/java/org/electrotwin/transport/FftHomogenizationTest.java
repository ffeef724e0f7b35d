package org.electrotwin.transport;

import org.electrotwin.core.volume.Axis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.electrotwin.core.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FftHomogenizationTest {
    private static final FftOptions TIGHT = new FftOptions(1e-9, 5000);

    @ParameterizedTest
    @ValueSource(strings = {"multigrid", "green"})
    void laminateGivesArithmeticMeanAlongAndHarmonicMeanAcrossAndNoOffDiagonal(String preconditioner) {
        int nx = 4;
        int ny = 6;
        double[] layer = {1.0, 1e-4, 3.0, 3.0, 0.5, 1e3, 0.02};
        int nz = layer.length;
        double[] k = new double[nx * ny * nz];
        double arithmetic = 0;
        double inverse = 0;
        for (int z = 0; z < nz; z++) {
            java.util.Arrays.fill(k, nx * ny * z, nx * ny * (z + 1), layer[z]);
            arithmetic += layer[z] / nz;
            inverse += 1 / layer[z] / nz;
        }
        ConductivityTensorResult r = FftHomogenization.compute(k, nx, ny, nz, TIGHT.withPreconditioner(preconditioner));
        double[][] s = r.tensorSPerM();
        assertThat(s[0][0]).isCloseTo(arithmetic, within(1e-6 * arithmetic));
        assertThat(s[1][1]).isCloseTo(arithmetic, within(1e-6 * arithmetic));
        assertThat(s[2][2]).isCloseTo(1 / inverse, within(1e-6 / inverse));
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                if (i != j) {
                    assertThat(s[i][j]).isCloseTo(0, within(1e-9 * arithmetic));
                }
            }
        }
        assertThat(r.converged()).isTrue();
    }

    @Test
    void insulatingLayerMakesTheTensorSingularAcrossIt() {
        int n = 8;
        double[] k = new double[n * n * n];
        for (int i = 0; i < k.length; i++) {
            k[i] = i / (n * n) == 3 ? 0 : 2.0;
        }
        ConductivityTensorResult r = FftHomogenization.compute(k, n, n, n, TIGHT);
        assertThat(r.along(Axis.Z)).isCloseTo(0, within(1e-9));
        assertThat(r.along(Axis.X)).isCloseTo(2.0 * 7 / 8, within(1e-9));
    }

    /** σ_eff/σ_m of a simple cubic array of spheres (σ_s/σ_m = s) at volume fraction f. */
    static double rayleighMcPhedranMcKenzie(double f, double s) {
        // Rayleigh's multipole formula for the simple cubic lattice (Rayleigh 1892, Phil. Mag. 34:481),
        // σ/σ_m = 1 + 3f / (1/β1 − f − 1.305 β3 f^(10/3) − 0.0723 β5 f^(14/3)), β_l = (s − 1)/(s + (l+1)/l):
        // the f^(10/3) coefficient 1.305 (Rayleigh printed 1.65) and the f^(14/3) term 0.0723 are the
        // values quoted from McPhedran & McKenzie 1978 (Proc. R. Soc. Lond. A 359:45); the paper itself
        // was not at hand to check them digit by digit (nor Sangani & Acrivos 1983's tables).
        double b1 = (s - 1) / (s + 2);
        double b3 = (s - 1) / (s + 4.0 / 3);
        double b5 = (s - 1) / (s + 6.0 / 5);
        return 1 - 3 * f / (-1 / b1 + f + 1.305 * b3 * Math.pow(f, 10.0 / 3) + 0.0723 * b5 * Math.pow(f, 14.0 / 3));
    }

    /** One sphere centred in an n³ periodic cell; returns its voxel volume fraction in out[0]. */
    static double[] sphereCell(int n, double fraction, double inside, double outside, double[] out) {
        double radius = Math.cbrt(3 * fraction / (4 * Math.PI)) * n;
        double[] k = new double[n * n * n];
        long count = 0;
        for (int z = 0, i = 0; z < n; z++) {
            for (int y = 0; y < n; y++) {
                for (int x = 0; x < n; x++, i++) {
                    double dx = x + 0.5 - n / 2.0;
                    double dy = y + 0.5 - n / 2.0;
                    double dz = z + 0.5 - n / 2.0;
                    boolean in = dx * dx + dy * dy + dz * dz <= radius * radius;
                    k[i] = in ? inside : outside;
                    count += in ? 1 : 0;
                }
            }
        }
        out[0] = (double) count / k.length;
        return k;
    }

    @ParameterizedTest
    @CsvSource({"0.1, 0", "0.2, 0", "0.3, 0", "0.4, 0", "0.1, 1e4", "0.2, 1e4", "0.3, 1e4", "0.35, 1e4"})
    void simpleCubicArrayOfSpheresMatchesTheRayleighMcPhedranMcKenzieFormula(double fraction, double sphere) {
        double[] f = new double[1];
        double[] k = sphereCell(64, fraction, sphere, 1.0, f);
        ConductivityTensorResult r = FftHomogenization.compute(k, 64, 64, 64, new FftOptions(1e-6, 2000));
        double expected = rayleighMcPhedranMcKenzie(f[0], sphere);
        System.out.printf("SC spheres f=%.4f s=%g: fft %.5f formula %.5f (%.2f %%), iterations %s%n", f[0], sphere,
                r.along(Axis.X), expected, 100 * (r.along(Axis.X) / expected - 1), java.util.Arrays.toString(r.iterations()));
        assertThat(r.converged()).isTrue();
        for (Axis a : Axis.values()) {
            assertThat(r.along(a)).isCloseTo(expected, within(0.02 * expected));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13})
    void equalsTheFiniteVolumeSolverOnAMirroredRandomVolume(long seed) {
        // V followed by its mirror image along z, periodic: by symmetry the two mirror planes
        // are equipotential faces, which is exactly the finite-volume problem on V with
        // Dirichlet end faces and periodic sides. The two solvers must agree to tolerance.
        int n = 12;
        int nz = 10;
        boolean[] m = TestVolumes.random(n * n * nz, 0.5, seed);
        byte[] labels = new byte[m.length];
        double[] k2 = new double[2 * m.length];
        double[] table = new double[256];
        table[0] = 1.0;
        table[1] = 1e3;
        for (int i = 0; i < m.length; i++) {
            labels[i] = (byte) (m[i] ? 0 : 1);
        }
        for (int z = 0; z < 2 * nz; z++) {
            int src = z < nz ? z : 2 * nz - 1 - z;
            for (int i = 0; i < n * n; i++) {
                k2[i + n * n * z] = table[labels[i + n * n * src]];
            }
        }
        double fft = FftHomogenization.compute(k2, n, n, 2 * nz, TIGHT).along(Axis.Z);
        double fv = EffectiveConductivity.compute(labels, n, n, nz, 1e-6, table, Axis.Z,
                FvOptions.defaults().withRelTol(1e-10).withPeriodicSides(true)).effectiveConductivitySPerM();
        assertThat(fft).isCloseTo(fv, within(1e-6 * fv));
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22})
    void agreesWithTheFiniteVolumeSolverOnRandomTwoPhaseVolumesWithinOnePercent(long seed) {
        // different boundary conditions (periodic vs reservoirs on the end faces): they agree
        // to within the boundary-layer effect, which shrinks with the size
        int n = 64;
        boolean[] m = TestVolumes.random(n * n * n, 0.5, seed);
        double[] k = new double[m.length];
        byte[] labels = new byte[m.length];
        for (int i = 0; i < m.length; i++) {
            k[i] = m[i] ? 1.0 : 10.0;
            labels[i] = (byte) (m[i] ? 0 : 1);
        }
        double[] table = new double[256];
        table[0] = 1.0;
        table[1] = 10.0;
        ConductivityTensorResult fft = FftHomogenization.compute(k, n, n, n, new FftOptions(1e-6, 2000));
        for (Axis a : Axis.values()) {
            double fv = EffectiveConductivity.compute(labels, n, n, n, 1e-6, table, a,
                    FvOptions.defaults().withRelTol(1e-6).withPeriodicSides(true)).effectiveConductivitySPerM();
            System.out.printf("random 64^3 seed %d %s: fft %.5f fv %.5f (%.2f %%)%n", seed, a, fft.along(a), fv,
                    100 * (fv / fft.along(a) - 1));
            assertThat(fft.along(a)).isCloseTo(fv, within(0.01 * fv));
        }
    }

    @Test
    void preconditionerInvertsThePeriodicLaplacian() {
        // with σ = 1 everywhere the operator is the Laplacian: one preconditioned step is exact,
        // and a homogeneous medium gives the identity tensor
        int n = 6;
        double[] k = new double[n * n * 5];
        java.util.Arrays.fill(k, 3.5);
        ConductivityTensorResult r = FftHomogenization.compute(k, n, n, 5, TIGHT);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertThat(r.tensorSPerM()[i][j]).isCloseTo(i == j ? 3.5 : 0, within(1e-12));
            }
        }
        double[] one = new double[n * n * 5];
        java.util.Arrays.fill(one, 1.0);
        // a random two-phase volume needs iterations; the tensor is symmetric
        boolean[] m = TestVolumes.random(12 * 10 * 8, 0.4, 5);
        double[] kk = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            kk[i] = m[i] ? 0.0 : 1.0;
        }
        double[][] s = FftHomogenization.compute(kk, 12, 10, 8, TIGHT).tensorSPerM();
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertThat(s[i][j]).isCloseTo(s[j][i], within(1e-7));
            }
        }
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() throws Exception {
        int n = 24;
        boolean[] m = TestVolumes.random(n * n * n, 0.5, 99);
        double[] k = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            k[i] = m[i] ? 1.0 : 100.0;
        }
        long threadsFrom = org.jtransforms.utils.CommonUtils.getThreadsBeginN_3D();
        java.util.concurrent.ForkJoinPool one = new java.util.concurrent.ForkJoinPool(1);
        try {
            org.jtransforms.utils.CommonUtils.setThreadsBeginN_3D(1); // multi-threaded transforms even at 24³
            ConductivityTensorResult many = FftHomogenization.compute(k, n, n, n, FftOptions.defaults());
            org.jtransforms.utils.CommonUtils.setThreadsBeginN_3D(Long.MAX_VALUE); // single-threaded transforms
            ConductivityTensorResult single = one.submit(() -> FftHomogenization.compute(k, n, n, n, FftOptions.defaults())).get();
            assertThat(single.tensorSPerM()).isDeepEqualTo(many.tensorSPerM());
            assertThat(single.iterations()).isEqualTo(many.iterations());
        } finally {
            org.jtransforms.utils.CommonUtils.setThreadsBeginN_3D(threadsFrom);
            one.shutdown();
        }
    }

    /** A random field of four phases (x fastest) with the given conductivities. */
    static double[] randomPhases(int n, double[] conductivities, long seed) {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
        double[] k = new double[n];
        for (int i = 0; i < n; i++) {
            k[i] = conductivities[rnd.nextInt(conductivities.length)];
        }
        return k;
    }

    @ParameterizedTest
    @CsvSource({"31, 0.01", "32, 0.01", "33, 0", "34, 0"})
    void multigridAndGreenPreconditionersSolveTheSameEquations(long seed, double weakest) {
        // 4 phases at contrast 1e4 (weakest 0.01 S/m) or with an insulating phase (infinite
        // contrast), odd periodic sizes: two independent preconditioners, one discrete problem
        double[] k = randomPhases(15 * 13 * 11, new double[] {1.0, weakest, 100.0, 0.3}, seed);
        FftOptions tight = new FftOptions(1e-9, 5000);
        ConductivityTensorResult mg = FftHomogenization.compute(k, 15, 13, 11, tight);
        ConductivityTensorResult green = FftHomogenization.compute(k, 15, 13, 11, tight.withPreconditioner("green"));
        assertThat(mg.converged()).isTrue();
        assertThat(green.converged()).isTrue();
        assertThat(mg.solver()).contains("multigrid");
        assertThat(green.solver()).contains("Green");
        double scale = Math.max(mg.along(Axis.X), Math.max(mg.along(Axis.Y), mg.along(Axis.Z)));
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertThat(mg.tensorSPerM()[i][j]).isCloseTo(green.tensorSPerM()[i][j], within(1e-7 * scale));
            }
        }
        // the whole point: far fewer iterations than the Green operator at high contrast
        assertThat(mg.iterations()[0]).isLessThan(green.iterations()[0]);
    }

    @Test
    void islandsThatDoNotWrapAroundCarryNoCurrent() {
        // a 2x3 rod along x (2 S/m) and isolated cubes (5 S/m) in an insulator: only the rod conducts
        int n = 10;
        double[] k = new double[n * n * n];
        for (int z = 0; z < n; z++) {
            for (int y = 0; y < n; y++) {
                for (int x = 0; x < n; x++) {
                    int i = x + n * (y + n * z);
                    if (y >= 1 && y < 3 && z >= 1 && z < 4) {
                        k[i] = 2.0;
                    } else if (y >= 5 && y < 8 && z >= 5 && z < 8 && x % 5 < 3) {
                        k[i] = 5.0;
                    }
                }
            }
        }
        ConductivityTensorResult r = FftHomogenization.compute(k, n, n, n, TIGHT);
        assertThat(r.along(Axis.X)).isCloseTo(2.0 * 6 / 100, within(1e-7));
        assertThat(r.along(Axis.Y)).isCloseTo(0, within(1e-12));
        assertThat(r.along(Axis.Z)).isCloseTo(0, within(1e-12));
        // islands only: nothing to solve, a zero tensor
        for (int i = 0; i < k.length; i++) {
            k[i] = k[i] == 2.0 ? 0 : k[i];
        }
        ConductivityTensorResult islands = FftHomogenization.compute(k, n, n, n, TIGHT);
        assertThat(islands.tensorSPerM()).isDeepEqualTo(new double[3][3]);
        assertThat(islands.iterations()).containsExactly(0, 0, 0);
        assertThat(islands.converged()).isTrue();
    }

    @Test
    void oddSizesGiveTheSameResultForAnyThreadCount() throws Exception {
        // odd periodic z: the red-black smoother's colouring closes on itself (last slab runs alone)
        double[] k = randomPhases(41 * 39 * 37, new double[] {1.0, 0.0, 100.0, 0.3}, 77);
        java.util.concurrent.ForkJoinPool one = new java.util.concurrent.ForkJoinPool(1);
        try {
            ConductivityTensorResult many = FftHomogenization.compute(k, 41, 39, 37, FftOptions.defaults());
            ConductivityTensorResult single = one.submit(() -> FftHomogenization.compute(k, 41, 39, 37, FftOptions.defaults())).get();
            assertThat(many.converged()).isTrue();
            assertThat(single.tensorSPerM()).isDeepEqualTo(many.tensorSPerM());
            assertThat(single.iterations()).isEqualTo(many.iterations());
        } finally {
            one.shutdown();
        }
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> FftOptions.defaults().withPreconditioner("jacobi"))
                .isInstanceOf(InputException.class).hasMessageContaining("green, multigrid");
        assertThatThrownBy(() -> FftHomogenization.compute(new double[4], 4, 1, 1, FftOptions.defaults()))
                .isInstanceOf(InputException.class).hasMessageContaining("at least 2");
        double[] k = new double[8];
        k[3] = Double.POSITIVE_INFINITY;
        assertThatThrownBy(() -> FftHomogenization.compute(k, 2, 2, 2, FftOptions.defaults()))
                .isInstanceOf(InputException.class).hasMessageContaining("voxel 3");
    }
}
