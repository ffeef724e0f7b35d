package org.electrotwin.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.electrotwin.campaign.CampaignExecutor;
import org.electrotwin.campaign.CampaignStore;
import org.electrotwin.campaign.LocalExecutor;
import org.electrotwin.campaign.PortableStudyTwin;
import org.electrotwin.campaign.RunRecord;
import org.electrotwin.campaign.RunStatus;
import org.electrotwin.campaign.Study;
import org.electrotwin.campaign.StudyLoop;
import org.electrotwin.campaign.StudyReader;
import org.electrotwin.campaign.StudyFixtures;
import org.electrotwin.campaign.StudyTwin;
import org.electrotwin.pipeline.PropertiesOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same study with the local executor and with Spark in local mode: the database holds the same runs and properties. */
class SparkStudyTest {
    @TempDir
    Path tmp;

    static final String STUDY = """
            name: spark-study
            recipe: recipes/base.yaml
            parameters:
              calendering.targetPorosity: [0.30, 0.50]
              drying.evaporationRate: ["0.5 um/s", "4 um/s"]
              formulation:
                active: [0.88, 0.95]
                carbon: [0.01, 0.05]
                binder: [0.03, 0.07]
            objectives:
              - minimize: tortuosity
            design: {method: lhs, runs: 8}
            seed: 11
            """;

    static Path writeStudy(Path dir) throws Exception {
        Files.createDirectories(dir.resolve("recipes"));
        Files.writeString(dir.resolve("recipes/base.yaml"), StudyFixtures.BASE_RECIPE.replace("size: \"16 um\"", "size: \"24 um\""));
        Files.writeString(dir.resolve("study.yaml"), STUDY);
        return dir.resolve("study.yaml");
    }

    @Test
    void sparkLocalModeStoresExactlyWhatTheLocalExecutorStores() throws Exception {
        Path studyFile = writeStudy(tmp);
        Study s = StudyReader.read(studyFile);
        String metrics = "fractions,connectivity,interfaces,tortuosity";
        List<RunRecord> local;
        try (CampaignStore store = CampaignStore.open(tmp.resolve("local/campaign.db"))) {
            new StudyLoop(s, store, new StudyTwin(s, PropertiesOptions.defaults().withMetrics(metrics)), "test")
                    .run(new LocalExecutor(2), tmp.resolve("local/runs"), m -> { });
            local = store.runs(s.name());
        }
        List<RunRecord> spark;
        try (CampaignStore store = CampaignStore.open(tmp.resolve("spark/campaign.db"));
             CampaignExecutor exec = SparkExecutor.start(new CampaignExecutor.Settings(2, "local[2]", 3))) {
            new StudyLoop(s, store, PortableStudyTwin.of(studyFile, metrics), "test").run(exec, tmp.resolve("spark/runs"), m -> { });
            spark = store.runs(s.name());
        }
        assertThat(local).hasSize(8).allMatch(r -> r.status() == RunStatus.DONE);
        assertThat(spark).hasSize(8).allMatch(r -> r.status() == RunStatus.DONE).allMatch(r -> r.attempts() == 1);
        for (int i = 0; i < local.size(); i++) {
            RunRecord l = local.get(i);
            RunRecord k = spark.get(i);
            assertThat(k.key()).isEqualTo(l.key());
            assertThat(k.seed()).isEqualTo(l.seed());
            assertThat(k.parameters()).isEqualTo(l.parameters());
            assertThat(k.propertiesJson()).as(k.key()).isEqualTo(l.propertiesJson()); // byte for byte
            assertThat(k.artefacts().keySet()).isEqualTo(l.artefacts().keySet());
            assertThat(Path.of(k.artefacts().get("volume"))).startsWith(tmp.resolve("spark/runs").toAbsolutePath()).exists();
        }
        // the runs differ from each other: the comparison above is not of identical constants
        assertThat(local.stream().map(RunRecord::propertiesJson).distinct().count()).isEqualTo(8);
    }
}
