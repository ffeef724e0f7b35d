package org.electrotwin.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.electrotwin.campaign.CampaignExecutor;
import org.electrotwin.campaign.CampaignRunner;
import org.electrotwin.campaign.CampaignStore;
import org.electrotwin.campaign.RunAttempt;
import org.electrotwin.campaign.RunSpec;
import org.electrotwin.campaign.RunStatus;
import org.electrotwin.campaign.TwinFunction;

/**
 * The campaign executor on Apache Spark. The pending runs become datasets of {@link RunSpec}s
 * (one partition, hence one task, per run); each task computes {@link RunAttempt#of}, the code
 * the local executor runs, and returns the properties JSON and the artefact paths (the artefacts
 * themselves stay under the shared work root). The driver alone writes the database, one
 * transaction per batch, by run key: a task Spark re-runs cannot add a row, and a campaign
 * whose driver died resumes like a local one.
 *
 * <p>All batches are submitted at once as asynchronous jobs: Spark's FIFO scheduler keeps every
 * core busy across batch boundaries, and the driver stores each batch as soon as it is complete.
 */
public final class SparkExecutor implements CampaignExecutor {
    private static final long POLL_MS = 100;

    private final JavaSparkContext sc;
    private final int batchSize;

    public SparkExecutor(JavaSparkContext sc, int batchSize) {
        this.sc = sc;
        this.batchSize = batchSize > 0 ? batchSize : 2 * Math.max(1, sc.defaultParallelism());
    }

    /**
     * Starts a Spark context: on {@code settings.master()}, else on the master spark-submit set,
     * else in local mode with {@code settings.parallelism()} cores. Spark's web UI stays off.
     */
    public static SparkExecutor start(Settings settings) {
        SparkConf conf = new SparkConf().setAppName("electrotwin campaign");
        if (settings.master() != null) {
            conf.setMaster(settings.master());
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[" + Math.max(1, settings.parallelism()) + "]");
        }
        conf.setIfMissing("spark.ui.enabled", "false");
        if (conf.get("spark.master").startsWith("local")) {
            // one machine: no network interface but loopback is needed, and Spark's INFO lines would drown the progress
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            SparkLogging.quiet();
        }
        return new SparkExecutor(new JavaSparkContext(conf), settings.batchSize());
    }

    public JavaSparkContext context() {
        return sc;
    }

    /** A batch of runs in flight as one Spark job. */
    private record Batch(List<RunSpec> runs, JavaFutureAction<List<RunAttempt>> job) {}

    @Override
    public CampaignRunner.Summary run(CampaignStore store, String campaign, TwinFunction twin, Path workRoot, boolean retryFailed,
                                      String softwareVersion, Consumer<CampaignRunner.Progress> progress) throws InterruptedException {
        if (!(twin instanceof Serializable)) {
            throw new IllegalArgumentException("the spark executor ships the twin to its workers: expected a Serializable TwinFunction "
                    + "(e.g. PortableStudyTwin), got " + twin.getClass().getName());
        }
        List<RunSpec> todo = store.todo(campaign, retryFailed);
        long t0 = System.nanoTime();
        RunTask task = new RunTask(twin, workRoot.toAbsolutePath().toString());
        List<Batch> inFlight = new ArrayList<>();
        for (int from = 0; from < todo.size(); from += batchSize) {
            List<RunSpec> runs = todo.subList(from, Math.min(todo.size(), from + batchSize));
            store.inTransaction(() -> runs.forEach(r -> store.markRunning(campaign, r.key(), softwareVersion)));
            inFlight.add(submit(runs, task));
        }
        int finished = 0;
        int done = 0;
        try {
            while (!inFlight.isEmpty()) {
                boolean progressed = false;
                for (Iterator<Batch> it = inFlight.iterator(); it.hasNext(); ) {
                    Batch b = it.next();
                    if (!b.job().isDone()) {
                        continue;
                    }
                    it.remove();
                    progressed = true;
                    List<RunAttempt> attempts;
                    try {
                        attempts = b.job().get();
                    } catch (ExecutionException e) {
                        attempts = null;
                        if (b.runs().size() > 1) {
                            // a task failed beyond Spark's retries (a lost worker, a killed JVM): find which run by running each alone
                            for (RunSpec r : b.runs()) {
                                inFlight.add(submit(List.of(r), task));
                            }
                        } else {
                            attempts = List.of(RunAttempt.failed(b.runs().get(0).key(), "spark task failed: " + oneLine(e.getCause()), 0));
                        }
                    }
                    if (attempts != null) {
                        List<RunAttempt> batch = attempts;
                        store.inTransaction(() -> batch.forEach(a -> a.store(store, campaign)));
                        for (RunAttempt a : batch) {
                            done += a.status() == RunStatus.DONE ? 1 : 0;
                            progress.accept(new CampaignRunner.Progress(++finished, todo.size(), a.key(), a.status(), a.wallTimeS(), a.error()));
                        }
                    }
                    break; // the list changed: start the scan again
                }
                if (!progressed) {
                    Thread.sleep(POLL_MS);
                }
            }
        } finally {
            for (Batch b : inFlight) {
                b.job().cancel(true);
            }
        }
        return new CampaignRunner.Summary(todo.size(), done, finished - done, (System.nanoTime() - t0) / 1e9);
    }

    private Batch submit(List<RunSpec> runs, RunTask task) {
        return new Batch(runs, sc.parallelize(new ArrayList<>(runs), runs.size()).map(task).collectAsync());
    }

    private static String oneLine(Throwable e) {
        String s = String.valueOf(e);
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    @Override
    public void close() {
        sc.stop();
    }

    /** One Spark task: one run of the twin, on whichever worker Spark chose. */
    static final class RunTask implements Function<RunSpec, RunAttempt> {
        private static final long serialVersionUID = 1L;
        private final TwinFunction twin;
        private final String workRoot;

        RunTask(TwinFunction twin, String workRoot) {
            this.twin = twin;
            this.workRoot = workRoot;
        }

        @Override
        public RunAttempt call(RunSpec run) {
            return RunAttempt.of(twin, run, Path.of(workRoot));
        }
    }

    /** Registered as {@code spark}. */
    public static final class Provider implements CampaignExecutor.Provider {
        @Override
        public String name() {
            return "spark";
        }

        @Override
        public CampaignExecutor open(Settings settings) {
            return start(settings);
        }
    }
}
