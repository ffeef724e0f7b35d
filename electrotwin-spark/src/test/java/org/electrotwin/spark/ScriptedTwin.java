package org.electrotwin.spark;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.TaskContext;
import org.electrotwin.campaign.RunOutput;
import org.electrotwin.campaign.RunSpec;
import org.electrotwin.campaign.TwinFunction;

/**
 * A deterministic stand-in twin for executor tests, serializable like every twin Spark ships:
 * properties are a function of parameters and seed; a < 0 diverges, a > 100 runs out of memory;
 * every invocation is logged; optionally the first attempt of every task is lost (deserialization fails).
 */
final class ScriptedTwin implements TwinFunction, Serializable {
    private static final long serialVersionUID = 1L;
    private final long sleepMs;
    private final String log;
    private final boolean loseFirstAttempts;

    ScriptedTwin(long sleepMs, Path log, boolean loseFirstAttempts) {
        this.sleepMs = sleepMs;
        this.log = log == null ? null : log.toString();
        this.loseFirstAttempts = loseFirstAttempts;
    }

    /** n runs with keys r000.., parameter a = i, seed 1000 + i. */
    static List<RunSpec> design(int n) {
        List<RunSpec> runs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, Double> p = new LinkedHashMap<>();
            p.put("a", (double) i);
            runs.add(new RunSpec(String.format("r%03d", i), p, 1000 + i));
        }
        return runs;
    }

    @Override
    public RunOutput run(RunSpec run, Path workDir) throws Exception {
        if (log != null) {
            synchronized (ScriptedTwin.class) {
                Files.writeString(Path.of(log), run.key() + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
        }
        Thread.sleep(sleepMs);
        double a = run.parameters().getOrDefault("a", 0.0);
        if (a < 0) {
            throw new IllegalStateException("diverged: negative a");
        }
        if (a > 100) {
            throw new OutOfMemoryError("Java heap space (simulated)");
        }
        String json = String.format(Locale.ROOT, "{\"phases\":{\"pore\":{\"volumeFraction\":%.12f}}}", 0.3 + 1e-3 * a + 1e-6 * run.seed());
        Files.writeString(workDir.resolve("marker.txt"), run.key());
        return new RunOutput(json, Map.of("marker", workDir.resolve("marker.txt").toString()));
    }

    /** A lost first attempt: the task fails before the twin runs, as when an executor dies; Spark runs it again. */
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        TaskContext t = TaskContext.get();
        if (loseFirstAttempts && t != null && t.attemptNumber() == 0) {
            throw new IOException("simulated lost executor (task " + t.partitionId() + ", attempt 0)");
        }
    }
}
