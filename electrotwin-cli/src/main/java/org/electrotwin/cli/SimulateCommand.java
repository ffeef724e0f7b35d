package org.electrotwin.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.electrotwin.cli.report.Plots;
import org.electrotwin.core.recipe.Recipe;
import org.electrotwin.core.recipe.RecipeReader;
import org.electrotwin.core.volume.LabeledVolume;
import org.electrotwin.io.VolumeIO;
import org.electrotwin.pipeline.ProcessTwin;
import org.electrotwin.process.stage.DryingStage;
import org.electrotwin.process.stage.ProcessRun;
import org.electrotwin.process.stage.ProcessSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code electrotwin simulate RECIPE --out DIR}: the process twin (particle engine), resumable stage by stage. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Run the process twin: slurry -> drying -> calendering (DEM), then voxelise.",
                "Each finished stage leaves a checkpoint in DIR; running again resumes after the last one."})
final class SimulateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "RECIPE")
    Path recipe;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder: curves (CSV), trajectory.dump (OVITO), LAMMPS data/input, checkpoints, volume.tif")
    Path out;

    @Option(names = "--stages", defaultValue = "slurry,drying,calendering", description = "stages to run (default all)")
    String stages;

    @Option(names = "--voxel-size", paramLabel = "LENGTH", description = "voxel size of the output volume (default: the recipe's)")
    String voxelSize;

    @Option(names = "--drying-rates", paramLabel = "FACTORS", split = ",",
            description = "also dry the slurry at the recipe's evaporation rate times each factor (e.g. 0.01,0.1,1):"
                    + " binder migration vs Peclet number in cbd_profile_rates.csv/.png")
    double[] dryingRates;

    @Override
    public Integer call() {
        Recipe r = new RecipeReader().read(recipe);
        ProcessSpec spec = ProcessTwin.spec(r);
        List<String> st = Arrays.stream(stages.split(",")).map(String::strip).toList();
        Progress.say("process twin of " + r.name() + ": stages " + st + " into " + out);
        ProcessRun.Outcome o = ProcessRun.run(spec, out, st);
        o.summary().forEach(Progress::say);
        double voxel = r.domain().voxelSizeM();
        if (voxelSize != null) {
            try {
                voxel = org.electrotwin.core.units.Units.toSi(voxelSize, org.electrotwin.core.units.Dimension.LENGTH);
            } catch (IllegalArgumentException e) {
                throw new org.electrotwin.core.InputException("--voxel-size: " + e.getMessage());
            }
        }
        if (dryingRates != null && dryingRates.length > 0) {
            Map<String, double[][]> series = new LinkedHashMap<>();
            for (DryingStage.Result d : ProcessRun.dryingRateStudy(spec, out, dryingRates)) {
                Progress.say(String.format(Locale.ROOT, "drying at Pe %.3g: CBD top-third enrichment %.3f, porosity %.3f",
                        d.peclet().peclet(), d.topThirdEnrichment(), d.filmPorosity()));
                double[] z = new double[d.cbdProfile().length];
                for (int b = 0; b < z.length; b++) {
                    z[b] = (b + 0.5) / z.length;
                }
                series.put(String.format(Locale.ROOT, "Pe %.3g", d.peclet().peclet()), new double[][] {z, d.cbdProfile()});
            }
            Plots.line(out.resolve("cbd_profile_rates.png"), "Binder migration: CBD through the dried film",
                    "height / thickness", "CBD share of the solid", series);
            Progress.say("wrote " + out.resolve("cbd_profile_rates.csv") + " and .png");
        }
        LabeledVolume v = o.voxelize(spec, voxel);
        Path vol = out.resolve("volume.tif");
        VolumeIO.write(vol, v);
        Progress.say("wrote " + vol + " (" + v.nx() + "x" + v.ny() + "x" + v.nz() + ")");
        return 0;
    }
}
