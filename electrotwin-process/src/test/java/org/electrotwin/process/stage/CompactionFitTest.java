package org.electrotwin.process.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompactionFitTest {
    @ParameterizedTest
    @CsvSource({"0.50,0.25,30e6", "0.45,0.30,80e6", "0.60,0.20,10e6"})
    void recoversKnownParametersFromNoisyCurves(double e0, double eMin, double gamma) {
        SplittableRandom rnd = new SplittableRandom(1);
        int n = 80;
        double[] p = new double[n];
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = 200e6 * (i + 1) / n;
            e[i] = eMin + (e0 - eMin) * Math.exp(-p[i] / gamma) + 1e-4 * (rnd.nextDouble() - 0.5);
        }
        CompactionFit f = CompactionFit.fit(p, e, e0);
        assertThat(f.gammaPa()).isCloseTo(gamma, within(0.02 * gamma));
        assertThat(f.epsilonMin()).isCloseTo(eMin, within(2e-3));
        assertThat(f.rmsError()).isLessThan(1e-4);
    }
}
