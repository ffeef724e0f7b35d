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
import org.electrotwin.campaign.StudySurrogates;
import org.electrotwin.campaign.StudyTwin;
import org.electrotwin.campaign.SurrogateTwin;
import org.electrotwin.campaign.TwinFunction;
import org.electrotwin.core.InputException;
import org.electrotwin.pipeline.PropertiesOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code electrotwin optimize STUDY}: the study's Bayesian optimisation, on the twin (the study's
 * campaign, extended by {@code --rounds}) or on trained surrogates ({@code --surrogate FILE}: a
 * campaign of its own, {@code <study>.surrogate}, in the same database). Every evaluation is stored
 * with its source before the next proposal, so an interrupted optimisation resumes.
 */
@Command(name = "optimize", mixinStandardHelpOptions = true,
        description = {"Run a study's Bayesian optimisation on the twin or on trained surrogates (--surrogate).",
                "Every evaluation is stored in the campaign database with its source; running the same command again resumes."})
final class OptimizeCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "STUDY", description = "study YAML (see examples/studies/)")
    Path studyFile;

    @Option(names = "--out", paramLabel = "DIR", description = "campaign folder (default: <study name>-campaign)")
    Path out;

    @Option(names = "--surrogate", paramLabel = "FILE", description = "evaluate the surrogates.json written by 'learn' instead of the twin")
    Path surrogate;

    @Option(names = "--rounds", paramLabel = "N", description = "optimisation rounds after the design (default: the study's)")
    Integer rounds;

    @Option(names = "--parallel", paramLabel = "N", description = "runs at the same time (default: the study's, else 1)")
    Integer parallel;

    @Option(names = "--metrics", paramLabel = "LIST", description = "metrics of each twin run (default: fractions,connectivity,interfaces,psd,tortuosity,conductivity)")
    String metrics = "fractions,connectivity,interfaces,psd,tortuosity,conductivity";

    @Override
    public Integer call() throws InterruptedException {
        Study s = StudyReader.read(studyFile);
        if (s.objectives().isEmpty() && s.target().isEmpty()) {
            throw new InputException(studyFile + ": nothing to optimise; expected objectives or a target");
        }
        StudyFolder f = StudyFolder.of(s, out);
        int par = parallel != null ? parallel : Math.max(1, s.parallelism());
        try (CampaignStore store = CampaignStore.open(f.database())) {
            StudyLoop loop;
            Path work;
            if (surrogate == null) {
                TwinFunction twin = new StudyTwin(s, PropertiesOptions.defaults().withMetrics(metrics));
                loop = new StudyLoop(s, store, twin, Main.Version.version());
                work = f.dir().resolve("runs");
            } else {
                SurrogateTwin twin = new SurrogateTwin(s, StudySurrogates.load(surrogate), surrogate);
                loop = new StudyLoop(s, store, twin, Main.Version.version())
                        .inCampaign(s.name() + ".surrogate", "surrogate:" + surrogate.getFileName());
                work = f.dir().resolve("surrogate-runs");
            }
            loop = loop.withRounds(rounds != null ? rounds : s.optimization().rounds());
            Progress.say("optimize " + loop.campaign() + " in " + f.dir() + " on " + (surrogate == null ? "the twin" : "surrogates " + surrogate)
                    + " (" + store.counts(loop.campaign()).get(RunStatus.DONE) + " evaluations already done)");
            StudyLoop.Outcome res = loop.run(par, work, Progress::say);
            Path csv = f.dir().resolve(loop.campaign() + ".csv");
            CampaignExport.csv(store, loop.campaign(), csv);
            CampaignExport.parquet(store, loop.campaign(), f.dir().resolve(loop.campaign() + ".parquet"));
            Progress.say("evaluations: " + store.counts(loop.campaign()) + "; tables " + csv + ", " + loop.campaign() + ".parquet");
            if (res.best() != null) {
                System.out.println("best feasible evaluation: " + res.best().key() + String.format(Locale.ROOT, " (goal %.4g)", res.bestValue())
                        + (surrogate == null ? "" : " — predicted by the surrogates; confirm it on the twin"));
                res.best().parameters().forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-28s %.6g%n", k, v));
            } else {
                System.out.println("no feasible evaluation yet");
            }
        }
        return 0;
    }
}
