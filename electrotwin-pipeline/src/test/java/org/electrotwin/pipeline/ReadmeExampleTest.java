package org.electrotwin.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.electrotwin.core.properties.ElectrodeProperties;
import org.electrotwin.core.recipe.Recipe;
import org.electrotwin.core.recipe.RecipeReader;
import org.electrotwin.core.volume.LabeledVolume;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "Use from Java" example of the README, kept compiling and running. */
class ReadmeExampleTest {
    @TempDir
    Path tmp;

    @Test
    void readmeExample() {
        // --- README: Use from Java ---
        Recipe recipe = new RecipeReader().read(Path.of("../examples/sib-hard-carbon-anode.yaml"));
        LabeledVolume electrode = StochasticTwin.generate(recipe, 60).volume();
        PropertiesCalculator.Report report = PropertiesCalculator.compute(electrode,
                PropertiesOptions.defaults().withMetrics("fractions,interfaces,tortuosity"), System.err::println);
        ElectrodeProperties p = report.properties();
        double tau = p.phases().get("pore").tortuosityFactor().z();
        double amPore = p.interfaces().get("am|pore").specificAreaPerM();
        // --- end ---
        assertThat(tau).isGreaterThan(1);
        assertThat(amPore).isPositive();
        assertThat(electrode.nz()).isEqualTo(60);
    }
}
