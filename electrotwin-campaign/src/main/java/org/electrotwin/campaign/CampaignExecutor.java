package org.electrotwin.campaign;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import org.electrotwin.core.InputException;

/**
 * Where the runs of a campaign execute: {@code local} (threads of this JVM) or, with the
 * optional electrotwin-spark module on the classpath, {@code spark}. Executors are found by name
 * through {@link ServiceLoader}, so the CLI needs no compile-time dependency on Spark.
 *
 * <p>Contract: the runs are computed by {@link RunAttempt#of} wherever they run, and only the
 * calling JVM writes to the {@link CampaignStore}, so an interrupted campaign resumes the same way
 * whatever the executor.
 */
public interface CampaignExecutor extends AutoCloseable {

    /**
     * Runs every run still to do of {@code campaign} and stores each result.
     *
     * @param twin     for executors that ship runs to other JVMs it must be {@link java.io.Serializable}
     *                 (e.g. {@link PortableStudyTwin})
     * @param workRoot each run gets {@code workRoot/<key>} for its artefacts; a path every worker sees
     */
    CampaignRunner.Summary run(CampaignStore store, String campaign, TwinFunction twin, Path workRoot, boolean retryFailed,
                               String softwareVersion, Consumer<CampaignRunner.Progress> progress) throws InterruptedException;

    /** Releases the executor's resources (a Spark context); the local executor has none. */
    @Override
    void close();

    /**
     * How to start an executor.
     *
     * @param parallelism runs at the same time (local threads; Spark's {@code local[N]} when no master is given)
     * @param master      Spark master URL, or null for the one spark-submit set (else local mode)
     * @param batchSize   runs per database transaction and Spark job, or 0 for the executor's default
     */
    record Settings(int parallelism, String master, int batchSize) {
        public static Settings local(int parallelism) {
            return new Settings(parallelism, null, 0);
        }
    }

    /** A named executor, registered in {@code META-INF/services/org.electrotwin.campaign.CampaignExecutor$Provider}. */
    interface Provider {
        String name();

        CampaignExecutor open(Settings settings);
    }

    /** The executor registered under {@code name}; one line naming what exists when it is not on the classpath. */
    static CampaignExecutor open(String name, Settings settings) {
        List<String> names = new ArrayList<>();
        for (Provider p : ServiceLoader.load(Provider.class, CampaignExecutor.class.getClassLoader())) {
            if (p.name().equals(name)) {
                return p.open(settings);
            }
            names.add(p.name());
        }
        String hint = name.equals("spark")
                ? " (the spark executor is the optional electrotwin-spark module: run through ./electrotwin, which adds it and Spark to the classpath; see README 'Scaling out')"
                : "";
        throw new InputException("--executor " + name + ": no such executor on the classpath; expected one of " + names + hint);
    }
}
