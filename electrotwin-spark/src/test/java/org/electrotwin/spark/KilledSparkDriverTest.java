package org.electrotwin.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.electrotwin.campaign.CampaignExecutor;
import org.electrotwin.campaign.CampaignStore;
import org.electrotwin.campaign.KilledCampaigns;
import org.electrotwin.campaign.RunRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills the Spark driver (kill -9) mid-campaign, restarts it, and finds every finished run exactly once. */
class KilledSparkDriverTest {
    @TempDir
    Path tmp;

    @Test
    void killedDriverResumesWithoutLosingOrDuplicatingRuns() throws Exception {
        Path db = tmp.resolve("campaign.db");
        Path log = tmp.resolve("invocations.log");
        Path driverOut = tmp.resolve("driver.out");
        int n = 16;
        List<String> jvmOptions = new ArrayList<>(List.of("-Xmx512m"));
        jvmOptions.addAll(SparkCampaign.javaOptions());
        // kill -9 the driver (and with it, in local mode, its executor) once a few runs are stored
        Map<String, String> doneBeforeKill = KilledCampaigns.runThenKill(
                KilledCampaigns.childJvm(jvmOptions, KilledSparkCampaignMain.class, db.toString(), Integer.toString(n), "400", log.toString()),
                db, 4, Duration.ofSeconds(90), driverOut);
        assertThat(doneBeforeKill.size()).as("runs stored before the kill; driver said:%n%s", Files.exists(driverOut)
                ? Files.readString(driverOut) : "").isBetween(4, n - 1);

        try (CampaignStore s = CampaignStore.open(db); // the dead driver's lock is gone with it
             SparkExecutor spark = SparkExecutor.start(new CampaignExecutor.Settings(2, "local[2]", 2))) {
            s.addRuns("c", ScriptedTwin.design(n)); // the restarted campaign re-adds its design: nothing new
            spark.run(s, "c", new ScriptedTwin(1, log, false), tmp.resolve("work"), false, "test", p -> { });
            List<RunRecord> runs = s.runs("c");
            KilledCampaigns.assertResumedWithoutLossOrRepeat(runs, n, doneBeforeKill, log);
            assertThat(runs).filteredOn(r -> !doneBeforeKill.containsKey(r.key()))
                    .as("runs started before the kill and run again").allMatch(r -> r.attempts() >= 1 && r.attempts() <= 2);
        }
        assertThat(Files.readAllLines(log).stream().distinct().count()).as("every run ran").isEqualTo(n);
    }
}
