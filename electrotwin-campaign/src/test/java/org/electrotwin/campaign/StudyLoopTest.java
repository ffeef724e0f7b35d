package org.electrotwin.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.electrotwin.pipeline.PropertiesOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small study through the real stochastic twin: design, one BO round, resume without new runs. */
class StudyLoopTest {
    @TempDir
    Path tmp;

    static final String STUDY = """
            name: loop
            recipe: base.yaml
            parameters:
              calendering.targetPorosity: [0.30, 0.50]
              formulation:
                active: [0.88, 0.95]
                carbon: [0.01, 0.05]
                binder: [0.03, 0.07]
            objectives:
              - minimize: tortuosity
            constraints:
              - porosity in [0.20, 0.60]
            design: {method: sobol, runs: 5}
            optimization: {rounds: 1, batch: 2}
            seed: 4
            """;

    @Test
    void designThenOptimisationThenResume() throws Exception {
        Files.writeString(tmp.resolve("base.yaml"), StudyFixtures.BASE_RECIPE);
        Files.writeString(tmp.resolve("study.yaml"), STUDY);
        Study s = StudyReader.read(tmp.resolve("study.yaml"));
        TwinFunction twin = new StudyTwin(s, PropertiesOptions.defaults().withMetrics("fractions,tortuosity"));
        List<String> keys;
        try (CampaignStore store = CampaignStore.open(tmp.resolve("c.db"))) {
            StudyLoop loop = new StudyLoop(s, store, twin, "test");
            StudyLoop.Outcome o = loop.run(2, tmp.resolve("runs"), m -> { });
            assertThat(o.runs()).isEqualTo(7);
            List<RunRecord> runs = store.runs("loop");
            keys = runs.stream().map(RunRecord::key).toList();
            assertThat(keys).containsExactly("doe-0000", "doe-0001", "doe-0002", "doe-0003", "doe-0004", "bo-r00-q0", "bo-r00-q1");
            assertThat(runs).allMatch(r -> r.status() == RunStatus.DONE);
            for (RunRecord r : runs) {
                double sum = r.parameters().get("formulation.active") + r.parameters().get("formulation.carbon")
                        + r.parameters().get("formulation.binder");
                assertThat(sum).isCloseTo(1, within(1e-9));
                assertThat(r.parameters().get("calendering.targetPorosity")).isBetween(0.30, 0.50);
            }
            assertThat(o.best()).isNotNull();
            double bestTau = PropertyPaths.value(PropertyPaths.parse(o.best().propertiesJson()), "phases.pore.tortuosityFactor.z").getAsDouble();
            for (RunRecord r : runs) {
                assertThat(PropertyPaths.value(PropertyPaths.parse(r.propertiesJson()), "phases.pore.tortuosityFactor.z").getAsDouble())
                        .isGreaterThanOrEqualTo(bestTau);
            }
        }
        try (CampaignStore store = CampaignStore.open(tmp.resolve("c.db"))) {
            StudyLoop.Outcome again = new StudyLoop(s, store, twin, "test").run(2, tmp.resolve("runs"), m -> { });
            assertThat(again.runs()).as("a finished study runs nothing again").isZero();
            assertThat(store.runs("loop").stream().map(RunRecord::key).toList()).isEqualTo(keys);
            assertThat(store.runs("loop")).allMatch(r -> r.attempts() == 1);
        }
    }

    @Test
    void simplexVariablesRoundTrip() throws Exception {
        Files.writeString(tmp.resolve("base.yaml"), StudyFixtures.BASE_RECIPE);
        Files.writeString(tmp.resolve("study.yaml"), STUDY);
        Study s = StudyReader.read(tmp.resolve("study.yaml"));
        try (CampaignStore store = CampaignStore.open(tmp.resolve("d.db"))) {
            StudyLoop loop = new StudyLoop(s, store, (r, d) -> null, "test");
            Map<String, Double> p = loop.toParameters(new double[] {0.4, 0.90, 0.03});
            assertThat(p.get("formulation.binder")).isCloseTo(0.07, within(1e-15));
            assertThat(loop.fromParameters(p)).containsExactly(0.4, 0.90, 0.03);
            assertThat(loop.toParameters(new double[] {0.4, 0.95, 0.05})).as("binder below its bound").isNull();
        }
    }
}
