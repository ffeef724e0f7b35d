package org.electrotwin.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.electrotwin.core.recipe.Recipe;
import org.electrotwin.pipeline.PropertiesOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A campaign run writes its parameters into the base recipe and runs the stochastic twin on it. */
class StudyTwinTest {
    @TempDir
    Path tmp;

    static final String STUDY = """
            name: tiny
            recipe: base.yaml
            parameters:
              calendering.targetPorosity: [0.30, 0.50]
              formulation:
                active: [0.88, 0.95]
                carbon: [0.01, 0.05]
                binder: [0.03, 0.07]
            objectives:
              - minimize: tortuosity
            design: {method: lhs, runs: 4}
            """;

    @Test
    void runParametersReachTheRecipeAndTheVolume() throws Exception {
        Files.writeString(tmp.resolve("base.yaml"), StudyFixtures.BASE_RECIPE);
        Files.writeString(tmp.resolve("study.yaml"), STUDY);
        Study s = StudyReader.read(tmp.resolve("study.yaml"));
        StudyTwin twin = new StudyTwin(s, PropertiesOptions.defaults().withMetrics("fractions,tortuosity"));
        RunSpec run = new RunSpec("r0", Map.of("calendering.targetPorosity", 0.45, "formulation.active", 0.90,
                "formulation.carbon", 0.04, "formulation.binder", 0.06), 77);
        Recipe r = twin.recipe(run);
        assertThat(r.calendering().targetPorosity().getAsDouble()).isEqualTo(0.45);
        assertThat(r.formulation().carbon()).isEqualTo(0.04);
        assertThat(r.seed()).isEqualTo(77);

        Path work = Files.createDirectories(tmp.resolve("work"));
        RunOutput out = twin.run(run, work);
        JsonNode p = PropertyPaths.parse(out.propertiesJson());
        double am = p.at("/phases/am/volumeFraction").asDouble();
        double cbd = p.at("/phases/cbd/volumeFraction").asDouble();
        // solid volume = 1 - 0.45; the CBD domain carries its nano-pores (0.5) on top of its solid volume
        assertThat(am + cbd * 0.5).isCloseTo(0.55, within(0.01));
        assertThat(PropertyPaths.value(p, "phases.pore.tortuosityFactor.z")).isPresent();
        assertThat(Path.of(out.artefacts().get("volume"))).exists();
    }
}
