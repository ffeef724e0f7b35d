package org.electrotwin.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.electrotwin.core.InputException;
import org.electrotwin.core.recipe.DerivedQuantities;
import org.electrotwin.core.recipe.Recipe;
import org.electrotwin.core.recipe.RecipeReader;
import org.electrotwin.generate.ElectrodeSpec;
import org.electrotwin.process.stage.ProcessSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shipped recipe maps onto both twins; the mappings keep the mass balance. */
class RecipeMappingTest {
    static Stream<Path> examples() throws IOException {
        return Files.list(Path.of("..", "examples")).filter(p -> p.toString().endsWith(".yaml")).sorted();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void stochasticSpecKeepsTheSolidVolumes(Path file) {
        Recipe r = new RecipeReader().read(file);
        DerivedQuantities d = DerivedQuantities.of(r);
        ElectrodeSpec s = StochasticTwin.spec(r, 400);
        double solid = 1 - StochasticTwin.calenderedPorosity(r);
        assertThat(s.amVolumeFraction()).isCloseTo(solid * d.solidVolumeFractionActive(), within(1e-12));
        assertThat(s.seVolumeFraction()).isCloseTo(solid * d.solidVolumeFractionElectrolyte(), within(1e-12));
        assertThat(s.cbdVolumeFraction() * (1 - s.cbd().nanoPorosity()))
                .isCloseTo(solid * (d.solidVolumeFractionCarbon() + d.solidVolumeFractionBinder()), within(1e-12));
        assertThat(s.nx()).isEqualTo(d.voxelShape()[0]);
        assertThat(StochasticTwin.calenderedPorosity(r)).isBetween(0.05, r.drying().porosity());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void processSpecCarriesTheRecipe(Path file) {
        Recipe r = new RecipeReader().read(file);
        DerivedQuantities d = DerivedQuantities.of(r);
        ProcessSpec p = ProcessTwin.spec(r);
        assertThat(p.amFraction() + p.cbdFraction() + p.seFraction()).isCloseTo(1, within(1e-9));
        assertThat(p.solidContent()).isCloseTo(d.slurrySolidVolumeFraction(), within(1e-12));
        assertThat(p.wetThicknessM()).isCloseTo(d.wetThicknessM(), within(1e-15));
        assertThat(p.evaporationRateMPerS()).isCloseTo(d.evaporationRateMPerS(), within(1e-15));
        assertThat(p.amD50M()).isEqualTo(r.materials().active().particleSize().d50M());
        assertThat(Double.isNaN(p.calenderPressurePa())).isEqualTo(r.calendering().pressurePa().isEmpty());
    }

    @Test
    void compactionModelFallsWithPressure() {
        Recipe r = new RecipeReader().read(Path.of("..", "examples", "sib-layered-oxide-cathode.yaml"));
        double eps0 = r.drying().porosity();
        double at100 = StochasticTwin.calenderedPorosity(r);
        // ε(p) = ε_min + (ε0 − ε_min)·exp(−p/γ) at 100 MPa
        assertThat(at100).isCloseTo(StochasticTwin.COMPACTION_MIN_POROSITY + (eps0 - StochasticTwin.COMPACTION_MIN_POROSITY)
                * Math.exp(-100e6 / StochasticTwin.COMPACTION_RESISTANCE_PA), within(1e-12));
    }

    @Test
    void unknownContactModelIsABadRecipe() throws IOException {
        String text = Files.readString(Path.of("..", "examples", "sib-hard-carbon-anode.yaml"))
                + "engine:\n  contact: {normal: rubber-duck}\n";
        Recipe r = new RecipeReader().read("r.yaml", new StringReader(text));
        assertThatThrownBy(() -> ProcessTwin.spec(r)).isInstanceOf(InputException.class)
                .hasMessageContaining("engine.contact.normal: unknown model 'rubber-duck'").hasMessageContaining("hertz");
    }

    @Test
    void recipesContactModelsReachTheEngine() throws IOException {
        Path file = Path.of("..", "examples", "sib-hard-carbon-anode.yaml");
        assertThat(ProcessTwin.spec(new RecipeReader().read(file)).contactModels())
                .isEqualTo(ProcessSpec.DEFAULT_CONTACT_MODELS);
        String text = Files.readString(file) + "engine:\n  contact: {rolling: none, cohesion: jkr-simplified}\n";
        ProcessSpec p = ProcessTwin.spec(new RecipeReader().read("r.yaml", new StringReader(text)));
        assertThat(p.contactModels()).containsEntry("rolling", "none").containsEntry("cohesion", "jkr-simplified")
                .containsEntry("normal", "hertz");
    }

    @Test
    void ssbPoresDoNotConductIons() {
        Recipe ssb = new RecipeReader().read(Path.of("..", "examples", "ssb-nmc-argyrodite-cathode.yaml"));
        Map<String, Map<String, Double>> c = RecipeConductivities.of(ssb);
        assertThat(c.get("ionic")).containsEntry("pore", 0.0).containsEntry("se", ssb.materials().electrolyte().orElseThrow().ionicConductivitySPerM());
        Recipe sib = new RecipeReader().read(Path.of("..", "examples", "sib-hard-carbon-anode.yaml"));
        assertThat(RecipeConductivities.of(sib).get("ionic").get("pore")).isEqualTo(RecipeConductivities.LIQUID_ELECTROLYTE_S_PER_M);
    }
}
