package org.electrotwin.campaign;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.electrotwin.core.InputException;
import org.electrotwin.core.json.Json;
import org.electrotwin.learn.gp.Prediction;
import org.electrotwin.learn.gp.Surrogate;

/**
 * A stand-in for the twin that answers from trained surrogates: each property the study needs is
 * the posterior mean of its best cross-validated model at the run's parameters. The properties
 * JSON carries the predictions at their usual paths, plus, under {@code surrogate}, the model and
 * the posterior standard deviation of each, so the optimisation loop and exports read it like a twin's.
 */
public final class SurrogateTwin implements TwinFunction {
    private final List<String> parameters;
    private final Map<String, Surrogate> predictors = new LinkedHashMap<>();
    private final Map<String, String> models = new LinkedHashMap<>();

    /**
     * @param file where the surrogates came from (for messages)
     * @throws InputException when the surrogates were trained on other parameters or miss a property the study needs
     */
    public SurrogateTwin(Study study, StudySurrogates surrogates, Path file) {
        this.parameters = study.parameterNames();
        if (!surrogates.parameters().equals(parameters)) {
            throw new InputException(file + ": surrogates trained on parameters " + surrogates.parameters()
                    + "; expected the study's " + parameters);
        }
        Map<String, StudySurrogates.Fit> best = surrogates.best();
        for (String p : StudyData.of(study, List.of()).outputs()) {
            StudySurrogates.Fit f = best.get(p);
            if (f == null) {
                throw new InputException(file + ": no surrogate of " + p + "; expected 'electrotwin learn' on a campaign with at least "
                        + StudySurrogates.MIN_RUNS + " finished runs defining it");
            }
            predictors.put(p, StudySurrogates.predictor(f));
            models.put(p, f.model());
        }
    }

    /** The prediction of every property at one parameter set, by property path: {mean, variance}. */
    public Map<String, double[]> predict(Map<String, Double> params) {
        double[] x = new double[parameters.size()];
        for (int j = 0; j < x.length; j++) {
            Double v = params.get(parameters.get(j));
            if (v == null) {
                throw new InputException("surrogate twin: run has no value for parameter " + parameters.get(j));
            }
            x[j] = v;
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        predictors.forEach((p, s) -> {
            Prediction pr = s.predict(new double[][] {x});
            out.put(p, new double[] {pr.mean()[0], pr.variance()[0]});
        });
        return out;
    }

    @Override
    public RunOutput run(RunSpec run, Path workDir) {
        ObjectNode root = Json.mapper().createObjectNode();
        ObjectNode model = root.putObject("surrogate").putObject("model");
        ObjectNode sd = ((ObjectNode) root.get("surrogate")).putObject("stdDev");
        predict(run.parameters()).forEach((p, mv) -> {
            PropertyPaths.put(root, p, mv[0]);
            sd.put(p, Math.sqrt(Math.max(0, mv[1])));
            model.put(p, models.get(p));
        });
        return new RunOutput(Json.write(root), Map.of());
    }
}
