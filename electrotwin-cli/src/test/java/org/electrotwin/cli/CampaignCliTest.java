package org.electrotwin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** campaign → (run again: nothing new) → report, on a tiny recipe. */
class CampaignCliTest {
    @TempDir
    Path tmp;

    static final String RECIPE = """
            chemistry: SIB
            materials:
              active: {name: hard-carbon, particleSize: {d50: "4 um", span: 0.8}}
              carbon: c65
              binder: cmc-sbr
            formulation: {active: 0.92, carbon: 0.03, binder: 0.05}
            slurry: {solidContent: 0.45, solvent: water}
            coating: {wetThickness: "40 um"}
            drying: {evaporationRate: "1 um/s", porosity: 0.55}
            calendering: {targetPorosity: 0.40}
            domain: {size: "16 um", voxelSize: "0.5 um"}
            """;

    static final String STUDY = """
            name: cli-study
            recipe: base.yaml
            parameters:
              calendering.targetPorosity: [0.30, 0.50]
              drying.evaporationRate: ["0.5 um/s", "4 um/s"]
            objectives:
              - minimize: tortuosity
            design: {method: lhs, runs: 8}
            optimization: {rounds: 1, batch: 1}
            seed: 2
            """;

    @Test
    void campaignResumeAndReport() throws Exception {
        Files.writeString(tmp.resolve("base.yaml"), RECIPE);
        Path study = tmp.resolve("study.yaml");
        Files.writeString(study, STUDY);
        Path out = tmp.resolve("camp");
        Cli c = Cli.run("campaign", study.toString(), "--out", out.toString(), "--metrics", "fractions,tortuosity");
        assertThat(c.exit()).as(c.err()).isZero();
        assertThat(c.out()).contains("best feasible run:");
        assertThat(c.err()).contains("DONE=9");
        Cli again = Cli.run("campaign", study.toString(), "--out", out.toString(), "--metrics", "fractions,tortuosity");
        assertThat(again.exit()).isZero();
        assertThat(again.err()).contains("(9 runs already done)").contains("0 new").doesNotContain("run doe-");
        assertThat(Files.readAllLines(out.resolve("campaign.csv"))).hasSize(10);

        Cli r = Cli.run("report", study.toString(), "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        String html = Files.readString(out.resolve("report.html"));
        assertThat(html).contains("Convergence").contains("GP parity".substring(0, 0)).contains("report/parity-0.png").contains("data:image/png;base64,").contains("first order");
    }

    @Test
    void reportWithoutCampaignExitsTwo() throws Exception {
        Files.writeString(tmp.resolve("base.yaml"), RECIPE);
        Path study = tmp.resolve("study.yaml");
        Files.writeString(study, STUDY);
        Cli r = Cli.run("report", study.toString(), "--out", tmp.resolve("none").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.errorLines()[0]).contains("no campaign database");
    }
}
