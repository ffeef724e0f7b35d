package org.electrotwin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.electrotwin.campaign.StudyFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI finds executors by name; Spark is not in the CLI's classpath, so asking for it is a one-line input error. */
class CampaignExecutorCliTest {
    @TempDir
    Path tmp;

    @Test
    void sparkWithoutItsModuleIsABadInputNamingTheModule() throws Exception {
        Files.writeString(tmp.resolve("base.yaml"), StudyFixtures.BASE_RECIPE);
        Path study = tmp.resolve("study.yaml");
        Files.writeString(study, CampaignCliTest.STUDY);
        Cli c = Cli.run("campaign", study.toString(), "--out", tmp.resolve("c").toString(), "--executor", "spark", "--master", "local[2]");
        assertThat(c.exit()).isEqualTo(2);
        assertThat(c.err().strip()).doesNotContain("\n").contains("--executor spark").contains("[local]").contains("electrotwin-spark");
        assertThat(tmp.resolve("c")).doesNotExist();
    }

    @Test
    void masterNeedsSparkAndUnknownExecutorsAreNamed() throws Exception {
        Files.writeString(tmp.resolve("base.yaml"), StudyFixtures.BASE_RECIPE);
        Path study = tmp.resolve("study.yaml");
        Files.writeString(study, CampaignCliTest.STUDY);
        Cli m = Cli.run("campaign", study.toString(), "--out", tmp.resolve("c").toString(), "--master", "local[2]");
        assertThat(m.exit()).isEqualTo(2);
        assertThat(m.err()).contains("--master local[2]").contains("--executor spark");
        Cli u = Cli.run("campaign", study.toString(), "--out", tmp.resolve("c").toString(), "--executor", "slurm");
        assertThat(u.exit()).isEqualTo(2);
        assertThat(u.err()).contains("--executor slurm: no such executor").contains("[local]");
    }
}
