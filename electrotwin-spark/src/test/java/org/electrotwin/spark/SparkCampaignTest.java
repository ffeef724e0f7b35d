package org.electrotwin.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.electrotwin.core.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spark-submit entry point: bad input is one line before Spark starts; the Java 17 flags come from the build. */
class SparkCampaignTest {
    @TempDir
    Path tmp;

    @Test
    void badArgumentsAreOneLineInputErrors() throws Exception {
        assertThatThrownBy(SparkCampaign::run).isInstanceOf(InputException.class).hasMessageContaining("usage: SparkCampaign STUDY");
        assertThatThrownBy(() -> SparkCampaign.run(tmp.resolve("none.yaml").toString()))
                .isInstanceOf(InputException.class).hasMessageContaining("no such study file");
        Path study = SparkStudyTest.writeStudy(tmp);
        assertThatThrownBy(() -> SparkCampaign.run(study.toString(), "--workers", "3"))
                .isInstanceOf(InputException.class).hasMessageContaining("unknown option --workers");
        assertThatThrownBy(() -> SparkCampaign.run(study.toString(), "--batch", "-1"))
                .isInstanceOf(InputException.class).hasMessageContaining("--batch -1: expected a whole number >= 0");
        assertThat(tmp.resolve("spark-study-campaign")).doesNotExist();
    }

    @Test
    void javaOptionsAreTheBuildsList() {
        assertThat(SparkCampaign.javaOptions()).contains("--add-opens=java.base/java.nio=ALL-UNNAMED",
                "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED")
                .allMatch(o -> o.startsWith("--add-opens=java.base/") || o.startsWith("-D"));
        assertThat(SparkCampaign.version()).doesNotContain("${").isNotBlank();
    }
}
