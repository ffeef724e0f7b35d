package org.electrotwin.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.electrotwin.campaign.CampaignExecutor;
import org.electrotwin.campaign.CampaignRunner;
import org.electrotwin.campaign.CampaignStore;
import org.electrotwin.campaign.LocalExecutor;

/**
 * By hand, not a test: the executor's own cost per run, from N runs of a twin that does nothing
 * (database writes included), local threads vs Spark local mode. Args: N (default 400), master (default local[2]).
 */
public final class SparkOverheadMain {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        String master = args.length > 1 ? args[1] : "local[2]";
        Path dir = Files.createTempDirectory("spark-overhead");
        ScriptedTwin twin = new ScriptedTwin(0, null, false);
        try (CampaignStore store = CampaignStore.open(dir.resolve("local.db"))) {
            store.addRuns("c", runs(n));
            CampaignRunner.Summary s = new LocalExecutor(2).run(store, "c", twin, dir.resolve("local"), false, "bench", p -> { });
            report("local threads (2)", s, n);
        }
        long t0 = System.nanoTime();
        try (CampaignStore store = CampaignStore.open(dir.resolve("spark.db"));
             SparkExecutor spark = SparkExecutor.start(new CampaignExecutor.Settings(2, master, 0))) {
            System.out.printf(Locale.ROOT, "spark context start: %.2f s%n", (System.nanoTime() - t0) / 1e9);
            store.addRuns("warm-up", ScriptedTwin.design(8));
            spark.run(store, "warm-up", twin, dir.resolve("warm"), false, "bench", p -> { });
            store.addRuns("c", runs(n));
            report("spark " + master, spark.run(store, "c", twin, dir.resolve("spark"), false, "bench", p -> { }), n);
        }
    }

    /** n runs that all succeed (the scripted twin fails a > 100 on purpose). */
    private static java.util.List<org.electrotwin.campaign.RunSpec> runs(int n) {
        return ScriptedTwin.design(n).stream()
                .map(r -> new org.electrotwin.campaign.RunSpec(r.key(), java.util.Map.of("a", r.parameters().get("a") % 100), r.seed()))
                .toList();
    }

    private static void report(String what, CampaignRunner.Summary s, int n) {
        System.out.printf(Locale.ROOT, "%-20s %d runs (%d done) in %.2f s: %.1f ms per run%n", what, n, s.done(), s.wallTimeS(),
                1e3 * s.wallTimeS() / n);
    }
}
