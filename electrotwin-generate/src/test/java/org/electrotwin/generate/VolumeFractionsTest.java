package org.electrotwin.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.electrotwin.core.InputException;
import org.junit.jupiter.api.Test;

class VolumeFractionsTest {
    @Test
    void hardCarbonAnodeByHand() {
        // 90 % hard carbon (1500 kg/m3), 5 % carbon black (1800), 5 % CMC/SBR (1200), porosity 0.35
        double[] phi = VolumeFractions.fromMassFractions(new double[] {0.90, 0.05, 0.05}, new double[] {1500, 1800, 1200}, 0.35);
        double v = 0.90 / 1500 + 0.05 / 1800 + 0.05 / 1200;
        assertThat(phi[0]).isCloseTo(0.65 * (0.90 / 1500) / v, within(1e-12));
        assertThat(phi[0] + phi[1] + phi[2]).isCloseTo(0.65, within(1e-12));
        // the volume generated from them carries exactly these fractions (AM, CBD = carbon + binder)
        ElectrodeGenerator.Electrode e = ElectrodeGenerator.generate(ElectrodeSpec.sib(phi[0], phi[1] + phi[2],
                new SizeDistribution(8e-6, 1.0), 64, 64, 64, 0.75e-6, CbdParams.defaults(), 1));
        double[] f = Metrics.volumeFractions(e.volume());
        assertThat(f[1]).isCloseTo(phi[0], within(0.005));
        assertThat(f[2]).isCloseTo(phi[1] + phi[2], within(0.005));
        assertThat(f[0]).isCloseTo(0.35, within(0.005));
    }

    @Test
    void calenderingAndBadInput() {
        assertThat(VolumeFractions.calenderedPorosity(0.5, 100e-6, 80e-6)).isCloseTo(0.375, within(1e-12));
        assertThatThrownBy(() -> VolumeFractions.fromMassFractions(new double[] {0.5, 0.4}, new double[] {1, 1}, 0.3))
                .isInstanceOf(InputException.class).hasMessageContaining("sum to");
        assertThatThrownBy(() -> VolumeFractions.calenderedPorosity(0.3, 100e-6, 60e-6)).isInstanceOf(InputException.class);
    }
}
