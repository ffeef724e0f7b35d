package org.electrotwin.campaign;

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
                    RunAttempt a = RunAttempt.of(twin, run, workRoot);
                    a.store(store, campaign);
                    (a.status() == RunStatus.DONE ? done : failed).incrementAndGet();
                    progress.accept(new Progress(finished.incrementAndGet(), todo.size(), run.key(), a.status(), a.wallTimeS(), a.error()));
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

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

}
