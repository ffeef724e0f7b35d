package org.electrotwin.campaign;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs the pending runs of a campaign on a pool of worker threads and stores each result as it
 * finishes. A failed run is recorded with its reason and the others go on; an interrupted
 * campaign resumes from the database (finished runs are never run or stored twice).
 */
public final class CampaignRunner {
    private final CampaignStore store;
    private final String softwareVersion;

    public CampaignRunner(CampaignStore store, String softwareVersion) {
        this.store = store;
        this.softwareVersion = softwareVersion;
    }

    /** Progress after each run: how many of this session's runs are finished, and the last one. */
    public record Progress(int finished, int total, String key, RunStatus status, double wallTimeS, String error) {}

    /** What this call did. */
    public record Summary(int ran, int done, int failed, double wallTimeS) {}

    /**
     * Runs every run still to do of {@code campaign}.
     *
     * @param parallelism worker threads (runs at the same time); each twin may use threads of its own
     * @param workRoot    each run gets {@code workRoot/<key>} for its artefacts
     */
    public Summary run(String campaign, TwinFunction twin, int parallelism, Path workRoot, boolean retryFailed,
                       Consumer<Progress> progress) throws InterruptedException {
        List<RunSpec> todo = store.todo(campaign, retryFailed);
        long t0 = System.nanoTime();
        AtomicInteger finished = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, parallelism), r -> {
            Thread t = new Thread(r, "campaign-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (RunSpec run : todo) {
                futures.add(pool.submit(() -> {
                    if (Thread.currentThread().isInterrupted()) {
                        return;
                    }
                    store.markRunning(campaign, run.key(), softwareVersion);
                    long s = System.nanoTime();
                    RunStatus status;
                    String error = null;
                    try {
                        Path dir = workRoot.resolve(run.key());
                        Files.createDirectories(dir);
                        RunOutput out = twin.run(run, dir);
                        store.complete(campaign, run.key(), out, seconds(s));
                        status = RunStatus.DONE;
                        done.incrementAndGet();
                    } catch (Throwable e) { // a diverging simulation or an out-of-memory fails this run only
                        error = reason(e);
                        store.fail(campaign, run.key(), error, seconds(s));
                        status = RunStatus.FAILED;
                        failed.incrementAndGet();
                        if (e instanceof InterruptedException) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    progress.accept(new Progress(finished.incrementAndGet(), todo.size(), run.key(), status, seconds(s), error));
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("campaign worker failed outside a run", e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new Summary(todo.size(), done.get(), failed.get(), seconds(t0));
    }

    /** One line for the database: the exception and where it came from. */
    static String reason(Throwable e) {
        StringWriter w = new StringWriter();
        w.append(e.toString());
        StackTraceElement[] st = e.getStackTrace();
        if (st.length > 0) {
            w.append(" at ").append(st[0].toString());
        }
        Throwable c = e.getCause();
        if (c != null && c != e) {
            w.append("; caused by ").append(c.toString());
        }
        return w.toString().replaceAll("\\s*\\R\\s*", " ");
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

}
