package org.electrotwin.transport.lbm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import org.electrotwin.core.volume.Axis;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PermeabilityTest {
    private static final LbmOptions PERIODIC = LbmOptions.defaults().withBoundary(LbmOptions.Boundary.PERIODIC).withRelTol(1e-5);

    /** A slit of H fluid nodes between walls on the voxel faces: u(s) = F s (H − s) / (2ν), k = H²/12 over the slit. */
    @ParameterizedTest
    @ValueSource(ints = {16, 17, 24})
    void planePoiseuilleProfileAndPermeability(int h) {
        int nx = 2;
        int ny = h + 1;   // y = 0 is the solid wall, periodic in y
        int nz = 3;
        boolean[] pore = new boolean[nx * ny * nz];
        for (int z = 0; z < nz; z++) {
            for (int y = 1; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    pore[x + nx * (y + ny * z)] = true;
                }
            }
        }
        PermeabilityResult r = Permeability.compute(pore, nx, ny, nz, 1.0, Axis.Z, PERIODIC, s -> {});
        assertThat(r.converged()).isTrue();
        double expected = h * h / 12.0 * h / (h + 1.0);   // superficial: the wall layer counts in the area
        assertThat(r.permeabilityLu()).isCloseTo(expected, within(0.01 * expected));
        assertThat(r.tensorColumnM2()[0]).isCloseTo(0, within(1e-9 * expected));

        // the velocity profile, node by node
        FluidNodes nodes = FluidNodes.buildInPlace(pore, nx, ny, nz, true, true);
        LbmOptions used = PERIODIC.resolved(ny);
        SinglePhaseLbm lbm = new SinglePhaseLbm(nodes, nodes.n(), used.forceLu(), used.tauPlus(), used.magic());
        // the profile at the steady state: the k run may stop early on its extrapolated limit
        for (int s = 0; s < 6000; s++) {
            lbm.step(false);
        }
        double[] u = lbm.velocities();
        double nu = used.viscosityLu();
        double umax = PERIODIC.forceLu() * h * h / (8 * nu);
        for (int i = 0; i < nodes.n(); i++) {
            int y = (nodes.cells()[i] / nx) % ny;
            double s = y - 0.5;
            double exact = PERIODIC.forceLu() * s * (h - s) / (2 * nu);
            assertThat(u[3 * i + 2]).isCloseTo(exact, within(0.01 * umax));
            assertThat(u[3 * i]).isCloseTo(0, within(1e-6 * umax));
        }
    }

    /** Sangani & Acrivos (1982, Int. J. Multiphase Flow 8:343) small-c series of the drag K(c) for a simple cubic array. */
    static double sanganiAcrivosK(double c) {
        double x = Math.cbrt(c);
        return 1 / (1 - 1.7601 * x + c - 1.5593 * c * c + 3.9799 * Math.pow(x, 8) - 3.0734 * Math.pow(x, 10));
    }

    @Tag("slow")
    @ParameterizedTest
    @ValueSource(doubles = {0.03, 0.064, 0.125})
    void simpleCubicArrayOfSpheresMatchesSanganiAcrivos(double c) {
        int l = 32;
        double radius = Math.cbrt(3 * c / (4 * Math.PI)) * l;
        boolean[] pore = new boolean[l * l * l];
        long solid = 0;
        double centre = l / 2.0;
        for (int z = 0; z < l; z++) {
            for (int y = 0; y < l; y++) {
                for (int x = 0; x < l; x++) {
                    double dx = x + 0.5 - centre;
                    double dy = y + 0.5 - centre;
                    double dz = z + 0.5 - centre;
                    boolean in = dx * dx + dy * dy + dz * dz < radius * radius;
                    pore[x + l * (y + l * z)] = !in;
                    solid += in ? 1 : 0;
                }
            }
        }
        // the voxelised sphere's own volume fraction and radius
        double cv = solid / Math.pow(l, 3);
        double a = Math.cbrt(3 * solid / (4 * Math.PI));
        double expected = Math.pow(l, 3) / (6 * Math.PI * a * sanganiAcrivosK(cv));   // k = L³/(6π a K)
        PermeabilityResult r = Permeability.compute(pore, l, l, l, 1e-6, Axis.X, PERIODIC.withRelTol(1e-4), s -> {});
        System.out.printf("c=%.4f k=%.5f expected=%.5f (%.2f %%) steps=%d %.1f MLUPS%n", cv, r.permeabilityLu(),
                expected, 100 * (r.permeabilityLu() / expected - 1), r.steps(), r.mlups());
        assertThat(r.converged()).isTrue();
        assertThat(r.permeabilityLu()).isCloseTo(expected, within(0.03 * expected));
        assertThat(r.permeabilityM2().getAsDouble()).isCloseTo(r.permeabilityLu() * 1e-12, within(1e-9 * r.permeabilityLu() * 1e-12));
    }

    @Test
    void sealedSampleWithBufferAgreesWithThePeriodicCellOfAStraightDuct() {
        // a 6×6 square duct inside solid walls, along y: the sides do not matter; the sealed sample adds the
        // duct's entry and exit losses (about one duct width of extra length), small for a long duct
        int nx = 8;
        int ny = 96;
        int nz = 8;
        boolean[] pore = new boolean[nx * ny * nz];
        for (int z = 1; z < 7; z++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 1; x < 7; x++) {
                    pore[x + nx * (y + ny * z)] = true;
                }
            }
        }
        PermeabilityResult p = Permeability.compute(pore, nx, ny, nz, 1.0, Axis.Y, PERIODIC, s -> {});
        PermeabilityResult s = Permeability.compute(pore, nx, ny, nz, 1.0, Axis.Y, LbmOptions.defaults().withRelTol(1e-5), m -> {});
        assertThat(s.converged()).isTrue();
        System.out.printf("duct: periodic k=%.5f sealed k=%.5f (%.2f %%)%n", p.permeabilityLu(), s.permeabilityLu(),
                100 * (s.permeabilityLu() / p.permeabilityLu() - 1));
        assertThat(s.permeabilityLu()).isCloseTo(p.permeabilityLu(), within(0.02 * p.permeabilityLu()));
        // square duct of side w, Fanning f·Re = 14.227 (Shah & London 1978): k = w²/(2·14.227) over the duct's area
        double w = 6;
        double exactDuct = w * w / (2 * 14.227) * (w * w) / (nx * nz);
        assertThat(p.permeabilityLu()).isCloseTo(exactDuct, within(0.03 * exactDuct));
    }

    /**
     * With the TRT magic parameter held fixed, the steady Stokes solution does not depend on the relaxation
     * time (Ginzburg, Verhaeghe & d'Humières 2008): τ⁺ is chosen for speed (automatic by default), and the
     * lowest the automatic choice takes, 0.55, must give the k of τ⁺ = 1.
     */
    @ParameterizedTest
    @ValueSource(longs = {3, 4})
    void permeabilityDoesNotDependOnTheRelaxationTime(long seed) {
        int n = 28;
        boolean[] pore = new boolean[n * n * n];
        java.util.Arrays.fill(pore, true);
        Random rnd = new Random(seed);
        for (int s = 0; s < 60; s++) {   // overlapping solid spheres, radius 3 to 5 voxels
            double cx = rnd.nextDouble() * n;
            double cy = rnd.nextDouble() * n;
            double cz = rnd.nextDouble() * n;
            double r = 3 + 2 * rnd.nextDouble();
            for (int z = 0; z < n; z++) {
                for (int y = 0; y < n; y++) {
                    for (int x = 0; x < n; x++) {
                        double dx = x + 0.5 - cx;
                        double dy = y + 0.5 - cy;
                        double dz = z + 0.5 - cz;
                        if (dx * dx + dy * dy + dz * dz < r * r) {
                            pore[x + n * (y + n * z)] = false;
                        }
                    }
                }
            }
        }
        LbmOptions reference = LbmOptions.defaults().withTauPlus(1.0).withRelTol(1e-5);
        PermeabilityResult k1 = Permeability.compute(pore, n, n, n, 1.0, Axis.Z, reference, s -> {});
        PermeabilityResult kd = Permeability.compute(pore, n, n, n, 1.0, Axis.Z, LbmOptions.defaults().withTauPlus(0.55), s -> {});
        System.out.printf("tau independence: k(tau=1)=%.5f (%d steps) k(tau=0.55)=%.5f (%d steps, %.2f %%)%n", k1.permeabilityLu(),
                k1.steps(), kd.permeabilityLu(), kd.steps(), 100 * (kd.permeabilityLu() / k1.permeabilityLu() - 1));
        assertThat(k1.percolating()).isTrue();
        assertThat(kd.converged()).isTrue();
        assertThat(kd.permeabilityLu()).isCloseTo(k1.permeabilityLu(), within(3e-3 * k1.permeabilityLu()));
    }

    @Test
    void nonPercolatingPoresGiveNoPermeability() {
        int n = 10;
        boolean[] pore = new boolean[n * n * n];
        java.util.Arrays.fill(pore, true);
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                pore[x + n * (y + n * 5)] = false;   // a solid layer across z
            }
        }
        PermeabilityResult r = Permeability.compute(pore, n, n, n, 1e-6, Axis.Z, LbmOptions.defaults(), s -> {});
        assertThat(r.percolating()).isFalse();
        assertThat(r.permeabilityM2()).isEmpty();
        assertThat(Permeability.compute(pore, n, n, n, 1e-6, Axis.X, LbmOptions.defaults().withMaxSteps(300), s -> {}).percolating()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void resultsDoNotDependOnTheThreadCount(long seed) throws Exception {
        int n = 40;
        boolean[] pore = new boolean[n * n * n];
        Random rnd = new Random(seed);
        for (int i = 0; i < pore.length; i++) {
            pore[i] = rnd.nextDouble() < 0.7;
        }
        LbmOptions o = LbmOptions.defaults().withMaxSteps(200);
        PermeabilityResult many = Permeability.compute(pore, n, n, n, 1.0, Axis.Z, o, s -> {});
        ForkJoinPool one = new ForkJoinPool(1);
        try {
            PermeabilityResult single = one.submit(() -> Permeability.compute(pore, n, n, n, 1.0, Axis.Z, o, s -> {})).get();
            assertThat(single.permeabilityLu()).isEqualTo(many.permeabilityLu());
            assertThat(many.permeabilityLu()).isPositive();
        } finally {
            one.shutdown();
        }
    }
}
