package org.electrotwin.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Test fixture for "kill -9 a campaign, restart it, lose and repeat nothing", shared with
 * electrotwin-spark's tests through this module's test-jar: runs a campaign in a child JVM, kills it
 * once some runs are DONE in its database, and checks what the restarted campaign stored.
 */
public final class KilledCampaigns {
    private KilledCampaigns() {
    }

    /** {@code java [jvmOptions] -cp <this test's class path> main args...}. */
    public static List<String> childJvm(List<String> jvmOptions, Class<?> main, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /**
     * Starts {@code command}, waits until at least {@code minDone} runs are DONE in {@code db} (or
     * {@code timeout} passes, or the child ends), then kills it forcibly.
     * @return key → properties JSON of the runs DONE when the child was dead
     */
    public static Map<String, String> runThenKill(List<String> command, Path db, int minDone, Duration timeout, Path childOutput)
            throws IOException, InterruptedException {
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(childOutput.toFile()).start();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (readDone(db).size() < minDone && System.nanoTime() < deadline && child.isAlive()) {
            Thread.sleep(50);
        }
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        return readDone(db);
    }

    /** Runs DONE in a campaign database: key → properties JSON; empty while the database or its table does not exist. */
    public static Map<String, String> readDone(Path db) {
        Map<String, String> m = new HashMap<>();
        if (!Files.exists(db)) {
            return m;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + db + "?mode=ro");
             ResultSet rs = c.createStatement().executeQuery("SELECT key, properties FROM runs WHERE status = 'DONE'")) {
            while (rs.next()) {
                m.put(rs.getString(1), rs.getString(2));
            }
        } catch (SQLException e) {
            // the table may not exist yet
        }
        return m;
    }

    /**
     * After the restart: {@code n} runs, all DONE, each key once; the runs DONE before the kill kept
     * their properties and were neither started again (attempts 1) nor invoked again (the twin's log).
     */
    public static void assertResumedWithoutLossOrRepeat(List<RunRecord> runs, int n, Map<String, String> doneBeforeKill,
            Path invocationLog) throws IOException {
        assertThat(runs).hasSize(n).allMatch(r -> r.status() == RunStatus.DONE);
        assertThat(runs.stream().map(RunRecord::key).distinct().count()).isEqualTo(n);
        for (RunRecord r : runs) {
            if (doneBeforeKill.containsKey(r.key())) {
                assertThat(r.propertiesJson()).isEqualTo(doneBeforeKill.get(r.key()));
                assertThat(r.attempts()).as("finished runs are not started again").isEqualTo(1);
            }
        }
        List<String> invocations = Files.readAllLines(invocationLog);
        for (String k : doneBeforeKill.keySet()) {
            assertThat(invocations.stream().filter(k::equals).count()).as(k).isEqualTo(1);
        }
    }
}
