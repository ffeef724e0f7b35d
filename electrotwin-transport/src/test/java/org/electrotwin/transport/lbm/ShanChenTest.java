package org.electrotwin.transport.lbm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Two-component Shan–Chen: Young–Laplace and the contact angle on a flat wall, in quasi-2D boxes (ny = 1). */
class ShanChenTest {
    static final double G = ShanChenLbm.DEFAULT_G;

    /** A quasi-2D box (ny = 1), periodic in x and y, closed or periodic in z; solid row z = 0 when {@code wall}. */
    static ShanChenLbm box(int nx, int nz, boolean wall, double adhesion) {
        return box(nx, nz, wall, adhesion, 1, 1);
    }

    static ShanChenLbm box(int nx, int nz, boolean wall, double adhesion, double tau1, double tau2) {
        boolean[] fluid = new boolean[nx * nz];
        byte[] cls = new byte[nx * nz];
        for (int z = 0; z < nz; z++) {
            for (int x = 0; x < nx; x++) {
                boolean solid = wall && z == 0;
                fluid[x + nx * z] = !solid;
                cls[x + nx * z] = (byte) (solid ? 1 : 0);
            }
        }
        FluidNodes nodes = FluidNodes.build(fluid, nx, 1, nz, true, true);
        return new ShanChenLbm(nodes, cls, G, new double[] {0, adhesion}, tau1, tau2);
    }

    /** Liquid disc of radius r centred at (cx, cz), gas elsewhere. */
    static void disc(ShanChenLbm m, int nx, double cx, double cz, double r) {
        for (int i = 0; i < m.n; i++) {
            int p = m.nodes.cells()[i];
            double x = p % nx + 0.5 - cx;
            double z = p / nx + 0.5 - cz;
            boolean in = x * x + z * z < r * r;
            m.set(i, in ? ShanChenLbm.MAJOR : ShanChenLbm.DISSOLVED, in ? ShanChenLbm.DISSOLVED : ShanChenLbm.MAJOR);
        }
    }

    /** Liquid amount in units of bulk liquid nodes: Σ (ρ₁ − ρ₁,gas)/(ρ₁,liquid − ρ₁,gas). */
    static double liquidArea(ShanChenLbm m, int liquidNode, int gasNode) {
        double in = m.rho1[liquidNode];
        double out = m.rho1[gasNode];
        double a = 0;
        for (int i = 0; i < m.n; i++) {
            a += (m.rho1[i] - out) / (in - out);
        }
        return a;
    }

    /**
     * Young–Laplace for a cylinder: Δp = σ/R, the same σ for every radius; with equal relaxation times and with a
     * liquid three times as viscous as the gas (τ₁ = 2: σ ≈ 0.198–0.205, 9 % above τ₁ = 1, which
     * {@link ShanChenLbm#surfaceTensionLu} and so the unit mapping take into account).
     */
    @ParameterizedTest
    @CsvSource({"1, 1", "2, 1"})
    void laplacePressureOfCylindricalDroplets(double tau1, double tau2) {
        int nx = 64;
        double[] radii = {8, 12, 16};
        double[] sigma = new double[radii.length];
        for (int k = 0; k < radii.length; k++) {
            ShanChenLbm m = box(nx, nx, false, 0, tau1, tau2);
            disc(m, nx, 32, 32, radii[k]);
            for (int s = 0; s < 3000; s++) {
                m.step();
            }
            int centre = 32 + nx * 32;
            double radius = Math.sqrt(liquidArea(m, centre, 0) / Math.PI);
            sigma[k] = (m.pressure(centre) - m.pressure(0)) * radius;
        }
        System.out.printf("Young-Laplace tau %.1f/%.1f: sigma %s%n", tau1, tau2, java.util.Arrays.toString(sigma));
        // Δp ∝ 1/R: σ = Δp·R agrees within 5 % over a factor 2 in radius, and matches the calibrated value
        for (double s : sigma) {
            assertThat(s).isCloseTo(sigma[2], within(0.05 * sigma[2]));
            assertThat(s).isCloseTo(ShanChenLbm.surfaceTensionLu(tau1), within(0.05 * ShanChenLbm.surfaceTensionLu(tau1)));
        }
    }

    /**
     * Two flat layers (periodic, no walls) started with 0.03 of the other component dissolved in each settle at the
     * coexistence value {@link ShanChenLbm#COEXISTENCE_DISSOLVED} (0.00341 at G = 3), the same in both (the model is
     * symmetric in the components), and stay there.
     */
    @Test
    void flatLayersSettleAtTheCoexistenceDissolvedDensity() {
        int nz = 64;
        ShanChenLbm m = box(1, nz, false, 0);
        for (int i = 0; i < m.n; i++) {
            boolean liquid = i >= nz / 4 && i < 3 * nz / 4;
            m.set(i, liquid ? ShanChenLbm.MAJOR : ShanChenLbm.DISSOLVED, liquid ? ShanChenLbm.DISSOLVED : ShanChenLbm.MAJOR);
        }
        double[] gas = new double[2];
        for (int k = 0; k < 2; k++) {
            for (int s = 0; s < 5000; s++) {
                m.step();
            }
            gas[k] = m.rho1[0];
            assertThat((double) m.rho2[nz / 2]).isCloseTo(m.rho1[0], within(1e-6));
        }
        assertThat(gas[1]).isCloseTo(gas[0], within(1e-5));
        assertThat(gas[1]).isCloseTo(ShanChenLbm.COEXISTENCE_DISSOLVED, within(1e-4));
    }

    /** A quasi-2D box nx × nz, periodic in x, with a wall row (class 1) at z = 0 and a closed neutral top. */
    static ShanChenLbm wallBox(int nx, int nz, double adhesion) {
        boolean[] fluid = new boolean[nx * nz];
        byte[] cls = new byte[nx * nz];
        for (int i = 0; i < nx; i++) {
            cls[i] = 1;
        }
        for (int i = nx; i < nx * nz; i++) {
            fluid[i] = true;
        }
        FluidNodes nodes = FluidNodes.build(fluid, nx, 1, nz, true, false);
        return new ShanChenLbm(nodes, cls, G, new double[] {0, adhesion});
    }

    /** Contact angle of a drop started as a half disc of radius r0 on the wall, after the given steps. */
    static DropletShape.Fit sessileDrop(double theta, int nx, int nz, double r0, int steps) {
        ShanChenLbm m = wallBox(nx, nz, ShanChenLbm.adhesionFor(theta, G, ShanChenLbm.MAJOR, ShanChenLbm.DISSOLVED));
        disc(m, nx, nx / 2.0, 1, r0);   // centred on the wall face z = 1
        for (int s = 0; s < steps; s++) {
            m.step();
        }
        double[] d = new double[nx * nz];
        for (int i = 0; i < m.n; i++) {
            d[m.nodes.cells()[i]] = m.rho1[i] - m.rho2[i];
        }
        // halfway bounce-back puts the wall plane on the face z = 1; the interface is fitted from 4 lu above it,
        // clear of the density layers the adhesion leaves on the wall (1–2 lu) and of the diffuse contact line
        return DropletShape.fit(d, nx, nz, 1, 1, 4);
    }

    /**
     * The angle of a sessile drop on a flat wall, read from its shape away from the wall ({@link DropletShape}), is
     * the asked angle within 5° with Huang et al.'s formula as it is ({@link ShanChenLbm#adhesionFor}), as is the
     * angle a meniscus takes in a slit ({@link SlitMeniscusTest}): one mapping for both geometries. Measured
     * (160×50, r0 = 20, 6000 steps): 60° → 56.9°, 90° → 90.8°, 120° → 116.7° (slit: 61.7°/63.3°, 90°, 118.3°/116.7°
     * from pressure/shape). At the ends the drop does not settle within an affordable run: at 150° it still lifts
     * (146.5° here; 154° → 156° over 4000–12000 steps for a drop of radius 45 in 320×80; slit 156.4°/149.6°); at 30°
     * it keeps spreading (23° after 3000 steps, 13° after 9000 in a 200-wide box, also for a drop twice as large),
     * a drop only ~10 lu high over a ~4 lu diffuse interface. The former flat-wall calibration was fitted to such
     * unsettled wetting drops (5000 steps, and counting the liquid condensed on the wall in the drop's area), hence
     * its "wetting walls act stronger" and its 18° gap to the slit; the slit, which drives capillary filling, pins
     * 30° and 150°.
     */
    @Tag("slow")
    @ParameterizedTest
    @ValueSource(doubles = {60, 90, 120})
    void staticContactAngleOnAFlatWall(double theta) {
        DropletShape.Fit f = sessileDrop(theta, 160, 50, 20, 6000);
        System.out.printf("flat wall: asked %.0f° measured %.1f° (circle r %.1f, %d points)%n",
                theta, f.angleDeg(), f.r(), f.points());
        assertThat(f.angleDeg()).isCloseTo(theta, within(5.0));
    }
}
