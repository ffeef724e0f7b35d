package org.electrotwin.campaign;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.electrotwin.core.InputException;
import org.electrotwin.core.json.Json;
import org.electrotwin.learn.Surrogates;
import org.electrotwin.learn.forest.RandomForestModel;
import org.electrotwin.learn.gp.CrossValidation;
import org.electrotwin.learn.gp.GaussianProcess;
import org.electrotwin.learn.gp.GaussianProcessModel;
import org.electrotwin.learn.gp.Surrogate;
import org.electrotwin.learn.sensitivity.SobolIndices;

/**
 * Surrogates of a study's properties trained on its finished runs: for every output and every model
 * ("gp", "forest"), k-fold cross-validation (R², RMSE, out-of-fold predictions for parity plots), the
 * model fitted on all runs and its Sobol indices over the box of the runs. The result is saved as
 * JSON and loads back into the same predictors: a GP from its training data and fitted
 * hyperparameters (no refit: identical predictions), a forest refitted from its data and seed
 * (deterministic: identical predictions).
 *
 * @param study      the study's name
 * @param parameters parameter names, the column order of every x
 * @param fits       one per (output, model), outputs in the study's order
 */
public record StudySurrogates(String study, List<String> parameters, List<Fit> fits) {

    /** Fewest runs defining an output for it to get a surrogate. */
    public static final int MIN_RUNS = 8;

    /**
     * One model of one output.
     *
     * @param property       dotted property path
     * @param model          registered model name
     * @param seed           seed of the fit (restarts, bootstrap)
     * @param cvFolds        folds of the cross-validation
     * @param cvR2           cross-validated coefficient of determination
     * @param cvRmse         cross-validated root-mean-square error (property units)
     * @param cvPredicted    out-of-fold prediction of each training run
     * @param sobolFirst     first-order Sobol index of each parameter
     * @param sobolTotal     total Sobol index of each parameter
     * @param lower          lower corner of the box of the runs (the GP's input scaling, the Sobol box)
     * @param upper          upper corner
     * @param x              training inputs
     * @param y              training outputs
     * @param gp             fitted GP hyperparameters (null for other models)
     */
    public record Fit(String property, String model, long seed, int cvFolds, double cvR2, double cvRmse, double[] cvPredicted,
                      double[] sobolFirst, double[] sobolTotal, double[] lower, double[] upper, double[][] x, double[] y,
                      GaussianProcess.Hyperparameters gp) {}

    /** Trains every model on every output defined by at least {@link #MIN_RUNS} runs. */
    public static StudySurrogates train(StudyData data, String studyName, List<String> models, int folds, long seed,
                                        java.util.function.Consumer<String> progress) {
        for (String m : models) {
            Surrogates.create(m, seed); // unknown names fail before any work
        }
        List<Fit> fits = new ArrayList<>();
        for (int k = 0; k < data.outputs().size(); k++) {
            StudyData.Column c = data.column(k);
            if (c.y().length < MIN_RUNS) {
                progress.accept(c.property() + ": " + c.y().length + " runs define it, a surrogate needs " + MIN_RUNS + "; skipped");
                continue;
            }
            double[] lo = new double[data.parameters().size()];
            double[] hi = new double[lo.length];
            for (int j = 0; j < lo.length; j++) {
                lo[j] = Double.POSITIVE_INFINITY;
                hi[j] = Double.NEGATIVE_INFINITY;
                for (double[] row : c.x()) {
                    lo[j] = Math.min(lo[j], row[j]);
                    hi[j] = Math.max(hi[j], row[j]);
                }
                if (!(hi[j] > lo[j])) {
                    hi[j] = lo[j] + Math.max(1e-12, Math.abs(lo[j]) * 1e-9);
                }
            }
            int kf = Math.min(folds, c.y().length);
            for (String m : models) {
                CrossValidation cv = CrossValidation.kFold(model(m, seed, lo, hi), c.x(), c.y(), kf, seed);
                Surrogate s = model(m, seed, lo, hi).fit(c.x(), c.y());
                SobolIndices si = SobolIndices.ofSurrogate(s, lo, hi, 4096, seed);
                GaussianProcess.Hyperparameters h = s instanceof GaussianProcess g ? g.hyperparameters() : null;
                fits.add(new Fit(c.property(), m, seed, kf, cv.r2(), cv.rmse(), cv.predicted(), si.firstOrder(), si.total(),
                        lo, hi, c.x(), c.y(), h));
                progress.accept(String.format(java.util.Locale.ROOT, "%s, %s: %d-fold CV R² %.3f, RMSE %.4g (%d runs)",
                        c.property(), m, kf, cv.r2(), cv.rmse(), c.y().length));
            }
        }
        return new StudySurrogates(studyName, data.parameters(), fits);
    }

    /** The GP on the box of the runs (so that a saved GP rebuilds exactly); other models as registered. */
    private static org.electrotwin.learn.gp.SurrogateModel model(String name, long seed, double[] lo, double[] hi) {
        return name.equals("gp") ? GaussianProcessModel.defaults(seed).withBox(lo, hi) : Surrogates.create(name, seed);
    }

    /** The fit of each property with the best cross-validated R² (ties: the first model listed). */
    public Map<String, Fit> best() {
        Map<String, Fit> m = new LinkedHashMap<>();
        for (Fit f : fits) {
            Fit b = m.get(f.property());
            if (b == null || f.cvR2() > b.cvR2()) {
                m.put(f.property(), f);
            }
        }
        return m;
    }

    /** The predictor of a saved fit, rebuilt without optimisation (GP) or by a seeded deterministic refit (forest). */
    public static Surrogate predictor(Fit f) {
        if (f.model().equals("gp")) {
            if (f.gp() == null) {
                throw new InputException("surrogate of " + f.property() + ": a 'gp' fit without hyperparameters; expected them in the model file");
            }
            return GaussianProcessModel.defaults(f.seed()).withBox(f.lower(), f.upper()).withHyperparameters(f.x(), f.y(), f.gp());
        }
        if (f.model().equals("forest")) {
            return RandomForestModel.defaults(f.seed()).fit(f.x(), f.y());
        }
        return Surrogates.create(f.model(), f.seed()).fit(f.x(), f.y());
    }

    public void save(Path file) {
        Json.writeAtomically(file, Json.write(this));
    }

    public static StudySurrogates load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ": no surrogate file; expected the surrogates.json written by 'electrotwin learn'");
        }
        try {
            StudySurrogates s = Json.mapper().readValue(file.toFile(), StudySurrogates.class);
            if (s.parameters() == null || s.fits() == null) {
                throw new InputException(file + ": not a surrogate file; expected 'study', 'parameters' and 'fits'");
            }
            return s;
        } catch (IOException e) {
            throw new InputException(file + ": not a surrogate file (" + e.getMessage().lines().findFirst().orElse("")
                    + "); expected the surrogates.json written by 'electrotwin learn'");
        }
    }
}
