package org.electrotwin.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.electrotwin.core.volume.LabeledVolume;
import org.junit.jupiter.api.Test;

/**
 * Boolean models against their exact porosity and specific-surface formulas, over several
 * realisations: the mean must lie within 3 standard errors of the exact value (plus 1 % for S_V).
 *
 * <p>S_V is counted on voxel centres, i.e. the model is sampled at points one voxel apart along
 * each axis; two neighbours are both pore with probability exp(−λ·E|K ∪ (K + h)|) = ε·exp(−λ·E[S]·h/4)
 * (isotropic covariogram of a convex grain, γ(h) = V − S·h/4 + O(h³); Matheron 1975), so the
 * expected count is the exact S_V times (1 − e^(−x))/x with x = λ·E[S]·h/4: a few per cent below
 * it for pores a few tens of voxels wide.
 */
class BooleanModelsTest {
    private static final double H = 1e-6;

    private static ModelParams grid(int n) {
        return ModelParams.empty().with("nx", n).with("ny", n).with("nz", n).with("voxelSizeM", H);
    }

    /** Mean and standard error of porosity and of S_V / exact over {@code seeds} realisations. */
    private static double digitised(double exactSv, double porosity) {
        double x = exactSv / porosity * H / 4;
        return exactSv * (1 - Math.exp(-x)) / x;
    }

    private static double[] stats(MicrostructureModel m, ModelParams p, double exactSv, int seeds) {
        double[] sum = new double[4];
        for (long s = 0; s < seeds; s++) {
            LabeledVolume v = m.generate(p, 100 + s);
            double eps = Metrics.volumeFractions(v)[0];
            double sv = Metrics.specificSurfacePerM(v, 1) / exactSv;
            sum[0] += eps;
            sum[1] += eps * eps;
            sum[2] += sv;
            sum[3] += sv * sv;
        }
        double me = sum[0] / seeds;
        double ms = sum[2] / seeds;
        double seE = Math.sqrt(Math.max(0, sum[1] / seeds - me * me) / (seeds - 1));
        double seS = Math.sqrt(Math.max(0, sum[3] / seeds - ms * ms) / (seeds - 1));
        System.out.printf("%s: porosity %.4f ± %.4f, S_V/digitised exact %.4f ± %.4f (%d realisations)%n", m.name(), me, seE, ms, seS, seeds);
        return new double[] {me, seE, ms, seS};
    }

    @Test
    void monodisperseSpheresMatchExactPorosityAndSurface() {
        BooleanSpheres m = BooleanSpheres.monodisperse();
        ModelParams p = grid(80).with("radiusM", 8 * H).with("porosity", 0.6);
        double[] s = stats(m, p, digitised(m.expectedSpecificSurfacePerM(p), 0.6), 12);
        assertThat(s[0]).isCloseTo(0.6, within(3 * s[1]));
        assertThat(s[2]).isCloseTo(1.0, within(3 * s[3] + 0.01));
    }

    @Test
    void polydisperseSpheresMatchExactFormulas() {
        BooleanSpheres m = BooleanSpheres.polydisperse();
        ModelParams p = grid(96).with("d50M", 16 * H).with("span", 0.8).with("porosity", 0.5);
        double[] s = stats(m, p, digitised(m.expectedSpecificSurfacePerM(p), 0.5), 10);
        assertThat(s[0]).isCloseTo(0.5, within(3 * s[1]));
        assertThat(s[2]).isCloseTo(1.0, within(3 * s[3] + 0.01));
    }

    @Test
    void fibresMatchExactFormulas() {
        BooleanFibres m = new BooleanFibres();
        ModelParams p = grid(96).with("radiusM", 4 * H).with("lengthM", 40 * H).with("porosity", 0.7);
        double[] s = stats(m, p, digitised(m.expectedSpecificSurfacePerM(p), 0.7), 8);
        assertThat(s[0]).isCloseTo(0.7, within(3 * s[1]));
        assertThat(s[2]).isCloseTo(1.0, within(3 * s[3] + 0.01));
    }

    @Test
    void truncatedMomentsMatchSamples() {
        SizeDistribution d = new SizeDistribution(10e-6, 1.2);
        SizeDistribution.DoubleSampler s = d.sampler(Seeds.rng(3, 0));
        int n = 400_000;
        double m3 = 0;
        for (int i = 0; i < n; i++) {
            double x = s.sample();
            m3 += x * x * x / n;
        }
        assertThat(m3 / d.numberMoment(3)).isCloseTo(1.0, within(0.02));
    }
}
