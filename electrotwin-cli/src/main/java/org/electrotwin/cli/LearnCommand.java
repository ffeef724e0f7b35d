package org.electrotwin.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.electrotwin.campaign.CampaignStore;
import org.electrotwin.campaign.Study;
import org.electrotwin.campaign.StudyData;
import org.electrotwin.campaign.StudyReader;
import org.electrotwin.campaign.StudySurrogates;
import org.electrotwin.core.InputException;
import org.electrotwin.core.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code electrotwin learn STUDY}: surrogates of the study's properties from its finished runs,
 * cross-validated, with parity plots and Sobol indices; the trained models are saved for
 * {@code electrotwin optimize --surrogate}.
 */
@Command(name = "learn", mixinStandardHelpOptions = true,
        description = {"Train surrogates (GP, random forest) of a study's properties on its finished runs.",
                "Writes <campaign>/learn/: surrogates.json (the trained models, for 'optimize --surrogate'), learn.json "
                        + "(k-fold CV R²/RMSE, Sobol indices) and parity plots."})
final class LearnCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "STUDY", description = "the study YAML the campaign ran")
    Path studyFile;

    @Option(names = "--out", paramLabel = "DIR", description = "the campaign folder (default: <study name>-campaign)")
    Path out;

    @Option(names = "--models", paramLabel = "LIST", split = ",", description = "surrogate models (default: gp,forest)")
    List<String> models = List.of("gp", "forest");

    @Option(names = "--folds", paramLabel = "K", description = "cross-validation folds (default: 5)")
    int folds = 5;

    @Override
    public Integer call() {
        if (folds < 2) {
            throw new InputException("--folds: expected at least 2, got " + folds);
        }
        Study s = StudyReader.read(studyFile);
        StudyFolder f = StudyFolder.of(s, out).requireDatabase(studyFile);
        StudyData data;
        try (CampaignStore store = CampaignStore.open(f.database())) {
            data = StudyData.of(s, store.runs(s.name()));
        }
        if (data.outputs().isEmpty()) {
            throw new InputException(studyFile + ": the study names no objective, target or constraint; expected properties to learn");
        }
        Progress.say("learning " + data.outputs().size() + " properties from " + data.size() + " finished runs, models " + models);
        StudySurrogates trained = StudySurrogates.train(data, s.name(), models, folds, s.seed(), Progress::say);
        if (trained.fits().isEmpty()) {
            throw new InputException(f.database() + ": no property is defined by " + StudySurrogates.MIN_RUNS
                    + " finished runs yet; expected more runs ('electrotwin campaign " + studyFile + "')");
        }
        Path dir = Folders.create(f.dir().resolve("learn"));
        trained.save(dir.resolve("surrogates.json"));
        List<Path> parity = SurrogatePlots.parity(trained, data.outputs(), dir);
        ObjectNode summary = Json.mapper().createObjectNode();
        summary.put("study", s.name());
        summary.put("runs", data.size());
        ArrayNode fits = summary.putArray("surrogates");
        for (int i = 0; i < trained.fits().size(); i++) {
            StudySurrogates.Fit fit = trained.fits().get(i);
            ObjectNode o = fits.addObject();
            o.put("property", fit.property());
            o.put("model", fit.model());
            o.put("runs", fit.y().length);
            o.put("folds", fit.cvFolds());
            o.put("cvR2", fit.cvR2());
            o.put("cvRmse", fit.cvRmse());
            o.put("best", trained.best().get(fit.property()) == fit);
            ObjectNode sobol = o.putObject("sobol");
            for (int j = 0; j < trained.parameters().size(); j++) {
                sobol.putObject(trained.parameters().get(j)).put("firstOrder", fit.sobolFirst()[j]).put("total", fit.sobolTotal()[j]);
            }
            o.put("parityPlot", dir.relativize(parity.get(i)).toString());
        }
        Json.writeAtomically(dir.resolve("learn.json"), Json.write(summary));
        System.out.printf(Locale.ROOT, "%-40s %-7s %5s %8s %10s%n", "property", "model", "runs", "CV R²", "CV RMSE");
        for (StudySurrogates.Fit fit : trained.fits()) {
            System.out.printf(Locale.ROOT, "%-40s %-7s %5d %8.3f %10.4g%s%n", fit.property(), fit.model(), fit.y().length, fit.cvR2(),
                    fit.cvRmse(), trained.best().get(fit.property()) == fit ? "  (best)" : "");
            int top = 0;
            for (int j = 1; j < fit.sobolTotal().length; j++) {
                top = fit.sobolTotal()[j] > fit.sobolTotal()[top] ? j : top;
            }
            System.out.printf(Locale.ROOT, "    most influential: %s (total Sobol index %.2f of %s)%n", trained.parameters().get(top),
                    fit.sobolTotal()[top], Arrays.toString(Arrays.stream(fit.sobolTotal()).map(v -> Math.round(v * 100) / 100.0).toArray()));
        }
        Progress.say("wrote " + dir.resolve("surrogates.json") + ", " + dir.resolve("learn.json") + " and " + parity.size() + " parity plots");
        return 0;
    }
}
