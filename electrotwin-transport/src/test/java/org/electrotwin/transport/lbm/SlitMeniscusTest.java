package org.electrotwin.transport.lbm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The contact angle a meniscus takes in a slit, the geometry of capillary filling. A liquid plug sits in a slit of
 * gap h (quasi-2D, periodic along the slit), so both menisci are circular arcs meeting the walls at θ. Read two
 * ways: from pressures, by Young–Laplace p_gas − p_liquid = σ/R = 2σ cos θ / h with σ from the Young–Laplace
 * droplet test; and from the shape, a circle fitted to the ρ₁ = ρ₂ line at least 3 lu from the walls, cos θ =
 * h/(2R). The gap h is the fluid width (halfway bounce-back puts the walls on the voxel faces).
 */
class SlitMeniscusTest {

    /** Angle from the Laplace pressure (degrees). */
    static double angleInSlit(double theta, int h, int steps) {
        return anglesInSlit(theta, h, steps)[0];
    }

    /** Angles (degrees) of the meniscus in a slit of gap h: {from the Laplace pressure, from the shape}. */
    static double[] anglesInSlit(double theta, int h, int steps) {
        int na = h + 2;
        int nc = 80;
        SlitWalls slit = SlitWalls.of(h, nc);
        FluidNodes nodes = FluidNodes.build(slit.fluid(), na, 1, nc, true, true);
        double g = ShanChenLbm.DEFAULT_G;
        ShanChenLbm m = new ShanChenLbm(nodes, slit.wallClass(), g,
                new double[] {0, ShanChenLbm.adhesionFor(theta, g, ShanChenLbm.MAJOR, ShanChenLbm.DISSOLVED)});
        for (int i = 0; i < m.n; i++) {
            int c = nodes.cells()[i] / na;
            boolean liquid = c >= nc / 4 && c < 3 * nc / 4;
            m.set(i, liquid ? ShanChenLbm.MAJOR : ShanChenLbm.DISSOLVED, liquid ? ShanChenLbm.DISSOLVED : ShanChenLbm.MAJOR);
        }
        for (int s = 0; s < steps; s++) {
            m.step();
        }
        int liquidNode = nodes.layerStart()[nc / 2] + h / 2;
        int gasNode = nodes.layerStart()[0] + h / 2;
        double dp = m.pressure(gasNode) - m.pressure(liquidNode);
        double cosPressure = dp * h / (2 * ShanChenLbm.SURFACE_TENSION_LU);

        // the lower meniscus: zeros of ρ₁ − ρ₂ along the slit, at least 3 lu from both walls (planes a = 1, h + 1)
        double[] d = new double[na * nc];
        for (int i = 0; i < m.n; i++) {
            d[nodes.cells()[i]] = m.rho1[i] - m.rho2[i];
        }
        List<double[]> pts = new ArrayList<>();
        for (int c = 1; c < nc / 2; c++) {
            for (int a = 1; a < na - 1; a++) {
                double x0 = d[a + na * c];
                double x1 = d[a + na * (c + 1)];
                double y = a + 0.5;
                if ((x0 > 0) != (x1 > 0) && Math.min(y - 1, h + 1 - y) >= 3) {
                    pts.add(new double[] {y, c + 0.5 + x0 / (x0 - x1)});
                }
            }
        }
        double[] circle = DropletShape.circle(pts);
        double mid = 1 + h / 2.0;
        double apex = pts.stream().filter(p -> Math.abs(p[0] - mid) <= 1).mapToDouble(p -> p[1]).average().orElseThrow();
        // a wetting plug's meniscus bulges towards the liquid: the circle's centre lies on the gas side (lower c)
        double cosShape = Math.signum(apex - circle[1]) * Math.min(1, h / (2 * circle[2]));
        return new double[] {deg(cosPressure), deg(cosShape)};
    }

    private static double deg(double cos) {
        return Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, cos))));
    }

    /**
     * With Huang et al.'s formula as it is ({@link ShanChenLbm#adhesionFor}), the meniscus' shape takes the asked
     * angle within 5° (h = 20, measured 30° → 29.4°, 60° → 63.4°, 120° → 116.6°, 150° → 150.6°; see the printed
     * line). The pressure reading has cos θ 6 % larger than the shape's at every angle (24°, 62°, 118°, 156°): the
     * capillary pressure is 6 % above 2σ cos θ/h with σ = 0.184 from the droplet test, within the spread of σ with the
     * dissolved densities (the slit's gas loses its dissolved liquid to the wetting walls, the droplet's does not).
     * A 6 % error in cos θ is 3° at 60° but 6–7° at 30° and 150° (dθ = dcos θ / sin θ), hence 7° there.
     */
    @ParameterizedTest
    @CsvSource({"30, 7", "60, 5", "120, 5", "150, 7"})
    void meniscusInASlitTakesTheAskedAngle(double theta, double pressureTolerance) {
        double[] measured = anglesInSlit(theta, 20, 6000);
        System.out.printf("slit meniscus: asked %.0f°, from the Laplace pressure %.1f°, from the shape %.1f°%n",
                theta, measured[0], measured[1]);
        assertThat(measured[1]).isCloseTo(theta, within(5.0));
        assertThat(measured[0]).isCloseTo(theta, within(pressureTolerance));
    }
}
