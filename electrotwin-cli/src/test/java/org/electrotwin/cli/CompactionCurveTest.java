package org.electrotwin.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.util.Map;
import org.electrotwin.core.recipe.Recipe;
import org.electrotwin.core.recipe.RecipeReader;
import org.electrotwin.campaign.StudyFixtures;
import org.electrotwin.pipeline.StochasticTwin;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The report's porosity–pressure curve is the stochastic twin's compaction model, with the recipe's operating point. */
class CompactionCurveTest {
    static Recipe recipe(String calendering) {
        String yaml = StudyFixtures.BASE_RECIPE.replace("calendering: {targetPorosity: 0.40}", "calendering: " + calendering);
        return new RecipeReader().read("test.yaml", new StringReader(yaml));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "{targetPorosity: 0.40}; 70.50",  // p = −γ ln((0.40 − 0.15)/(0.55 − 0.15)) = 150 MPa · ln 1.6
            "{pressure: \"100 MPa\"}; 100"})
    void curveAndOperatingPoint(String calendering, double expectedMpa) {
        Recipe r = recipe(calendering);
        Map<String, double[][]> s = TwinReport.compactionCurves(r);
        double[][] model = s.get("compaction model");
        assertThat(model[0][0]).isZero();
        assertThat(model[1][0]).isCloseTo(0.55, within(1e-12));
        for (int i = 0; i < model[0].length; i++) {
            double p = model[0][i] * 1e6;
            assertThat(model[1][i]).isCloseTo(0.15 + 0.40 * Math.exp(-p / 150e6), within(1e-12));
        }
        double[][] point = s.get("this recipe");
        assertThat(point[0][0]).isCloseTo(expectedMpa, within(0.01));
        // the operating point lies on the curve at the porosity the twin builds
        double eps = StochasticTwin.calenderedPorosity(r);
        assertThat(0.15 + 0.40 * Math.exp(-point[0][0] / 150)).isCloseTo(eps, within(1e-4));
    }
}
