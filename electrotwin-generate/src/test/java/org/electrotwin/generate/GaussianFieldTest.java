package org.electrotwin.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.electrotwin.core.volume.LabeledVolume;
import org.junit.jupiter.api.Test;

class GaussianFieldTest {
    private static ModelParams params(int n, double ellVoxels, String cov, double f1, double f2) {
        GaussianField m = new GaussianField();
        return ModelParams.parse("nx=" + n + ",ny=" + n + ",nz=" + n + ",voxelSizeM=1e-6,correlationLengthM="
                + ellVoxels + " um,covariance=" + cov + ",fraction1=" + f1 + ",fraction2=" + f2, m);
    }

    @Test
    void fieldHasTheRequestedCovarianceAtLagOne() {
        double ell = 6;
        float[] f = GaussianField.field(64, 64, 64, ell, GaussianField.GAUSSIAN, 5);
        double var = 0;
        double c1 = 0;
        for (int z = 0; z < 64; z++) {
            for (int y = 0; y < 64; y++) {
                for (int x = 0; x < 64; x++) {
                    int i = x + 64 * (y + 64 * z);
                    var += f[i] * f[i];
                    c1 += f[i] * f[(x + 1) % 64 + 64 * (y + 64 * z)];
                }
            }
        }
        int n = 64 * 64 * 64;
        assertThat(var / n).isCloseTo(1.0, within(0.15));
        assertThat(c1 / var).isCloseTo(Math.exp(-1 / (ell * ell)), within(0.003));
    }

    @Test
    void medianExcursionSetFollowsTheDiscreteRiceFormula() {
        double ell = 8;
        GaussianField m = new GaussianField();
        LabeledVolume v = m.generate(params(128, ell, "gaussian", 0.5, 0), 11);
        assertThat(Metrics.volumeFractions(v)[1]).isCloseTo(0.5, within(1e-4));
        // P(sign change between neighbours) = arccos(rho)/pi for a bivariate normal at u = 0 (Sheppard 1899)
        double expected = Math.acos(Math.exp(-1 / (ell * ell))) / Math.PI / 1e-6;
        System.out.printf("gaussian-field: crossings / Sheppard-Rice %.4f%n", Metrics.crossingsPerM(v, 1, -1) / expected);
        assertThat(Metrics.crossingsPerM(v, 1, -1) / expected).isCloseTo(1.0, within(0.05));
    }

    @Test
    void fieldIsIdenticalWhateverTheFftThreadCount() {
        int before = org.visnow.jlargearrays.ConcurrencyUtils.getNumberOfThreads();
        try {
            org.visnow.jlargearrays.ConcurrencyUtils.setNumberOfThreads(1);
            float[] one = GaussianField.field(64, 48, 40, 5, GaussianField.EXPONENTIAL, 3);
            org.visnow.jlargearrays.ConcurrencyUtils.setNumberOfThreads(4);
            float[] four = GaussianField.field(64, 48, 40, 5, GaussianField.EXPONENTIAL, 3);
            assertThat(four).isEqualTo(one);
        } finally {
            org.visnow.jlargearrays.ConcurrencyUtils.setNumberOfThreads(before);
        }
    }

    @Test
    void threePhaseFractionsAreExact() {
        GaussianField m = new GaussianField();
        LabeledVolume v = m.generate(params(64, 4, "exponential", 0.45, 0.15), 2);
        double[] f = Metrics.volumeFractions(v);
        assertThat(f[1]).isCloseTo(0.45, within(1e-3));
        assertThat(f[2]).isCloseTo(0.15, within(1e-3));
        assertThat(f[0]).isCloseTo(0.40, within(1e-3));
    }
}
