package org.electrotwin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.electrotwin.campaign.StudyFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** campaign → (run again: nothing new) → learn → optimize (surrogate, twin) → report, on a tiny recipe. */
class CampaignCliTest {
    @TempDir
    Path tmp;

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
        Files.writeString(tmp.resolve("base.yaml"), StudyFixtures.BASE_RECIPE);
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
        assertThat(out.resolve("campaign.parquet")).exists();

        Cli l = Cli.run("learn", study.toString(), "--out", out.toString());
        assertThat(l.exit()).as(l.err()).isZero();
        assertThat(l.out()).contains("phases.pore.tortuosityFactor.z").contains("gp").contains("forest").contains("(best)");
        assertThat(out.resolve("learn/surrogates.json")).exists();
        assertThat(out.resolve("learn/parity-0-gp.png")).exists();
        assertThat(out.resolve("learn/parity-0-forest.png")).exists();
        String learnJson = Files.readString(out.resolve("learn/learn.json"));
        assertThat(learnJson).contains("\"cvR2\"").contains("\"sobol\"").contains("drying.evaporationRate");

        Path model = out.resolve("learn/surrogates.json");
        Cli o = Cli.run("optimize", study.toString(), "--out", out.toString(), "--surrogate", model.toString(), "--rounds", "3");
        assertThat(o.exit()).as(o.err()).isZero();
        assertThat(o.out()).contains("best feasible evaluation:").contains("predicted by the surrogates");
        List<String> rows = Files.readAllLines(out.resolve("cli-study.surrogate.csv"));
        assertThat(rows).hasSize(1 + 8 + 3);
        assertThat(rows.subList(1, rows.size())).allMatch(line -> line.contains(",DONE,surrogate:surrogates.json,"));
        Cli o2 = Cli.run("optimize", study.toString(), "--out", out.toString(), "--surrogate", model.toString(), "--rounds", "3");
        assertThat(o2.err()).as("resumed: nothing left to evaluate").contains("(11 evaluations already done)").contains("0 new")
                .doesNotContain("proposals");
        Cli onTwin = Cli.run("optimize", study.toString(), "--out", out.toString(), "--rounds", "2", "--metrics", "fractions,tortuosity");
        assertThat(onTwin.exit()).as(onTwin.err()).isZero();
        assertThat(onTwin.err()).contains("optimisation round 2: 1 proposals").contains("run bo-r01-q0 DONE");
        List<String> twinRows = Files.readAllLines(out.resolve("cli-study.csv"));
        assertThat(twinRows).hasSize(11);
        assertThat(twinRows.subList(1, twinRows.size())).allMatch(line -> line.contains(",DONE,twin,"));
        Cli bad = Cli.run("optimize", study.toString(), "--out", out.toString(), "--surrogate", tmp.resolve("none.json").toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.errorLines()[0]).contains("none.json: no surrogate file");

        Cli r = Cli.run("report", study.toString(), "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        String html = Files.readString(out.resolve("report.html"));
        assertThat(html).contains("Convergence").contains("report/parity-0-gp.png").contains("report/parity-0-forest.png")
                .contains("trained by 'electrotwin learn'").contains("data:image/png;base64,").contains("first order")
                .contains("report/convergence-0-surrogate.png");
    }

    @Test
    void twoObjectivesGiveAParetoFront() throws Exception {
        Files.writeString(tmp.resolve("base.yaml"), StudyFixtures.BASE_RECIPE);
        Path study = tmp.resolve("two.yaml");
        Files.writeString(study, STUDY.replace("name: cli-study", "name: two")
                .replace("  - minimize: tortuosity\n", "  - minimize: tortuosity\n  - maximize: phases.am.volumeFraction\n")
                .replace("runs: 8", "runs: 5").replace("optimization: {rounds: 1, batch: 1}\n", ""));
        Path out = tmp.resolve("two");
        Cli c = Cli.run("campaign", study.toString(), "--out", out.toString(), "--metrics", "fractions,tortuosity");
        assertThat(c.exit()).as(c.err()).isZero();
        Cli r = Cli.run("report", study.toString(), "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        String html = Files.readString(out.resolve("report.html"));
        assertThat(html).contains("Pareto front").contains("report/pareto-0-1.png").contains("non-dominated run")
                .contains("needs at least 8 finished runs");
        assertThat(out.resolve("report/pareto-0-1.png")).exists();
        Cli few = Cli.run("learn", study.toString(), "--out", out.toString());
        assertThat(few.exit()).isEqualTo(2);
        assertThat(few.errorLines()[0]).contains("no property is defined by 8 finished runs yet");
        Cli folds = Cli.run("learn", study.toString(), "--out", out.toString(), "--folds", "1");
        assertThat(folds.exit()).isEqualTo(2);
        assertThat(folds.errorLines()[0]).contains("--folds: expected at least 2");
        Cli model = Cli.run("learn", study.toString(), "--out", out.toString(), "--models", "gp,svm");
        assertThat(model.exit()).isEqualTo(2);
        assertThat(model.errorLines()[0]).contains("unknown model 'svm'");
    }

    @Test
    void reportWithoutCampaignExitsTwo() throws Exception {
        Files.writeString(tmp.resolve("base.yaml"), StudyFixtures.BASE_RECIPE);
        Path study = tmp.resolve("study.yaml");
        Files.writeString(study, STUDY);
        Cli r = Cli.run("report", study.toString(), "--out", tmp.resolve("none").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.errorLines()[0]).contains("no campaign database");
    }
}
