package org.electrotwin.campaign;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Map;

/** A deterministic stand-in twin for campaign tests: properties are a function of parameters and seed; "fail" fails. */
final class SlowTwin implements TwinFunction {
    private final long sleepMs;
    private final Path log;

    SlowTwin(long sleepMs, Path log) {
        this.sleepMs = sleepMs;
        this.log = log;
    }

    @Override
    public RunOutput run(RunSpec run, Path workDir) throws Exception {
        if (log != null) {
            synchronized (SlowTwin.class) {
                Files.writeString(log, run.key() + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
        }
        Thread.sleep(sleepMs);
        double a = run.parameters().getOrDefault("a", 0.0);
        if (a < 0) {
            throw new IllegalStateException("diverged: negative a");
        }
        double porosity = 0.3 + 0.1 * a + (run.seed() % 7) * 1e-3;
        String json = String.format(Locale.ROOT, "{\"phases\":{\"pore\":{\"volumeFraction\":%.12f,\"percolating\":{\"z\":true}}}}", porosity);
        Files.writeString(workDir.resolve("marker.txt"), run.key());
        return new RunOutput(json, Map.of("marker", workDir.resolve("marker.txt").toString()));
    }
}
