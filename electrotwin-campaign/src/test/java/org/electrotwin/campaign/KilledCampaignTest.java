package org.electrotwin.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                KilledCampaignMain.class.getName(), db.toString(), Integer.toString(n), "300", log.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.out").toFile()).start();

        // wait until a few runs are DONE, then kill -9 the child
        Map<String, String> doneBeforeKill = new HashMap<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (doneBeforeKill.size() < 4 && System.nanoTime() < deadline && child.isAlive()) {
            Thread.sleep(50);
            doneBeforeKill = readDone(db);
        }
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        doneBeforeKill = readDone(db);
        assertThat(doneBeforeKill.size()).as("runs finished before the kill").isBetween(4, n - 1);

        try (CampaignStore s = CampaignStore.open(db)) {
            s.addRuns("c", CampaignStoreTest.design(n)); // the restarted campaign re-adds its design: nothing new
            new CampaignRunner(s, "test").run("c", new SlowTwin(1, log), 2, tmp.resolve("work"), false, p -> { });
            List<RunRecord> runs = s.runs("c");
            assertThat(runs).hasSize(n);
            assertThat(runs).allMatch(r -> r.status() == RunStatus.DONE);
            assertThat(runs.stream().map(RunRecord::key).distinct().count()).isEqualTo(n);
            for (RunRecord r : runs) {
                if (doneBeforeKill.containsKey(r.key())) {
                    assertThat(r.propertiesJson()).isEqualTo(doneBeforeKill.get(r.key()));
                    assertThat(r.attempts()).as("finished runs are not run again").isEqualTo(1);
                }
            }
        }
        List<String> invocations = Files.readAllLines(log);
        for (String k : doneBeforeKill.keySet()) {
            assertThat(invocations.stream().filter(k::equals).count()).as(k).isEqualTo(1);
        }
    }

    private static Map<String, String> readDone(Path db) throws Exception {
        Map<String, String> m = new HashMap<>();
        if (!Files.exists(db)) {
            return m;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + db + "?mode=ro");
             ResultSet rs = c.createStatement().executeQuery("SELECT key, properties FROM runs WHERE status = 'DONE'")) {
            while (rs.next()) {
                m.put(rs.getString(1), rs.getString(2));
            }
        } catch (java.sql.SQLException e) {
            // the table may not exist yet
        }
        return m;
    }
}
