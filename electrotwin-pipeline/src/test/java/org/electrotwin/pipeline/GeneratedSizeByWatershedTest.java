package org.electrotwin.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.electrotwin.characterize.Watershed;
import org.electrotwin.core.volume.LabeledVolume;
import org.electrotwin.generate.CbdParams;
import org.electrotwin.generate.ElectrodeGenerator;
import org.electrotwin.generate.ElectrodeSpec;
import org.electrotwin.generate.SizeDistribution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 5's check with an independent measurement: the AM size distribution of a generated
 * electrode, separated by distance-transform watershed (characterize module), has the requested
 * volume-weighted d50 within 10 %; the phase fractions hit their targets within 0.5 % absolute.
 */
class GeneratedSizeByWatershedTest {
    @ParameterizedTest
    @CsvSource({"8e-6, 0.5, 1", "6e-6, 0.8, 2"})
    void watershedD50MatchesTheRequest(double d50M, double span, long seed) {
        ElectrodeSpec spec = ElectrodeSpec.sib(0.45, 0.10, new SizeDistribution(d50M, span), 112, 112, 112, 0.5e-6,
                CbdParams.defaults(), seed);
        LabeledVolume v = ElectrodeGenerator.generate(spec).volume();
        long[] h = v.histogram();
        assertThat(h[1] / (double) v.voxelCount()).isCloseTo(0.45, within(0.005));
        assertThat(h[2] / (double) v.voxelCount()).isCloseTo(0.10, within(0.005));
        boolean[] am = v.mask(1);
        Watershed.Result ws = Watershed.separate(am, v.nx(), v.ny(), v.nz(), 3);
        Watershed.ParticleSizes sizes = Watershed.sizes(ws, v.voxelSizeM());
        assertThat(sizes.count()).isGreaterThan(20);
        assertThat(sizes.byVolume().d50M()).isCloseTo(d50M, within(0.10 * d50M));
    }
}
