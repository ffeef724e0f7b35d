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

    /** Angle of a circular cap of area A and height h: A/h² = (θ − sinθ cosθ)/(1 − cosθ)², solved by bisection. */
    static double capAngleDeg(double area, double height) {
        double target = area / (height * height);
        double lo = 1e-3;
        double hi = Math.PI - 1e-3;
        for (int it = 0; it < 100; it++) {
            double t = 0.5 * (lo + hi);
            double v = (t - Math.sin(t) * Math.cos(t)) / Math.pow(1 - Math.cos(t), 2);
            if (v > target) {
                lo = t;
            } else {
                hi = t;
            }
        }
        return Math.toDegrees(0.5 * (lo + hi));
    }

    @Tag("slow")
    @ParameterizedTest
    @ValueSource(doubles = {45, 60, 90, 120, 135})
    void staticContactAngleOnAFlatWall(double theta) {
        int nx = 80;
        int nz = 40;
        int mid = nx / 2;
        ShanChenLbm m = box(nx, nz, true, ShanChenLbm.adhesionFor(theta, G, ShanChenLbm.MAJOR, ShanChenLbm.DISSOLVED));
        disc(m, nx, mid, 1, 13);   // a half disc on the wall face (z = 1)
        for (int s = 0; s < 5000; s++) {
            m.step();
        }
        // liquid where ρ₁ > ρ₂; the height is where ρ₁ − ρ₂ changes sign up the middle column (linear interpolation)
        double area = 0;
        double[] column = new double[nz];
        for (int i = 0; i < m.n; i++) {
            int p = m.nodes.cells()[i];
            double d = m.rho1[i] - m.rho2[i];
            area += d > 0 ? 1 : 0;
            if (p % nx == mid) {
                column[p / nx] = d;
            }
        }
        double height = 0;
        for (int z = 1; z + 1 < nz; z++) {
            if (column[z] > 0 && column[z + 1] <= 0) {
                height = z + 0.5 + column[z] / (column[z] - column[z + 1]) - 1;   // node centre z + ½, wall face at 1
                break;
            }
        }
        double measured = capAngleDeg(area, height);
        System.out.printf("theta=%.0f measured=%.1f (h=%.2f A=%.1f)%n", theta, measured, height, area);
        assertThat(measured).isCloseTo(theta, within(5.0));
    }
}
