package org.electrotwin.process.stage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Binder migration: the shipped SIB hard-carbon anode (64 µm square, ~1 400 particles) dried at
 * three evaporation rates, Pe = H·E/D = 1.5, 15 and 150. Slow drying leaves the CBD spread through the
 * thickness; fast drying piles it up under the surface (Jaiser et al. 2016; Font et al. 2018). At the
 * recipe's own rate the dried film has the porosity of a real dried electrode.
 */
@Tag("slow")
class BinderMigrationTest {

    /** The spec {@code ProcessTwin} maps examples/sib-hard-carbon-anode.yaml to, with a shorter step budget. */
    static ProcessSpec hardCarbonAnode(double evaporationRateMPerS, int steps) {
        return hardCarbonAnode(64e-6, evaporationRateMPerS, steps);
    }

    static ProcessSpec hardCarbonAnode(double domainM, double evaporationRateMPerS, int steps) {
        return new ProcessSpec(domainM, domainM, 150e-6, 9e-6, 1.2, 3e-6, 0.924646781789639, 0.07535321821036108, 0,
                0.3535736336232272, 3e-6, 1.5, 1500, 1385.4, 1000, 20e9, 1e9, 1e9, 0.2, 0.6, 0.5, evaporationRateMPerS,
                9.81e-13, Double.NaN, 88.4e-6, 1e-3, steps, 2, 42);
    }

    @Test
    void fasterDryingEnrichesTheTopThirdWithCbd() {
        double[] rates = {1e-8, 1e-7, 1e-6};
        double[] enrichment = new double[rates.length];
        for (int k = 0; k < rates.length; k++) {
            ProcessSpec s = hardCarbonAnode(rates[k], 5000);
            SlurryStage.Result slurry = SlurryStage.run(s);
            DryingStage.Result d = DryingStage.run(s, slurry.particles(), slurry.topM());
            enrichment[k] = d.topThirdEnrichment();
            System.out.printf("Pe %.3g: top-third CBD enrichment %.3f, porosity %.3f, profile %s%n", d.peclet().peclet(),
                    enrichment[k], d.filmPorosity(),
                    java.util.Arrays.toString(d.cbdProfile()));
            assertThat(d.peclet().peclet()).isCloseTo(150e-6 * rates[k] / 9.81e-13, org.assertj.core.data.Percentage.withPercentage(1e-9));
            assertThat(d.massBalanceError()).isLessThan(0.03);
            if (rates[k] == 1e-6) {
                // the recipe's own rate: dried, uncalendered electrodes have porosities of 0.45–0.60
                // (thickness and mass; e.g. Meyer et al. 2017; Lombardo et al. 2020)
                assertThat(d.filmPorosity()).isBetween(0.45, 0.60);
            }
        }
        assertThat(enrichment[1]).isGreaterThan(enrichment[0]);
        assertThat(enrichment[2]).isGreaterThan(enrichment[1]);
        // the rough top holds a few more small CBD particles at any rate (~1.05–1.10); the Pe effect comes on top
        assertThat(enrichment[0]).isLessThan(1.12);
        assertThat(enrichment[2]).isGreaterThan(1.25);
        assertThat(enrichment[2] - enrichment[0]).isGreaterThan(0.15);
    }
}
