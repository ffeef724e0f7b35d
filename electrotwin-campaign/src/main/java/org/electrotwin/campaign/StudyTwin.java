package org.electrotwin.campaign;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.electrotwin.core.json.Json;
import org.electrotwin.core.recipe.Recipe;
import org.electrotwin.core.recipe.RecipeReader;
import org.electrotwin.pipeline.PropertiesOptions;
import org.electrotwin.pipeline.Twin;

/**
 * The twin of one campaign run: the study's base recipe with the run's parameters written into
 * it (validated like a file), the run's seed, then {@link Twin#run}. Its recipe, volume and
 * properties stay in the run's folder.
 */
public final class StudyTwin implements TwinFunction {
    private final Study study;
    private final PropertiesOptions options;

    public StudyTwin(Study study, PropertiesOptions options) {
        this.study = study;
        this.options = options;
    }

    /** The recipe of a run: base recipe + parameters (SI with units) + seed. */
    public Recipe recipe(RunSpec run) {
        Map<String, String> overrides = new LinkedHashMap<>(study.fixed());
        for (Study.Range r : study.parameters()) {
            Double v = run.parameters().get(r.path());
            if (v != null) {
                overrides.put(r.path(), r.recipeValue(v));
            }
        }
        study.formulation().ifPresent(s -> s.components().forEach(c -> {
            Double v = run.parameters().get("formulation." + c);
            if (v != null) {
                overrides.put("formulation." + c, String.format(java.util.Locale.ROOT, "%.15g", v));
            }
        }));
        overrides.put("seed", Long.toString(run.seed()));
        try (Reader in = Files.newBufferedReader(study.recipe())) {
            return new RecipeReader().read(study.recipe() + " [run " + run.key() + "]", in, overrides);
        } catch (IOException e) {
            throw new org.electrotwin.core.InputException(study.recipe() + ": cannot read the base recipe (" + e.getMessage() + ")");
        }
    }

    @Override
    public RunOutput run(RunSpec run, Path workDir) {
        Recipe r = recipe(run);
        Twin.Result res = Twin.run(r, Twin.Kind.STOCHASTIC, options, workDir, msg -> { });
        Map<String, String> files = new LinkedHashMap<>();
        res.files().forEach((k, p) -> files.put(k, p.toString()));
        return new RunOutput(Json.write(res.report().properties()), files);
    }
}
