package org.electrotwin.transport.lbm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Capillary filling of a slit (Washburn 1921, Phys. Rev. 17:273), quasi-2D. A slit of gap h and length L_s
 * (wetting walls, angle θ) joins two open chambers, periodic along the slit and across it, so there are no
 * pressure nodes: the liquid chamber's free surface is flat (zero Laplace pressure) and the gas pushed out of the
 * slit goes round to it. Poiseuille flow in both columns against the meniscus' capillary pressure 2σ cos θ/h:
 * 12 (μ₁ L + μ₂ (L_s − L)) dL/dt / h² = 2σ cos θ / h, integrated:
 * X(L) = (μ₁ − μ₂) L²/2 + μ₂ L_s L = (σ cos θ h/6) t + const — for μ₂ ≪ μ₁ the classic L² − L₀² = (σ cos θ h/(3μ₁)) t.
 * With equal viscosities L grows linearly, with a less viscous gas it bends towards L ∝ √t.
 */
@Tag("slow")
class WashburnTest {

    /**
     * The law's shape: X(L) linear in t (R² > 0.995 over the second half). The slope against σ cos θ h/6 is
     * printed and bounded loosely (0.6–1.6), with θ the static angle a meniscus takes in this slit from its Laplace
     * pressure ({@link SlitMeniscusTest#angleInSlit}; 49° where 45° is asked, h = 10), because what the balance leaves
     * out is not small: the chambers' entrance flow, the diffuse contact line and the dynamic angle slow the front,
     * and with a more viscous liquid (τ₁ = 2) the diffuse gas layer the adhesion leaves on the walls lets the liquid
     * slip, so the front runs faster than no-slip Poiseuille. Measured: 0.90 at equal viscosities, 1.32 at
     * μ₂/μ₁ = 1/3 (0.83 and 1.21 with the asked 45°; with the former flat-wall calibration, which made the walls
     * act at 62°, 0.59 and 0.88).
     */
    @ParameterizedTest
    @CsvSource({"1.0, 1.0", "2.0, 1.0"})
    void penetrationFollowsWashburn(double tau1, double tau2) {
        Run r = fill(10, 30, 120, 45, tau1, tau2, 6000, 250);
        double thetaSlit = SlitMeniscusTest.angleInSlit(45, 10, 4000);
        double[] x = r.x();
        int from = r.step().length / 2;
        double[] fit = fit(r.step(), x, from);
        double expected = ShanChenLbm.surfaceTensionLu(tau1) * Math.cos(Math.toRadians(thetaSlit)) * r.h() / 6;
        System.out.printf("washburn tau %.2f/%.2f: L %.1f -> %.1f, X slope %.5f, R2 %.5f, balance (slit angle %.1f°) %.5f, ratio %.3f;"
                        + " with the asked 45°: ratio %.3f; %s%n", tau1, tau2, r.length()[from], r.length()[x.length - 1], fit[0], fit[1],
                thetaSlit, expected, fit[0] / expected, fit[0] / r.expectedSlope(), r.report());
        assertThat(r.length()[x.length - 1]).isLessThan(0.9 * r.slit()).isGreaterThan(r.length()[from] + 10);
        assertThat(fit[1]).isGreaterThan(0.995);
        assertThat(fit[0] / expected).isBetween(0.6, 1.6);
    }

    /** Least-squares slope of y against t over samples from {@code from}, and R². */
    static double[] fit(int[] t, double[] y, int from) {
        int n = t.length - from;
        double mt = 0, my = 0;
        for (int k = from; k < t.length; k++) {
            mt += t[k];
            my += y[k];
        }
        mt /= n;
        my /= n;
        double stt = 0, sty = 0, syy = 0;
        for (int k = from; k < t.length; k++) {
            stt += (t[k] - mt) * (t[k] - mt);
            sty += (t[k] - mt) * (y[k] - my);
            syy += (y[k] - my) * (y[k] - my);
        }
        return new double[] {sty / stt, sty * sty / (stt * syy)};
    }

    /** Front length L (liquid nodes in the slit per gap width) at each sampled step, and the bulk densities. */
    record Run(int[] step, double[] length, int slit, int h, double theta, double rhoLiquid, double rhoGas,
               double tau1, double tau2) {
        /** Washburn with both columns' resistance: X(L) = (μ₁ − μ₂)L²/2 + μ₂ L_s L grows at σ cos θ h / 6 per step. */
        double[] x() {
            double mu1 = rhoLiquid * (tau1 - 0.5) / 3;
            double mu2 = rhoGas * (tau2 - 0.5) / 3;
            double[] x = new double[length.length];
            for (int k = 0; k < x.length; k++) {
                double l = length[k];
                x[k] = (mu1 - mu2) * l * l / 2 + mu2 * slit * l;
            }
            return x;
        }

        double expectedSlope() {
            return ShanChenLbm.surfaceTensionLu(tau1) * Math.cos(Math.toRadians(theta)) * h / 6;
        }

        String report() {
            return String.format("rhoL=%.4f rhoG=%.4f", rhoLiquid, rhoGas);
        }
    }

    static Run fill(int h, int width, int slit, double theta, double tau1, double tau2, int steps, int every) {
        int gasSide = 20;
        int slab = slit * h / width + 20;
        int liquidSide = slab + 20;
        int nc = gasSide + slit + liquidSide;
        int na = width;
        boolean[] fluid = new boolean[na * nc];
        byte[] cls = new byte[na * nc];
        for (int c = 0; c < nc; c++) {
            for (int a = 0; a < na; a++) {
                boolean solid = c >= gasSide && c < gasSide + slit && a >= h;
                fluid[a + na * c] = !solid;
                cls[a + na * c] = (byte) (solid ? 1 : 0);
            }
        }
        FluidNodes nodes = FluidNodes.build(fluid, na, 1, nc, true, true);
        double g = ShanChenLbm.DEFAULT_G;
        ShanChenLbm m = new ShanChenLbm(nodes, cls, g,
                new double[] {0, ShanChenLbm.adhesionFor(theta, g, ShanChenLbm.MAJOR, ShanChenLbm.DISSOLVED)}, tau1, tau2);
        int liquidFrom = gasSide + slit - h / 2;
        int liquidTo = gasSide + slit + slab;
        for (int i = 0; i < m.n; i++) {
            int c = nodes.cells()[i] / na;
            boolean liquid = c >= liquidFrom && c < liquidTo;
            m.set(i, liquid ? ShanChenLbm.MAJOR : ShanChenLbm.DISSOLVED, liquid ? ShanChenLbm.DISSOLVED : ShanChenLbm.MAJOR);
        }
        int from = nodes.layerStart()[gasSide];
        int to = nodes.layerStart()[gasSide + slit];
        int samples = steps / every + 1;
        int[] at = new int[samples];
        double[] length = new double[samples];
        for (int s = 0, k = 0; s <= steps; s++) {
            if (s % every == 0) {
                int count = 0;
                for (int i = from; i < to; i++) {
                    count += m.rho1[i] > m.rho2[i] ? 1 : 0;
                }
                at[k] = s;
                length[k++] = count / (double) h;
            }
            if (s < steps) {
                m.step();
            }
        }
        int liquidNode = nodes.layerStart()[gasSide + slit + slab / 2] + width / 2;
        int gasNode = nodes.layerStart()[gasSide / 2] + width / 2;
        return new Run(at, length, slit, h, theta, m.rho1[liquidNode] + m.rho2[liquidNode], m.rho1[gasNode] + m.rho2[gasNode], tau1, tau2);
    }
}
