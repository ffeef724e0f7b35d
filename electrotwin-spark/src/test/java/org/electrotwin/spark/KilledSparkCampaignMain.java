package org.electrotwin.spark;

import java.nio.file.Path;
import org.electrotwin.campaign.CampaignExecutor;
import org.electrotwin.campaign.CampaignStore;

/** Run in a child JVM by {@link KilledSparkDriverTest}: a Spark campaign whose driver the test kills half-way. */
public final class KilledSparkCampaignMain {
    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        try (CampaignStore s = CampaignStore.open(db);
             SparkExecutor spark = SparkExecutor.start(new CampaignExecutor.Settings(2, "local[2]", 2))) {
            s.addRuns("c", ScriptedTwin.design(Integer.parseInt(args[1])));
            spark.run(s, "c", new ScriptedTwin(Long.parseLong(args[2]), Path.of(args[3]), false), db.resolveSibling("work"), false,
                    "test", p -> System.out.println("stored " + p.key()));
        }
    }
}
