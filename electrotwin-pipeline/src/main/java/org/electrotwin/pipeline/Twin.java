package org.electrotwin.pipeline;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.electrotwin.core.json.Json;
import org.electrotwin.core.recipe.Recipe;
import org.electrotwin.core.volume.LabeledVolume;
import org.electrotwin.io.VolumeIO;

/**
 * The whole twin as one call: recipe → microstructure → properties, with its files in one
 * folder ({@code volume.tif}, {@code properties.json}). What {@code electrotwin run}, the demo
 * and every campaign run do.
 */
public final class Twin {
    /** Which twin makes the microstructure. */
    public enum Kind { STOCHASTIC }

    /** The microstructure, its properties and the files written (name → path). */
    public record Result(LabeledVolume volume, PropertiesCalculator.Report report, Map<String, Path> files, double wallTimeS) {}

    /** Cap on voxels through the film, so that thick coatings stay within memory and time. */
    public static final int MAX_THICKNESS_VOXELS = 400;

    private Twin() {}

    public static Result run(Recipe recipe, Kind kind, PropertiesOptions options, Path outDir, Consumer<String> progress) {
        long t0 = System.nanoTime();
        progress.accept("generating the " + kind.name().toLowerCase(java.util.Locale.ROOT) + " twin of " + recipe.name());
        LabeledVolume v = StochasticTwin.generate(recipe, MAX_THICKNESS_VOXELS).volume();
        Map<String, Path> files = new LinkedHashMap<>();
        if (outDir != null) {
            try {
                java.nio.file.Files.createDirectories(outDir);
            } catch (java.io.IOException e) {
                throw new org.electrotwin.core.InputException(outDir + ": cannot create the output folder (" + e.getMessage() + ")");
            }
            Path vol = outDir.resolve("volume.tif");
            VolumeIO.write(vol, v);
            files.put("volume", vol);
        }
        PropertiesCalculator.Report r = PropertiesCalculator.compute(v, options.withConductivities(RecipeConductivities.of(recipe)), progress);
        if (outDir != null) {
            Path json = outDir.resolve("properties.json");
            Json.write(json, r.properties());
            files.put("properties", json);
        }
        return new Result(v, r, files, (System.nanoTime() - t0) / 1e9);
    }
}
