package org.electrotwin.campaign;

import java.nio.file.Path;

/** Run in a child JVM by {@link KilledCampaignTest}: a campaign that the test kills half-way. */
public final class KilledCampaignMain {
    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        try (CampaignStore s = CampaignStore.open(db)) {
            s.addRuns("c", CampaignStoreTest.design(Integer.parseInt(args[1])));
            new CampaignRunner(s, "test").run("c", new SlowTwin(Long.parseLong(args[2]), Path.of(args[3])), 2,
                    db.resolveSibling("work"), false, p -> { });
        }
    }
}
