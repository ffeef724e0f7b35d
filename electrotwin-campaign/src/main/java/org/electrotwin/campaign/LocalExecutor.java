package org.electrotwin.campaign;

import java.nio.file.Path;
import java.util.function.Consumer;

/** The default executor: the runs on a pool of threads of this JVM ({@link CampaignRunner}). */
public final class LocalExecutor implements CampaignExecutor {
    private final int parallelism;

    public LocalExecutor(int parallelism) {
        this.parallelism = Math.max(1, parallelism);
    }

    @Override
    public CampaignRunner.Summary run(CampaignStore store, String campaign, TwinFunction twin, Path workRoot, boolean retryFailed,
                                      String softwareVersion, Consumer<CampaignRunner.Progress> progress) throws InterruptedException {
        return new CampaignRunner(store, softwareVersion).run(campaign, twin, parallelism, workRoot, retryFailed, progress);
    }

    @Override
    public void close() {
        // threads end with each run() call
    }

    /** Registered as {@code local}. */
    public static final class Provider implements CampaignExecutor.Provider {
        @Override
        public String name() {
            return "local";
        }

        @Override
        public CampaignExecutor open(Settings settings) {
            return new LocalExecutor(settings.parallelism());
        }
    }
}
