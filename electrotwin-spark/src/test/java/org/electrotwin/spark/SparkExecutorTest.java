package org.electrotwin.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.electrotwin.campaign.CampaignExecutor;
import org.electrotwin.campaign.CampaignRunner;
import org.electrotwin.campaign.CampaignStore;
import org.electrotwin.campaign.RunRecord;
import org.electrotwin.campaign.RunSpec;
import org.electrotwin.campaign.RunStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failures per run with their reason, Spark's task retries, one row per run, found by name through the SPI. */
class SparkExecutorTest {
    @TempDir
    Path tmp;

    @Test
    void failuresAreRecordedPerRunWithTheirReasonAndTheOthersFinish() throws Exception {
        List<RunSpec> runs = new ArrayList<>(ScriptedTwin.design(6));
        runs.add(new RunSpec("diverges", Map.of("a", -1.0), 7));
        runs.add(new RunSpec("oom", Map.of("a", 101.0), 8));
        try (CampaignStore store = CampaignStore.open(tmp.resolve("c.db"));
             CampaignExecutor spark = CampaignExecutor.open("spark", new CampaignExecutor.Settings(2, "local[2]", 3))) {
            assertThat(spark).isInstanceOf(SparkExecutor.class);
            store.addRuns("c", runs);
            List<CampaignRunner.Progress> seen = new ArrayList<>();
            CampaignRunner.Summary sum = spark.run(store, "c", new ScriptedTwin(0, null, false), tmp.resolve("work"), false, "test", seen::add);
            assertThat(sum.ran()).isEqualTo(8);
            assertThat(sum.done()).isEqualTo(6);
            assertThat(sum.failed()).isEqualTo(2);
            assertThat(seen).hasSize(8);
            Map<String, RunRecord> byKey = store.runs("c").stream().collect(Collectors.toMap(RunRecord::key, Function.identity()));
            assertThat(byKey).hasSize(8);
            assertThat(byKey.get("diverges").status()).isEqualTo(RunStatus.FAILED);
            assertThat(byKey.get("diverges").error()).contains("diverged: negative a");
            assertThat(byKey.get("oom").status()).isEqualTo(RunStatus.FAILED);
            assertThat(byKey.get("oom").error()).contains("OutOfMemoryError");
            for (RunSpec r : ScriptedTwin.design(6)) {
                RunRecord rec = byKey.get(r.key());
                assertThat(rec.status()).isEqualTo(RunStatus.DONE);
                assertThat(rec.attempts()).isEqualTo(1);
                assertThat(rec.propertiesJson()).contains("volumeFraction");
                assertThat(Path.of(rec.artefacts().get("marker"))).hasContent(r.key());
            }

            // failed runs are retried on request only, and finished ones never run again
            assertThat(spark.run(store, "c", new ScriptedTwin(0, null, false), tmp.resolve("work"), false, "test", p -> { }).ran()).isZero();
            assertThat(spark.run(store, "c", new ScriptedTwin(0, null, false), tmp.resolve("work"), true, "test", p -> { }).ran()).isEqualTo(2);
            assertThat(store.runs("c")).hasSize(8);
        }
    }

    @Test
    void tasksSparkRunsAgainAreStoredOnce() throws Exception {
        Path log = tmp.resolve("invocations.log");
        int n = 8;
        // local[2,4]: two cores, a task may fail 3 times before its job fails
        try (CampaignStore store = CampaignStore.open(tmp.resolve("c.db"));
             SparkExecutor spark = SparkExecutor.start(new CampaignExecutor.Settings(2, "local[2,4]", 4))) {
            store.addRuns("c", ScriptedTwin.design(n));
            CampaignRunner.Summary sum = spark.run(store, "c", new ScriptedTwin(0, log, true), tmp.resolve("work"), false, "test", p -> { });
            assertThat(sum.done()).isEqualTo(n);
            List<RunRecord> runs = store.runs("c");
            assertThat(runs).hasSize(n).allMatch(r -> r.status() == RunStatus.DONE).allMatch(r -> r.attempts() == 1);
            assertThat(runs.stream().map(RunRecord::key).distinct().count()).isEqualTo(n);
            assertThat(Files.readAllLines(log)).as("each run's twin ran once: its lost first attempt never reached it").hasSize(n);
        }
    }

    @Test
    void aTaskFailingBeyondSparksRetriesFailsItsRunOnly() throws Exception {
        // local[2]: no task retries, so every first attempt is lost for good; each run of the batch is then tried alone
        try (CampaignStore store = CampaignStore.open(tmp.resolve("c.db"));
             SparkExecutor spark = SparkExecutor.start(new CampaignExecutor.Settings(2, "local[2]", 4))) {
            store.addRuns("c", ScriptedTwin.design(4));
            CampaignRunner.Summary sum = spark.run(store, "c", new ScriptedTwin(0, null, true), tmp.resolve("work"), false, "test", p -> { });
            assertThat(sum.failed()).isEqualTo(4);
            assertThat(store.runs("c")).hasSize(4).allMatch(r -> r.status() == RunStatus.FAILED)
                    .allMatch(r -> r.error().startsWith("spark task failed:") && r.error().contains("simulated lost executor"));
        }
    }
}
