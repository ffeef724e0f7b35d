package org.electrotwin.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.electrotwin.campaign.CampaignExecutor;
import org.electrotwin.campaign.CampaignStore;
import org.electrotwin.campaign.RunRecord;
import org.electrotwin.campaign.RunStatus;
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
        int n = 16;
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx512m");
        cmd.addAll(SparkCampaign.javaOptions());
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), KilledSparkCampaignMain.class.getName(),
                db.toString(), Integer.toString(n), "400", log.toString()));
        Process driver = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("driver.out").toFile()).start();

        // wait until a few runs are stored, then kill -9 the driver (and with it, in local mode, its executor)
        Map<String, String> doneBeforeKill = new HashMap<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (doneBeforeKill.size() < 4 && System.nanoTime() < deadline && driver.isAlive()) {
            Thread.sleep(50);
            doneBeforeKill = readDone(db);
        }
        driver.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        doneBeforeKill = readDone(db);
        assertThat(doneBeforeKill.size()).as("runs stored before the kill; driver said:%n%s", Files.exists(tmp.resolve("driver.out"))
                ? Files.readString(tmp.resolve("driver.out")) : "").isBetween(4, n - 1);

        try (CampaignStore s = CampaignStore.open(db); // the dead driver's lock is gone with it
             SparkExecutor spark = SparkExecutor.start(new CampaignExecutor.Settings(2, "local[2]", 2))) {
            s.addRuns("c", ScriptedTwin.design(n)); // the restarted campaign re-adds its design: nothing new
            spark.run(s, "c", new ScriptedTwin(1, log, false), tmp.resolve("work"), false, "test", p -> { });
            List<RunRecord> runs = s.runs("c");
            assertThat(runs).hasSize(n).allMatch(r -> r.status() == RunStatus.DONE);
            assertThat(runs.stream().map(RunRecord::key).distinct().count()).isEqualTo(n);
            for (RunRecord r : runs) {
                if (doneBeforeKill.containsKey(r.key())) {
                    assertThat(r.propertiesJson()).isEqualTo(doneBeforeKill.get(r.key()));
                    assertThat(r.attempts()).as("finished runs are not started again").isEqualTo(1);
                } else {
                    assertThat(r.attempts()).as("runs started before the kill and run again").isBetween(1, 2);
                }
            }
        }
        List<String> invocations = Files.readAllLines(log);
        for (String k : doneBeforeKill.keySet()) {
            assertThat(invocations.stream().filter(k::equals).count()).as(k).isEqualTo(1);
        }
        assertThat(invocations.stream().distinct().count()).as("every run ran").isEqualTo(n);
    }

    private static Map<String, String> readDone(Path db) {
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
