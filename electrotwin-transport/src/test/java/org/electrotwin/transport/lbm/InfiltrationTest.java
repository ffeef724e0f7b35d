package org.electrotwin.transport.lbm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.electrotwin.core.InputException;
import org.electrotwin.core.volume.LabeledVolume;
import org.electrotwin.core.volume.PhaseTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Electrolyte infiltration of square capillaries and small random media. */
class InfiltrationTest {
    static final PhaseTable PHASES = PhaseTable.parse("0=pore,1=am,2=cbd");

    @TempDir
    Path tmp;

    /** A square channel of side w along z through an AM block n×n×len (1 µm voxels). */
    static LabeledVolume tube(int n, int w, int len) {
        LabeledVolume v = LabeledVolume.allocate(n, n, len, 1e-6, PHASES);
        int lo = (n - w) / 2;
        for (int z = 0; z < len; z++) {
            for (int y = 0; y < n; y++) {
                for (int x = 0; x < n; x++) {
                    boolean in = x >= lo && x < lo + w && y >= lo && y < lo + w;
                    v.set(x, y, z, in ? 0 : 1);
                }
            }
        }
        return v;
    }

    /** A slit of gap w between two AM plates normal to x, ny deep (the box's y faces are neutral walls), along z. */
    static LabeledVolume slit(int w, int ny, int len) {
        LabeledVolume v = LabeledVolume.allocate(w + 2, ny, len, 1e-6, PHASES);
        for (int z = 0; z < len; z++) {
            for (int y = 0; y < ny; y++) {
                v.set(0, y, z, 1);
                v.set(w + 1, y, z, 1);
            }
        }
        return v;
    }

    static InfiltrationOptions options(double theta, double pressurePa, int steps) {
        return InfiltrationOptions.defaults().withContactAngles(Map.of("am", theta, "cbd", theta))
                .withPressurePa(pressurePa).withSteps(steps, 100, 1000, 0).withCheckpoint(null, 0);
    }

    /** A wetting tube fills completely (spontaneous imbibition, even without driving pressure), the gas leaves. */
    @Test
    void wettingTubeFillsCompletely() {
        InfiltrationResult r = Infiltration.run(tube(14, 8, 20), options(30, 0, 6000), s -> { });
        assertThat(r.wettingDegree()).isGreaterThan(0.99);
        assertThat(r.trappedGasFraction()).isZero();
        assertThat(r.isolatedPoreFraction()).isZero();
        assertThat(r.steady()).isTrue();
        // the saturation grows from 0 to 1 without going back noticeably
        assertThat(r.saturation()[0]).isZero();
        for (int s = 1; s < r.saturation().length; s++) {
            assertThat(r.saturation()[s]).isGreaterThan(r.saturation()[s - 1] - 0.02);
        }
    }

    /**
     * A less viscous gas (lattice ratio 1/3: liquid τ = 2) is stable in 3D, fills the wetting tube, and with the
     * liquid's lattice viscosity three times larger the physical time step is about three times shorter.
     */
    @Test
    void lessViscousGasFillsTheTubeWithTheLiquidsViscosityInTheTimeScale() {
        InfiltrationOptions o = options(30, 0, 6000).withGasViscosityRatio(1.0 / 3);
        InfiltrationResult r = Infiltration.run(tube(14, 8, 20), o, s -> { });
        assertThat(r.wettingDegree()).isGreaterThan(0.99);
        assertThat(r.trappedGasFraction()).isZero();
        assertThat(r.units().viscosityLu()).isCloseTo(0.5, within(1e-12));
        // Δt ∝ σ_lu/ν_lu: ν three times, σ 9 % larger at τ₁ = 2
        assertThat(r.units().timeStepS()).isCloseTo(CapillaryUnits.of(1e-6, Electrolyte.naPf6EcDmc()).timeStepS() / 3
                * ShanChenLbm.surfaceTensionLu(2) / ShanChenLbm.SURFACE_TENSION_LU, within(1e-15));
        assertThatThrownBy(() -> o.withGasViscosityRatio(0.2)).isInstanceOf(InputException.class).hasMessageContaining("[1/3, 1]");
    }

    /**
     * Young–Laplace entry pressure of a slit of gap w for a non-wetting liquid (θ = 150°): p_entry = 2σ|cos θ|/w
     * (the neutral side walls add nothing). Below it the liquid stays out, above it fills the slit.
     */
    @ParameterizedTest
    @CsvSource({"0.7, false", "1.3, true"})
    void nonWettingLiquidEntersOnlyAboveTheCapillaryEntryPressure(double ofEntry, boolean enters) {
        int w = 6;
        double theta = 150;
        double entryLu = 2 * ShanChenLbm.SURFACE_TENSION_LU * Math.abs(Math.cos(Math.toRadians(theta))) / w;
        CapillaryUnits u = CapillaryUnits.of(1e-6, Electrolyte.naPf6EcDmc());
        double pa = ofEntry * entryLu * u.pressureScalePa();
        InfiltrationResult r = Infiltration.run(slit(w, 6, 16), options(theta, pa, 5000), s -> { });
        System.out.printf("entry test: %.1f x entry pressure (%.0f Pa): wetting degree %.3f%n", ofEntry, pa, r.wettingDegree());
        if (enters) {
            assertThat(r.wettingDegree()).isGreaterThan(0.9);
        } else {
            assertThat(r.wettingDegree()).isLessThan(0.2);   // the meniscus bulges in by a layer or two
        }
    }

    /** With the collector face closed, the gas has nowhere to go: it is compressed and trapped. */
    @Test
    void closedOutletTrapsTheGas() {
        InfiltrationResult r = Infiltration.run(tube(14, 8, 20), options(30, 0, 4000).withOutletOpen(false), s -> { });
        assertThat(r.trappedGasFraction()).isGreaterThan(0.3);
        assertThat(r.wettingDegree()).isLessThan(0.7).isGreaterThan(0.05);
        assertThat(r.wettingDegree() + r.trappedGasFraction()).isCloseTo(1.0, within(1e-12));
        long trapped = 0;
        for (byte b : r.state()) {
            trapped += b == InfiltrationResult.TRAPPED_GAS ? 1 : 0;
        }
        assertThat(trapped).isEqualTo(Math.round(r.trappedGasFraction() * 8 * 8 * 20));
    }

    /** Physical units: the capillary number is matched, pressure by the capillary scale γ/(Δx σ_lu). */
    @Test
    void unitMappingMatchesCapillaryPressureAndViscousCapillaryTime() {
        Electrolyte e = Electrolyte.naPf6EcDmc();
        CapillaryUnits u = CapillaryUnits.of(2e-6, e);
        double sigma = ShanChenLbm.SURFACE_TENSION_LU;
        // a lattice Laplace pressure σ_lu/R_lu is the physical γ/R
        assertThat(sigma / 5 * u.pressureScalePa()).isCloseTo(e.surfaceTensionNM() / (5 * 2e-6), within(1e-6));
        // Ca = μU/γ equal on both sides: ρ_lu ν_lu U_lu/σ_lu = μ U_lu (Δx/Δt)/γ
        double uLu = 0.01;
        assertThat(e.viscosityPaS() * uLu * u.velocityScaleMS() / e.surfaceTensionNM())
                .isCloseTo(ShanChenLbm.MAJOR * u.viscosityLu() * uLu / sigma, within(1e-12));
    }

    /** Random medium: same result on 1 thread and on the common pool; a checkpointed, resumed run equals an uninterrupted one. */
    @Test
    void resumedAndSingleThreadedRunsAreBitwiseIdentical() throws Exception {
        LabeledVolume v = randomMedium(20, 7L);
        InfiltrationOptions o = options(40, 2000, 600);
        InfiltrationResult whole = Infiltration.run(v, o, s -> { });
        InfiltrationResult one = new ForkJoinPool(1).submit(() -> Infiltration.run(v, o, s -> { })).get();
        assertThat(one.state()).isEqualTo(whole.state());
        assertThat(one.saturation()).isEqualTo(whole.saturation());

        Path ck = tmp.resolve("wet.checkpoint");
        Infiltration.run(v, options(40, 2000, 300).withCheckpoint(ck, 300), s -> { });   // "interrupted" at 300
        InfiltrationResult resumed = Infiltration.run(v, o.withCheckpoint(ck, 300), s -> { });
        assertThat(resumed.resumedFromStep()).isEqualTo(300);
        assertThat(resumed.state()).isEqualTo(whole.state());
        assertThat(resumed.saturation()).isEqualTo(whole.saturation());
        assertThat(resumed.step()).isEqualTo(whole.step());
        assertThat(whole.saturation()[whole.saturation().length - 1]).isGreaterThan(0.05);

        assertThatThrownBy(() -> Infiltration.run(v, o.withPressurePa(3000).withCheckpoint(ck, 300), s -> { }))
                .isInstanceOf(InputException.class).hasMessageContaining("another volume or other settings");
    }

    @Test
    void volumeWithoutPercolatingPoresIsRefused() {
        LabeledVolume v = tube(10, 4, 12);
        for (int y = 0; y < 10; y++) {
            for (int x = 0; x < 10; x++) {
                v.set(x, y, 6, 2);   // a CBD layer seals the tube
            }
        }
        assertThatThrownBy(() -> Infiltration.run(v, options(30, 0, 100), s -> { }))
                .isInstanceOf(InputException.class).hasMessageContaining("no pore path");
    }

    /** Overlapping AM spheres (label 1) and CBD voxels (label 2) in a pore background, seeded. */
    static LabeledVolume randomMedium(int n, long seed) {
        java.util.Random rnd = new java.util.Random(seed);
        LabeledVolume v = LabeledVolume.allocate(n, n, n, 1e-6, PHASES);
        for (int s = 0; s < 12; s++) {
            double cx = rnd.nextDouble() * n;
            double cy = rnd.nextDouble() * n;
            double cz = rnd.nextDouble() * n;
            double r = 2.5 + 2 * rnd.nextDouble();
            for (int z = 0; z < n; z++) {
                for (int y = 0; y < n; y++) {
                    for (int x = 0; x < n; x++) {
                        double d2 = (x + 0.5 - cx) * (x + 0.5 - cx) + (y + 0.5 - cy) * (y + 0.5 - cy) + (z + 0.5 - cz) * (z + 0.5 - cz);
                        if (d2 < r * r) {
                            v.set(x, y, z, 1);
                        } else if (d2 < (r + 1) * (r + 1) && v.label(x, y, z) == 0 && rnd.nextDouble() < 0.3) {
                            v.set(x, y, z, 2);
                        }
                    }
                }
            }
        }
        return v;
    }
}
