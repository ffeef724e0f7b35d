package org.electrotwin.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.rng.UniformRandomProvider;
import org.electrotwin.core.volume.LabeledVolume;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpheroidTest {
    /** The voxeliser against a brute-force test of every voxel against every (periodic) spheroid. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void voxelizerMatchesBruteForce(long seed) {
        int nx = 23;
        int ny = 19;
        int nz = 17;
        UniformRandomProvider rng = Seeds.rng(seed, 0);
        int m = 6;
        double[] x = new double[m];
        double[] y = new double[m];
        double[] z = new double[m];
        double[] a = new double[m];
        double[] c = new double[m];
        double[] n = new double[3 * m];
        for (int s = 0; s < m; s++) {
            x[s] = rng.nextDouble() * nx;
            y[s] = rng.nextDouble() * ny;
            z[s] = rng.nextDouble() * nz;
            a[s] = 1 + 4 * rng.nextDouble();
            c[s] = 1 + 6 * rng.nextDouble();
            double cos = 2 * rng.nextDouble() - 1;
            double phi = 2 * Math.PI * rng.nextDouble();
            double sin = Math.sqrt(1 - cos * cos);
            n[3 * s] = sin * Math.cos(phi);
            n[3 * s + 1] = sin * Math.sin(phi);
            n[3 * s + 2] = cos;
        }
        for (boolean periodicZ : new boolean[] {false, true}) {
            byte[] fast = new byte[nx * ny * nz];
            SpheroidVoxelizer.voxelize(fast, nx, ny, nz, x, y, z, a, c, n, m, 0.9, (byte) 1, periodicZ);
            for (int k = 0; k < nz; k++) {
                for (int j = 0; j < ny; j++) {
                    for (int i = 0; i < nx; i++) {
                        boolean inside = false;
                        for (int s = 0; s < m && !inside; s++) {
                            for (int ix = -1; ix <= 1; ix++) {
                                for (int iy = -1; iy <= 1; iy++) {
                                    for (int iz = periodicZ ? -1 : 0; iz <= (periodicZ ? 1 : 0); iz++) {
                                        double dx = i + 0.5 - x[s] + ix * nx;
                                        double dy = j + 0.5 - y[s] + iy * ny;
                                        double dz = k + 0.5 - z[s] + iz * nz;
                                        double t = dx * n[3 * s] + dy * n[3 * s + 1] + dz * n[3 * s + 2];
                                        double rho2 = dx * dx + dy * dy + dz * dz - t * t;
                                        double ea = 0.9 * a[s];
                                        double ec = 0.9 * c[s];
                                        if (rho2 / (ea * ea) + t * t / (ec * ec) <= 1) {
                                            inside = true;
                                        }
                                    }
                                }
                            }
                        }
                        assertThat(fast[i + nx * (j + ny * k)] == 1).as("voxel %d %d %d", i, j, k).isEqualTo(inside);
                    }
                }
            }
        }
    }

    /** A spheroid's voxel count approaches its volume (4/3)πa²c. */
    @Test
    void voxelCountApproachesTheVolume() {
        int g = 80;
        byte[] l = new byte[g * g * g];
        double[] cen = {40.3};
        SpheroidVoxelizer.voxelize(l, g, g, g, cen, cen, cen, new double[] {25}, new double[] {10},
                new double[] {0.6, 0, 0.8}, 1, 1, (byte) 1, false);
        assertThat(SphereVoxelizer.count(l, (byte) 1) / (4 / 3.0 * Math.PI * 25 * 25 * 10)).isCloseTo(1, within(0.01));
    }

    /** Platelets lying in the electrode plane: more AM boundary crossings along z than along x, fractions on target. */
    @Test
    void plateletsLieInThePlaneAndFractionsHitTheirTargets() {
        ElectrodeSpec spheres = ElectrodeSpec.sib(0.5, 0.10, new SizeDistribution(7e-6, 0.5), 80, 80, 80, 0.5e-6,
                CbdParams.defaults(), 2);
        double[] ratio = new double[2];
        ElectrodeSpec[] specs = {spheres, spheres.withAmShape(0.4, 1)};
        for (int k = 0; k < 2; k++) {
            ElectrodeGenerator.Electrode e = ElectrodeGenerator.generate(specs[k]);
            LabeledVolume v = e.volume();
            double[] f = Metrics.volumeFractions(v);
            assertThat(f[1]).isCloseTo(0.5, within(0.005));
            assertThat(f[2]).isCloseTo(0.10, within(0.005));
            ratio[k] = crossings(v, 2) / crossings(v, 0);
            // volume-equivalent sizes are kept
            assertThat(SizeDistribution.volumeWeightedMedian(e.diametersM(1)) / 7e-6).isCloseTo(1, within(0.15));
        }
        System.out.printf("AM boundary crossings z/x: spheres %.3f, platelets q=0.4 %.3f%n", ratio[0], ratio[1]);
        assertThat(ratio[0]).isCloseTo(1, within(0.15));
        // for aligned oblate spheroids the mean chord along z is q times the in-plane one
        assertThat(ratio[1]).isGreaterThan(1.6);
    }

    @Test
    void badShapesAreOneLineInputErrors() {
        ElectrodeSpec s = ElectrodeSpec.sib(0.5, 0.1, new SizeDistribution(7e-6, 0.5), 48, 48, 48, 0.5e-6,
                CbdParams.defaults(), 1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.withAmShape(0, 1))
                .isInstanceOf(org.electrotwin.core.InputException.class).hasMessageContaining("amAspectRatio 0.0");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.withAmShape(0.5, 1.5))
                .isInstanceOf(org.electrotwin.core.InputException.class).hasMessageContaining("amAlignment 1.5");
        // platelets of the same volume are wider than the spheres: too wide for this box
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ElectrodeGenerator.generate(s.withAmShape(0.2, 1)))
                .isInstanceOf(org.electrotwin.core.InputException.class)
                .hasMessageContaining("spheroids of aspect ratio 0.2").hasMessageContaining("48x48x48 box");
    }

    /** AM boundary crossings per voxel pair along one axis. */
    private static double crossings(LabeledVolume v, int axis) {
        long c = 0;
        int[] d = {axis == 0 ? 1 : 0, axis == 1 ? 1 : 0, axis == 2 ? 1 : 0};
        for (int z = 0; z + d[2] < v.nz(); z++) {
            for (int y = 0; y + d[1] < v.ny(); y++) {
                for (int x = 0; x + d[0] < v.nx(); x++) {
                    boolean a = v.label(x, y, z) == 1;
                    boolean b = v.label(x + d[0], y + d[1], z + d[2]) == 1;
                    if (a != b) {
                        c++;
                    }
                }
            }
        }
        return (double) c / ((long) (v.nx() - d[0]) * (v.ny() - d[1]) * (v.nz() - d[2]));
    }
}
