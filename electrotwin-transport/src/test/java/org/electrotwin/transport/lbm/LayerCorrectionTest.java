package org.electrotwin.transport.lbm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.electrotwin.core.volume.Axis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LayerCorrectionTest {

    /** A random loop state: a forced sample of {@code sample} layers and an unforced buffer, positive fluxes. */
    private record Loop(double[] flux, double[] density, int[] nodes, double[] force) {
        static Loop random(long seed, int sample, int buffer) {
            Random rnd = new Random(seed);
            int layers = sample + buffer;
            double[] flux = new double[layers];
            double[] density = new double[layers];
            int[] nodes = new int[layers];
            double[] force = new double[layers];
            for (int c = 0; c < layers; c++) {
                nodes[c] = c < sample ? 20 + rnd.nextInt(80) : 144;
                force[c] = c < sample ? 1e-5 : 0;
                flux[c] = 1e-3 * (1 + 0.5 * rnd.nextDouble());
                // pressure rising gently towards the inlet, with noise well below the force per layer
                density[c] = nodes[c] * 3 * (1e-6 * c / layers + 2e-7 * rnd.nextDouble());
            }
            return new Loop(flux, density, nodes, force);
        }

        Loop corrected(LayerCorrection.Step s) {
            double[] q = flux.clone();
            double[] d = density.clone();
            for (int c = 0; c < q.length; c++) {
                q[c] *= s.scale()[c];
                d[c] += nodes[c] * s.shift()[c];
            }
            return new Loop(q, d, nodes, force);
        }
    }

    /** The corrected state is the steady 1D loop of the estimated resistances: correcting it again changes nothing. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void theCorrectedStateIsAFixedPointAndKeepsTheMass(long seed) {
        Loop loop = Loop.random(seed, 40 + (int) seed, 4);
        LayerCorrection.Step s = LayerCorrection.solve(loop.flux(), loop.density(), loop.nodes(), loop.force(), 1);
        assertThat(s).isNotNull();
        assertThat(s.size()).isGreaterThan(1e-2);
        Loop next = loop.corrected(s);
        double mass = 0;
        double massBefore = 0;
        for (int c = 0; c < loop.flux().length; c++) {
            mass += next.density()[c];
            massBefore += loop.density()[c];
            assertThat(next.flux()[c]).isCloseTo(next.flux()[0], within(1e-12 * next.flux()[0]));
        }
        assertThat(mass).isCloseTo(massBefore, within(1e-12));
        LayerCorrection.Step again = LayerCorrection.solve(next.flux(), next.density(), next.nodes(), next.force(), 1);
        assertThat(again.size()).isLessThan(1e-9);
        for (int c = 0; c < loop.flux().length; c++) {
            assertThat(again.scale()[c]).isCloseTo(1, within(1e-9));
            assertThat(again.shift()[c]).isCloseTo(0, within(1e-12));
        }
    }

    /** Uniform layers in series: Q* = ΣF̄/ΣR, brute force on the interfaces. */
    @Test
    void theTargetFluxIsTheLoopDrivingOverTheLoopResistance() {
        Loop loop = Loop.random(7, 30, 3);
        int layers = loop.flux().length;
        double sumF = 0;
        double sumR = 0;
        for (int c = 0; c < layers; c++) {
            int e = (c + 1) % layers;
            double drive = 0.5 * (loop.force()[c] + loop.force()[e]);
            double dp = SinglePhaseLbm.SOUND_SPEED_SQUARED * (loop.density()[c] / loop.nodes()[c] - loop.density()[e] / loop.nodes()[e]);
            sumF += drive;
            sumR += Math.max(0, (drive + dp) / (0.5 * (loop.flux()[c] + loop.flux()[e])));
        }
        LayerCorrection.Step s = LayerCorrection.solve(loop.flux(), loop.density(), loop.nodes(), loop.force(), 1);
        for (int c = 0; c < layers; c++) {
            assertThat(loop.flux()[c] * s.scale()[c]).isCloseTo(sumF / sumR, within(1e-12 * sumF / sumR));
        }
        // half the correction with damping 0.5
        LayerCorrection.Step half = LayerCorrection.solve(loop.flux(), loop.density(), loop.nodes(), loop.force(), 0.5);
        assertThat(half.scale()[3] - 1).isCloseTo(0.5 * (s.scale()[3] - 1), within(1e-12));
        assertThat(half.shift()[3]).isCloseTo(0.5 * s.shift()[3], within(1e-15));
    }

    @Test
    void anUnreliableStateIsNotCorrected() {
        Loop loop = Loop.random(9, 20, 2);
        loop.flux()[5] = -1e-4;
        assertThat(LayerCorrection.solve(loop.flux(), loop.density(), loop.nodes(), loop.force(), 1)).isNull();
    }

    /**
     * A graded sample (open pores at the inlet, a tight half at the outlet) where the sample-scale pressure
     * profile is the slow mode: the corrected run reaches the k of a tightly converged plain run (0.3 %)
     * in fewer steps than the plain run at the same tolerance.
     */
    @Test
    void layerCorrectionsConvergeFasterToThePlainRunsPermeability() {
        int nx = 12;
        int nz = 120;
        boolean[] pore = gradedSample(nx, nz, 11);
        int open = 0;
        int tight = 0;
        for (int i = 0; i < nx * nx * 20; i++) {
            open += pore[i] ? 1 : 0;
            tight += pore[pore.length - 1 - i] ? 1 : 0;
        }
        System.out.printf("graded: porosity %.2f at the inlet, %.2f at the outlet%n", open / (nx * nx * 20.0), tight / (nx * nx * 20.0));
        LbmOptions plain = LbmOptions.defaults().withCorrectEvery(0).withTauPlus(0.8);
        PermeabilityResult reference = Permeability.compute(pore, nx, nx, nz, 1.0, Axis.Z, plain.withRelTol(1e-5), s -> {});
        PermeabilityResult slow = Permeability.compute(pore, nx, nx, nz, 1.0, Axis.Z, plain, s -> {});
        PermeabilityResult fast = Permeability.compute(pore, nx, nx, nz, 1.0, Axis.Z, plain.withCorrectEvery(200), s -> {});
        System.out.printf("graded: reference k=%.5f (%d steps) plain k=%.5f (%d steps) corrected k=%.5f (%d steps, %.3f %%)%n",
                reference.permeabilityLu(), reference.steps(), slow.permeabilityLu(), slow.steps(), fast.permeabilityLu(),
                fast.steps(), 100 * (fast.permeabilityLu() / reference.permeabilityLu() - 1));
        assertThat(reference.converged()).isTrue();
        assertThat(fast.converged()).isTrue();
        assertThat(fast.permeabilityLu()).isCloseTo(reference.permeabilityLu(), within(3e-3 * reference.permeabilityLu()));
        assertThat(fast.steps()).isLessThan(slow.steps());
    }

    /** Random solid spheres (radius 1.5–2.5) whose number density grows along z: open at the inlet, tight at the outlet. */
    static boolean[] gradedSample(int nx, int nz, long seed) {
        boolean[] pore = new boolean[nx * nx * nz];
        java.util.Arrays.fill(pore, true);
        Random rnd = new Random(seed);
        for (int placed = 0; placed < nx * nz / 5; ) {
            double cz = rnd.nextDouble() * nz;
            if (rnd.nextDouble() > 0.15 + 0.85 * cz / nz) {
                continue;   // acceptance rising along z
            }
            placed++;
            double cx = rnd.nextDouble() * nx;
            double cy = rnd.nextDouble() * nx;
            double r = 1.5 + rnd.nextDouble();
            for (int z = Math.max(0, (int) (cz - r)); z <= Math.min(nz - 1, (int) (cz + r)); z++) {
                for (int y = 0; y < nx; y++) {
                    for (int x = 0; x < nx; x++) {
                        double dx = x + 0.5 - cx;
                        double dy = y + 0.5 - cy;
                        double dz = z + 0.5 - cz;
                        if (dx * dx + dy * dy + dz * dz < r * r) {
                            pore[x + nx * (y + nx * z)] = false;
                        }
                    }
                }
            }
        }
        return pore;
    }
}
