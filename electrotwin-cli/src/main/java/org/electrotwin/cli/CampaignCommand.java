package org.electrotwin.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.electrotwin.campaign.CampaignExecutor;
import org.electrotwin.campaign.CampaignExport;
import org.electrotwin.campaign.CampaignStore;
import org.electrotwin.campaign.PortableStudyTwin;
import org.electrotwin.campaign.RunStatus;
import org.electrotwin.campaign.Study;
import org.electrotwin.campaign.StudyLoop;
import org.electrotwin.campaign.StudyReader;
import org.electrotwin.campaign.StudyTwin;
import org.electrotwin.campaign.TwinFunction;
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

    @Option(names = "--executor", paramLabel = "NAME", description = "where runs execute: local (threads, default) or spark (needs the electrotwin-spark module; see README 'Scaling out')")
    String executor = "local";

    @Option(names = "--master", paramLabel = "URL", description = "Spark master, e.g. local[2] or spark://host:7077 (with --executor spark; default local[N] with N = --parallel)")
    String master;

    @Option(names = "--artefacts", paramLabel = "DIR", description = "folder of the run folders (volumes); on a cluster a path every worker can write (default: <out>/runs)")
    Path artefacts;

    @Option(names = "--batch", paramLabel = "N", description = "runs per Spark job and database transaction (default: 2 x the cores)")
    int batch;

    @Override
    public Integer call() throws InterruptedException {
        Study s = StudyReader.read(studyFile);
        StudyFolder folder = StudyFolder.of(s, out);
        Path dir = folder.dir();
        int par = parallel != null ? parallel : Math.max(1, s.parallelism());
        PropertiesOptions o = PropertiesOptions.defaults().withMetrics(metrics);
        // an executor in other JVMs gets the twin as texts it can rebuild there; the local one runs it as it is
        TwinFunction twin = executor.equals("local") ? new StudyTwin(s, o) : PortableStudyTwin.of(studyFile, metrics);
        if (master != null && executor.equals("local")) {
            throw new org.electrotwin.core.InputException("--master " + master + ": a Spark master needs --executor spark");
        }
        try (CampaignExecutor exec = CampaignExecutor.open(executor, new CampaignExecutor.Settings(par, master, batch));
             CampaignStore store = CampaignStore.open(folder.database())) {
            Progress.say("campaign " + s.name() + " in " + dir + " (" + store.counts(s.name()).get(RunStatus.DONE) + " runs already done)");
            StudyLoop.Outcome res = new StudyLoop(s, store, twin, Main.Version.version())
                    .run(exec, artefacts != null ? artefacts : dir.resolve("runs"), Progress::say);
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
