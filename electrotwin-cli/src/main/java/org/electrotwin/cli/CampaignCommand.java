package org.electrotwin.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.electrotwin.campaign.CampaignExport;
import org.electrotwin.campaign.CampaignStore;
import org.electrotwin.campaign.RunStatus;
import org.electrotwin.campaign.Study;
import org.electrotwin.campaign.StudyLoop;
import org.electrotwin.campaign.StudyReader;
import org.electrotwin.campaign.StudyTwin;
import org.electrotwin.pipeline.PropertiesOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code electrotwin campaign STUDY}: design of experiments + Bayesian optimisation, every run in the database; resumes. */
@Command(name = "campaign", mixinStandardHelpOptions = true,
        description = {"Run a study: its design of experiments, then its Bayesian-optimisation rounds.",
                "Every run is stored in an SQLite database; running the same command again resumes where it stopped."})
final class CampaignCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "STUDY", description = "study YAML (see examples/studies/)")
    Path studyFile;

    @Option(names = "--out", paramLabel = "DIR", description = "campaign folder: campaign.db, runs/, campaign.csv, campaign.parquet (default: <study name>-campaign)")
    Path out;

    @Option(names = "--parallel", paramLabel = "N", description = "runs at the same time (default: the study's, else 1; each run uses every core)")
    Integer parallel;

    @Option(names = "--metrics", paramLabel = "LIST", description = "metrics of each run (default: fractions,connectivity,interfaces,psd,tortuosity,conductivity)")
    String metrics = "fractions,connectivity,interfaces,psd,tortuosity,conductivity";

    @Override
    public Integer call() throws InterruptedException {
        Study s = StudyReader.read(studyFile);
        Path dir = out != null ? out : Path.of(s.name() + "-campaign");
        int par = parallel != null ? parallel : Math.max(1, s.parallelism());
        PropertiesOptions o = PropertiesOptions.defaults().withMetrics(metrics);
        try (CampaignStore store = CampaignStore.open(dir.resolve("campaign.db"))) {
            Progress.say("campaign " + s.name() + " in " + dir + " (" + store.counts(s.name()).get(RunStatus.DONE) + " runs already done)");
            StudyLoop.Outcome res = new StudyLoop(s, store, new StudyTwin(s, o), Main.Version.version())
                    .run(par, dir.resolve("runs"), Progress::say);
            CampaignExport.csv(store, s.name(), dir.resolve("campaign.csv"));
            CampaignExport.parquet(store, s.name(), dir.resolve("campaign.parquet"));
            Progress.say("runs: " + store.counts(s.name()) + "; tables " + dir.resolve("campaign.csv") + ", campaign.parquet");
            if (res.best() != null) {
                System.out.println("best feasible run: " + res.best().key() + String.format(Locale.ROOT, " (goal %.4g)", res.bestValue()));
                res.best().parameters().forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-28s %.6g%n", k, v));
            } else {
                System.out.println("no feasible run yet");
            }
        }
        return 0;
    }
}
