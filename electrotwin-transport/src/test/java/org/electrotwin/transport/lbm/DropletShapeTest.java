package org.electrotwin.transport.lbm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The contact-angle measurement on synthetic drops whose interface is an exact circle. */
class DropletShapeTest {

    /**
     * A diffuse interface d = tanh((R − r)/w) around an exact circle of radius R whose centre sits at
     * −R cos θ from the wall plane z = 1, on a random sub-voxel x offset, with liquid condensed on the wall away from
     * the drop (which must be ignored): the fitted circle gives back R and θ.
     */
    @ParameterizedTest
    @CsvSource({"30, 60, 1", "60, 30, 2", "90, 20, 3", "120, 15, 4", "150, 15, 5"})
    void recoversTheAngleOfAnExactCircularCap(double theta, double r, long seed) {
        int nx = 200;
        int nz = 60;
        double xc = nx / 2.0 + new Random(seed).nextDouble() - 0.5;
        double zc = 1 - r * Math.cos(Math.toRadians(theta));
        double[] d = new double[nx * nz];
        for (int z = 1; z < nz; z++) {
            for (int x = 0; x < nx; x++) {
                double dist = Math.hypot(x + 0.5 - xc, z + 0.5 - zc);
                d[x + nx * z] = Math.tanh((r - dist) / 2);
            }
        }
        for (int x = 0; x < 8; x++) {
            for (int z = 1; z < 8; z++) {
                d[x + nx * z] = 1;   // a condensed drop in the corner, not connected to the drop
            }
        }
        DropletShape.Fit f = DropletShape.fit(d, nx, nz, 1, 1, 4);
        assertThat(f.angleDeg()).isCloseTo(theta, within(0.5));
        assertThat(f.r()).isCloseTo(r, within(0.02 * r));
        assertThat(f.xc()).isCloseTo(xc, within(0.1));
    }
}
