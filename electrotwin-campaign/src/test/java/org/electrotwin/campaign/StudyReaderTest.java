package org.electrotwin.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.electrotwin.core.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StudyReaderTest {
    static final Path SHIPPED = Path.of("..", "examples", "studies", "hard-carbon-study.yaml");

    @TempDir
    Path tmp;

    @Test
    void shippedStudyReads() {
        Study s = StudyReader.read(SHIPPED);
        assertThat(s.name()).isEqualTo("hard-carbon-study");
        assertThat(s.parameters()).extracting(Study.Range::path).containsExactly("calendering.targetPorosity", "drying.evaporationRate");
        assertThat(s.parameters().get(1).lo()).isCloseTo(0.5e-6, within(1e-18));
        assertThat(s.parameters().get(1).recipeValue(2e-6)).isEqualTo("2.00000000000e-06 m·s^-1");
        assertThat(s.formulation().orElseThrow().components()).containsExactly("active", "carbon", "binder");
        assertThat(s.constraints().get(0)).isEqualTo(new Study.Constraint("phases.pore.volumeFraction", 0.30, 0.50));
        assertThat(s.objectives().get(0)).isEqualTo(new Study.Objective("phases.pore.tortuosityFactor.z", false));
        assertThat(s.parameterNames()).containsExactly("calendering.targetPorosity", "drying.evaporationRate",
                "formulation.active", "formulation.carbon", "formulation.binder");
    }

    static Stream<Arguments> badStudies() {
        return Stream.of(
                Arguments.of("  calendering.targetPorosity: [0.30, 0.50]", "  calendering.targetPorosity: [0.50, 0.30]", "low bound is not below"),
                Arguments.of("    active: [0.88, 0.95]", "    active: [0.50, 0.60]", "no formulation within these bounds sums to 1"),
                Arguments.of("  method: sobol", "  method: grid", "'grid' is not a design; expected sobol or lhs"),
                Arguments.of("  - porosity in [0.30, 0.50]", "  - porosity is low", "is not a constraint"),
                Arguments.of("seed: 1", "seed: 1\nbudget: 3", "budget: unknown field"),
                Arguments.of("seed: 1", "seed: 1\nfixed: {domain.voxelSize: \"-1 um\"}", "domain.voxelSize: '-1 um' must be positive"),
                Arguments.of("recipe: ../sib-hard-carbon-anode.yaml", "recipe: nowhere.yaml", "recipe: no recipe at"),
                Arguments.of("  drying.evaporationRate: [\"0.5 um/s\", \"4 um/s\"]", "  drying.evaporationRate: [\"0.5 um/s\", \"4 um\"]", "different units"));
    }

    @ParameterizedTest
    @MethodSource("badStudies")
    void badStudiesGiveOneLine(String from, String to, String expected) throws IOException {
        String text = Files.readString(SHIPPED).replace(from, to);
        assertThat(text).isNotEqualTo(Files.readString(SHIPPED));
        Path dir = Files.createDirectories(tmp.resolve("examples").resolve("studies"));
        Files.copy(Path.of("..", "examples", "sib-hard-carbon-anode.yaml"), tmp.resolve("examples").resolve("sib-hard-carbon-anode.yaml"));
        Path f = dir.resolve("s.yaml");
        Files.writeString(f, text);
        assertThatThrownBy(() -> StudyReader.read(f)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(f.toString() + ":").hasMessageContaining(expected)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
