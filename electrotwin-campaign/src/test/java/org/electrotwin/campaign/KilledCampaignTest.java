package org.electrotwin.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a campaign process mid-run, restarts it, and finds every finished run exactly once. */
class KilledCampaignTest {
    @TempDir
    Path tmp;

    @Test
    void killedCampaignResumesWithoutLosingOrDuplicatingRuns() throws Exception {
        Path db = tmp.resolve("campaign.db");
        Path log = tmp.resolve("invocations.log");
        int n = 16;
        Map<String, String> doneBeforeKill = KilledCampaigns.runThenKill(
                KilledCampaigns.childJvm(List.of(), KilledCampaignMain.class, db.toString(), Integer.toString(n), "300", log.toString()),
                db, 4, Duration.ofSeconds(60), tmp.resolve("child.out"));
        assertThat(doneBeforeKill.size()).as("runs finished before the kill").isBetween(4, n - 1);

        try (CampaignStore s = CampaignStore.open(db)) {
            s.addRuns("c", CampaignStoreTest.design(n)); // the restarted campaign re-adds its design: nothing new
            new CampaignRunner(s, "test").run("c", new SlowTwin(1, log), 2, tmp.resolve("work"), false, p -> { });
            KilledCampaigns.assertResumedWithoutLossOrRepeat(s.runs("c"), n, doneBeforeKill, log);
        }
    }
}
