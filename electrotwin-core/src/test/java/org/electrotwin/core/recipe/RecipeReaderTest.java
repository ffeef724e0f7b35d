package org.electrotwin.core.recipe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.electrotwin.core.InputException;
import org.electrotwin.core.recipe.Recipe.Chemistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RecipeReaderTest {
    static final Path EXAMPLES = Path.of("..", "examples");

    static final String GOOD = TestRecipes.SIB;

    static Recipe read(String yaml) {
        return new RecipeReader().read("r.yaml", new StringReader(yaml));
    }

    static Stream<Path> examples() throws IOException {
        return Files.list(EXAMPLES).filter(p -> p.toString().endsWith(".yaml")).sorted();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void shippedExamplesAreValid(Path p) {
        Recipe r = new RecipeReader().read(p);
        DerivedQuantities d = DerivedQuantities.of(r);
        assertThat(d.solidVolumeFractionActive() + d.solidVolumeFractionCarbon() + d.solidVolumeFractionBinder()
                + d.solidVolumeFractionElectrolyte()).isCloseTo(1, within(1e-12));
        assertThat(d.dryThicknessM()).isGreaterThan(d.compactThicknessM());
        assertThat(d.pecletNumber()).isPositive();
    }

    @Test
    void fourExamplesCoverBothChemistries() throws IOException {
        assertThat(examples().map(p -> new RecipeReader().read(p).chemistry()))
                .containsExactlyInAnyOrder(Chemistry.SIB, Chemistry.SIB, Chemistry.SSB, Chemistry.SSB);
    }

    @Test
    void massBalanceByHand() {
        Recipe r = read(GOOD);
        DerivedQuantities d = DerivedQuantities.of(r);
        // specific volumes (m3/kg): HC 0.9/1500, C65 0.04/1900, CMC/SBR 0.06/1250
        double va = 0.9 / 1500, vc = 0.04 / 1900, vb = 0.06 / 1250, vs = va + vc + vb;
        assertThat(d.solidVolumeFractionActive()).isCloseTo(va / vs, within(1e-12));
        assertThat(d.solidDensityKgPerM3()).isCloseTo(1 / vs, within(1e-9));
        double phiV = (0.5 * vs) / (0.5 * vs + 0.5 / 997);
        assertThat(d.slurrySolidVolumeFraction()).isCloseTo(phiV, within(1e-12));
        assertThat(d.compactThicknessM()).isCloseTo(100e-6 * phiV, within(1e-15));
        assertThat(d.dryThicknessM()).isCloseTo(100e-6 * phiV / 0.5, within(1e-15));
        assertThat(d.calenderedThicknessM().getAsDouble()).isCloseTo(100e-6 * phiV / 0.65, within(1e-15));
        assertThat(d.arealLoadingKgPerM2()).isCloseTo(100e-6 * phiV / vs, within(1e-12));
        assertThat(d.voxelShape()).containsExactly(80, 80, (int) Math.ceil(100e-6 * phiV / 0.65 / 0.5e-6));
    }

    @Test
    void arealLoadingAndWetThicknessAreTheSameMassBalance() {
        DerivedQuantities a = DerivedQuantities.of(read(GOOD));
        String byLoading = GOOD.replace("wetThickness: \"100 um\"",
                "arealLoading: \"" + a.arealLoadingKgPerM2() * 100 + " mg/cm2\"");
        DerivedQuantities b = DerivedQuantities.of(read(byLoading));
        assertThat(b.wetThicknessM()).isCloseTo(100e-6, within(1e-12));
    }

    @Test
    void waterVapourPressureMatchesSteamTables() {
        Material water = MaterialLibrary.shipped().get("water");
        // IAPWS: 19.95 kPa at 60 C, 47.41 kPa at 80 C
        assertThat(water.vaporPressurePa(333.15)).isCloseTo(19_946, within(19_946 * 0.03));
        assertThat(water.vaporPressurePa(353.15)).isCloseTo(47_414, within(47_414 * 0.03));
    }

    @Test
    void libraryHasTheRequiredMaterials() {
        assertThat(MaterialLibrary.shipped().all()).containsKeys("hard-carbon", "nfm111", "prussian-white", "nvp", "nmc811",
                "li6ps5cl", "llzo", "peo-litfsi", "c65", "pvdf", "cmc-sbr", "nmp", "water");
    }

    static Stream<Arguments> badRecipes() {
        return Stream.of(
                Arguments.of(GOOD.replace("  porosity: 0.5\n", "  porosity: 0.5\n  colour: red\n"), ":20: drying.colour: unknown field"),
                Arguments.of(GOOD.replace("  solidContent: 0.5\n", ""), "slurry.solidContent: missing field"),
                Arguments.of(GOOD.replace("binder: 0.06", "binder: 0.07"), ":9: formulation: mass fractions sum to 1.01000; expected them to sum to 1"),
                Arguments.of(GOOD.replace("\"100 um\"", "\"-100 um\""), ":16: coating.wetThickness: '-100 um' must be positive"),
                Arguments.of(GOOD.replace("\"0.5 um\"", "\"0 um\""), "domain.voxelSize: '0 um' must be positive"),
                Arguments.of(GOOD.replace("  binder: cmc-sbr\n", "  binder: cmc-sbr\n  electrolyte: li6ps5cl\n"), ":8: materials.electrolyte: an SIB electrode has no solid electrolyte"),
                Arguments.of(GOOD.replace("active: hard-carbon", "active: unobtainium"), ":5: materials.active: unknown active material 'unobtainium'; expected one of hard-carbon"),
                Arguments.of(GOOD.replace("\"1 um/s\"", "\"1 parsec/s\""), ":18: drying.evaporationRate: unknown unit 'parsec'"),
                Arguments.of(GOOD.replace("\"1 um/s\"", "\"1 um\""), "drying.evaporationRate: '1 um' is not a speed"),
                Arguments.of(GOOD.replace("active: hard-carbon", "active: nmc811"), "materials.active: 'nmc811' stores Li; expected a sodium active material"),
                Arguments.of(GOOD.replace("chemistry: SIB", "chemistry: LIB"), ":2: chemistry: 'LIB' is not allowed; expected one of SIB, SSB"),
                Arguments.of(GOOD.replace("  targetPorosity: 0.35", "  targetPorosity: 0.35\n  pressure: \"10 MPa\""), "calendering: expected exactly one of pressure"),
                Arguments.of(GOOD.replace("formulation:", "formulation: [1, 2]\nx:"), "formulation: expected a mapping"),
                Arguments.of("chemistry: SIB\n  bad indent: [", "r.yaml:2: not valid YAML"),
                Arguments.of(GOOD.replace("  active: hard-carbon", "  active:\n    name: hard-carbon\n    particleSize: {d50: \"-3 um\", span: 1}"), "materials.active.particleSize.d50: '-3 um' must be positive"));
    }

    @ParameterizedTest
    @MethodSource("badRecipes")
    void badRecipesGiveOneLineNamingFileLineAndField(String yaml, String expected) {
        assertThatThrownBy(() -> read(yaml)).isInstanceOf(InputException.class)
                .hasMessageStartingWith("r.yaml:")
                .hasMessageContaining(expected)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void overridesReplaceLibraryValues() {
        Recipe r = read(GOOD.replace("  active: hard-carbon", "  active:\n    name: hard-carbon\n    density: \"1.6 g/cm3\""));
        assertThat(r.materials().active().densityKgPerM3()).isCloseTo(1600, within(1e-9));
        assertThat(r.materials().active().particleSize().d50M()).isCloseTo(9e-6, within(1e-15));
    }

    @Test
    void logNormalSpanIsConsistent() {
        ParticleSize p = ParticleSize.logNormal(10e-6, 1.2);
        assertThat(p.quantileM(0.5)).isCloseTo(10e-6, within(1e-14));
        assertThat((p.d90M() - p.d10M()) / p.d50M()).isCloseTo(1.2, within(1e-6));
        assertThat(ParticleSize.normalQuantile(0.975)).isCloseTo(1.959963984540054, within(1e-8));
    }

    @Test
    void overridesAreValidatedLikeTheFile() {
        Recipe r = new RecipeReader().read("r.yaml", new StringReader(GOOD), java.util.Map.of(
                "calendering.targetPorosity", "0.30", "drying.evaporationRate", "2.5e-06 m·s^-1",
                "formulation.active", "0.91", "formulation.carbon", "0.03", "engine.threads", "2"));
        assertThat(r.calendering().targetPorosity().getAsDouble()).isEqualTo(0.30);
        assertThat(r.drying().evaporationRateMPerS().getAsDouble()).isCloseTo(2.5e-6, within(1e-18));
        assertThat(r.formulation().active()).isEqualTo(0.91);
        assertThat(r.engine().threads()).isEqualTo(2);
        assertThatThrownBy(() -> new RecipeReader().read("r.yaml", new StringReader(GOOD), java.util.Map.of("formulation.active", "0.95")))
                .isInstanceOf(InputException.class).hasMessageContaining("formulation: mass fractions sum to 1.05000");
        assertThatThrownBy(() -> new RecipeReader().read("r.yaml", new StringReader(GOOD), java.util.Map.of("drying.speed", "3")))
                .isInstanceOf(InputException.class).hasMessageContaining("drying.speed: unknown field");
    }

    @Test
    void cbdModelAndFractalDimensionAreValidated() {
        Recipe d = read(GOOD);
        assertThat(d.engine().cbdModel()).isEqualTo("aggregation");
        assertThat(d.engine().cbdFractalDimension()).isEqualTo(2.2);
        Recipe r = read(GOOD + "engine:\n  cbd:\n    model: growth\n    fractalDimension: 1.9\n");
        assertThat(r.engine().cbdModel()).isEqualTo("growth");
        assertThat(r.engine().cbdFractalDimension()).isEqualTo(1.9);
        assertThatThrownBy(() -> read(GOOD + "engine:\n  cbd:\n    model: eden\n"))
                .isInstanceOf(InputException.class)
                .hasMessage("r.yaml:27: engine.cbd.model: 'eden' is not a CBD model; expected one of aggregation, growth");
        assertThatThrownBy(() -> read(GOOD + "engine:\n  cbd:\n    fractalDimension: 3.5\n"))
                .isInstanceOf(InputException.class).hasMessageContaining("engine.cbd.fractalDimension: '3.5' is out of range");
        assertThatThrownBy(() -> read(GOOD + "engine:\n  cbd:\n    fractal: 2\n"))
                .isInstanceOf(InputException.class).hasMessageContaining("engine.cbd.fractal");
    }
}
