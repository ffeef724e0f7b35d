package org.electrotwin.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.electrotwin.core.volume.LabeledVolume;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** 256³ timings for the report (printed, not asserted) and fractions at full size. */
@Tag("slow")
class ElectrodeBenchmarkTest {
    @Test
    void sibAndSsbAt256() {
        ElectrodeSpec sib = ElectrodeSpec.sib(0.55, 0.12, new SizeDistribution(8e-6, 1.0), 256, 256, 256, 0.5e-6,
                CbdParams.defaults(), 42);
        long t0 = System.nanoTime();
        ElectrodeGenerator.Electrode e = ElectrodeGenerator.generate(sib);
        double sec = (System.nanoTime() - t0) / 1e9;
        double[] f = Metrics.volumeFractions(e.volume());
        System.out.printf("SIB 256^3: %.2f s, %d particles, %d sweeps, excess overlap %.4f, am %.4f cbd %.4f pore %.4f, amScale %.4f%n",
                sec, e.particles().count(), e.particles().sweeps(), e.particles().maxExcessOverlap(), f[1], f[2], f[0], e.amScale());
        assertThat(f[1]).isCloseTo(0.55, within(0.005));
        assertThat(f[2]).isCloseTo(0.12, within(0.005));

        ElectrodeSpec ssb = new ElectrodeSpec(0.50, 0.05, 0.30, new SizeDistribution(6e-6, 0.8),
                new SizeDistribution(3e-6, 0.8), 256, 256, 256, 0.5e-6, 0.05, 0.1, true, CbdParams.defaults(), 42);
        t0 = System.nanoTime();
        e = ElectrodeGenerator.generate(ssb);
        sec = (System.nanoTime() - t0) / 1e9;
        f = Metrics.volumeFractions(e.volume());
        LabeledVolume v = e.volume();
        System.out.printf("SSB 256^3: %.2f s, %d particles, %d sweeps, excess overlap %.4f, am %.4f se %.4f cbd %.4f pore %.4f, scales %.4f %.4f, am|se area %.3g 1/m%n",
                sec, e.particles().count(), e.particles().sweeps(), e.particles().maxExcessOverlap(), f[1], f[3], f[2], f[0],
                e.amScale(), e.seScale(), Metrics.interfaceSpecificAreaPerM(v, 1, 3));
        assertThat(f[1]).isCloseTo(0.50, within(0.005));
        assertThat(f[3]).isCloseTo(0.30, within(0.005));
        assertThat(f[2]).isCloseTo(0.05, within(0.005));
    }
}
