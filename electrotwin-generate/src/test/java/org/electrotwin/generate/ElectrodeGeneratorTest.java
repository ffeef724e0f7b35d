package org.electrotwin.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.electrotwin.core.volume.LabeledVolume;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ElectrodeGeneratorTest {
    private static final double H = 0.5e-6;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void sibFractionsAndD50HitTheirTargets(long seed) {
        ElectrodeSpec spec = ElectrodeSpec.sib(0.58, 0.10, new SizeDistribution(6e-6, 0.9), 96, 96, 96, H,
                CbdParams.defaults(), seed);
        ElectrodeGenerator.Electrode e = ElectrodeGenerator.generate(spec);
        double[] f = Metrics.volumeFractions(e.volume());
        assertThat(f[1]).isCloseTo(0.58, within(0.005));
        assertThat(f[2]).isCloseTo(0.10, within(0.005));
        assertThat(f[0]).isCloseTo(0.32, within(0.005));
        // volume-weighted d50 of the particles actually placed (after the fraction scaling)
        double d50 = SizeDistribution.volumeWeightedMedian(e.diametersM(1));
        assertThat(d50 / 6e-6).isCloseTo(1.0, within(0.10));
        assertThat(e.particles().maxExcessOverlap()).isLessThan(0.05);
    }

    @Test
    void ssbFractionsHitTheirTargetsAboveThePackingCap() {
        ElectrodeSpec spec = new ElectrodeSpec(0.48, 0.05, 0.30, new SizeDistribution(6e-6, 0.8),
                new SizeDistribution(3e-6, 0.6), 96, 96, 96, H, 0.05, 0.1, true, CbdParams.defaults(), 5);
        ElectrodeGenerator.Electrode e = ElectrodeGenerator.generate(spec);
        double[] f = Metrics.volumeFractions(e.volume());
        assertThat(f[1]).isCloseTo(0.48, within(0.005));
        assertThat(f[3]).isCloseTo(0.30, within(0.005));
        assertThat(f[2]).isCloseTo(0.05, within(0.005));
        assertThat(Metrics.interfaceSpecificAreaPerM(e.volume(), 1, 3)).isPositive();
    }

    @Test
    void moreAmSeOverlapGivesMoreAmSeContact() {
        double[] area = new double[2];
        double[] overlap = {0.0, 0.3};
        for (int k = 0; k < 2; k++) {
            ElectrodeSpec spec = new ElectrodeSpec(0.45, 0.0, 0.25, new SizeDistribution(6e-6, 0.5),
                    new SizeDistribution(3e-6, 0.5), 80, 80, 80, H, 0.0, overlap[k], true, CbdParams.defaults(), 9);
            area[k] = Metrics.interfaceSpecificAreaPerM(ElectrodeGenerator.generate(spec).volume(), 1, 3);
        }
        assertThat(area[1]).isGreaterThan(area[0] * 1.05);
    }

    @Test
    void packingReachesHighDensityWithoutOverlapBruteForce() {
        double[] d = ElectrodeGenerator.draw(new SizeDistribution(14, 0.8), 0.60 * 80 * 80 * 80, 1.0, Seeds.rng(4, 1));
        double[] r = new double[d.length];
        for (int i = 0; i < d.length; i++) {
            r[i] = d[i] / 2;
        }
        SpherePacking.Result p = SpherePacking.pack(r, new int[r.length],
                new SpherePacking.Settings(80, 80, 80, false, new double[][] {{0}}, 0.01, 4000), 4);
        // independent O(n²) check of every pair, periodic in x, y, z
        double worst = 0;
        double volume = 0;
        for (int i = 0; i < p.count(); i++) {
            volume += 4 / 3.0 * Math.PI * Math.pow(p.r()[i], 3);
            for (int j = i + 1; j < p.count(); j++) {
                double dx = img(p.x()[i] - p.x()[j]);
                double dy = img(p.y()[i] - p.y()[j]);
                double dz = img(p.z()[i] - p.z()[j]);
                double dist = Math.sqrt(dx * dx + dy * dy + dz * dz);
                worst = Math.max(worst, (p.r()[i] + p.r()[j] - dist) / Math.min(p.r()[i], p.r()[j]));
            }
        }
        assertThat(volume / (80.0 * 80 * 80)).isGreaterThanOrEqualTo(0.60);
        assertThat(worst).isLessThan(0.015);
    }

    private static double img(double d) {
        return d - 80 * Math.rint(d / 80);
    }

    @Test
    void bridgePreferenceMovesCbdIntoNecksAndGradientToTheTop() {
        assertBridgesInNecksAndGradientToTheTop(cbdOnly(new CbdParams(0.5, 1.0, 0, 1, 0)),
                cbdOnly(new CbdParams(0.5, 1.0, 12, 1, 0)), cbdOnly(new CbdParams(0.5, 0.2, 4, 1, 0.8)));
    }

    /**
     * What bridge preference and a through-thickness gradient do to the CBD (label 2), whichever
     * model places it: CBD in necks touches AM on more faces on average, so it exposes less AM|pore
     * surface than films; with the gradient, the upper half holds clearly more CBD than the lower.
     */
    static void assertBridgesInNecksAndGradientToTheTop(LabeledVolume films, LabeledVolume bridges, LabeledVolume top) {
        assertThat(Metrics.interfaceSpecificAreaPerM(bridges, 1, 0))
                .isLessThan(Metrics.interfaceSpecificAreaPerM(films, 1, 0));
        long low = 0;
        long high = 0;
        for (int z = 0; z < top.nz(); z++) {
            for (int y = 0; y < top.ny(); y++) {
                for (int x = 0; x < top.nx(); x++) {
                    if (top.label(x, y, z) == 2) {
                        if (z < top.nz() / 2) {
                            low++;
                        } else {
                            high++;
                        }
                    }
                }
            }
        }
        assertThat(high).isGreaterThan((long) (1.3 * low));
    }

    private static LabeledVolume cbdOnly(CbdParams c) {
        return ElectrodeGenerator.generate(ElectrodeSpec.sib(0.5, 0.08, new SizeDistribution(8e-6, 0.5), 80, 80, 80, H, c, 3))
                .volume();
    }
}
