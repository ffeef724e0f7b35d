package org.electrotwin.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.electrotwin.core.InputException;
import org.electrotwin.core.recipe.Recipe;
import org.electrotwin.core.recipe.RecipeReader;
import org.electrotwin.core.units.Units;
import org.electrotwin.core.volume.LabeledVolume;
import org.electrotwin.core.volume.PhaseTable;
import org.electrotwin.generate.Calibration;
import org.electrotwin.generate.Generators;
import org.electrotwin.generate.MicrostructureModel;
import org.electrotwin.generate.ModelParams;
import org.electrotwin.generate.Param;
import org.electrotwin.io.VolumeIO;
import org.electrotwin.pipeline.StochasticTwin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code electrotwin generate}: stochastic microstructures from a recipe or a named model, optionally calibrated. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Generate a stochastic microstructure.",
                "  electrotwin generate RECIPE --out VOLUME [--seed N]",
                "  electrotwin generate --model NAME [--params k=v,...] --out VOLUME [--seed N]",
                "  electrotwin generate --model NAME --calibrate-to REF --fit name=lo:hi,... --out VOLUME",
                "  electrotwin generate --list"})
final class GenerateCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "RECIPE", description = "recipe YAML (the phase fractions follow from its mass balance)")
    Path recipe;

    @Option(names = "--model", description = "a registered model (see --list)")
    String model;

    @Option(names = "--params", paramLabel = "k=v,...", description = "model parameters with units, e.g. nx=128,radiusM=5um")
    String params;

    @Option(names = "--out", paramLabel = "VOLUME", description = "output volume (.tif, .npy, .raw, .vti)")
    Path out;

    @Option(names = "--seed", description = "seed (default: the recipe's, else 1)")
    Long seed;

    @Option(names = "--max-thickness-voxels", defaultValue = "400", description = "cap on the voxels through the film (default 400)")
    int maxThickness;

    @Option(names = "--calibrate-to", paramLabel = "REF", description = "fit the model's parameters to this reference volume")
    Path reference;

    @Option(names = "--ref-phases", paramLabel = "LABEL=NAME,...", description = "phase names of the reference volume, e.g. 0=pore,85=am,170=cbd")
    String refPhases;

    @Option(names = "--fit", paramLabel = "name=lo:hi,...", description = "parameters to fit with their bounds, e.g. amD50M=4um:24um")
    String fit;

    @Option(names = "--budget", defaultValue = "40", description = "generations allowed for calibration (default 40)")
    int budget;

    @Option(names = "--list", description = "list the models and their parameters")
    boolean list;

    @Override
    public Integer call() {
        if (list) {
            for (String n : Generators.names()) {
                MicrostructureModel m = Generators.byName(n);
                System.out.println(n + ": " + m.description());
                for (Param p : m.parameters()) {
                    System.out.printf(Locale.ROOT, "    %-22s %-12s %s%n", p.name(), Double.toString(p.defaultValue()), p.description());
                }
            }
            return 0;
        }
        if (out == null) {
            throw new InputException("generate: missing --out VOLUME; expected e.g. --out electrode.tif");
        }
        VolumeIO.formatOf(out);
        LabeledVolume v;
        if (recipe != null) {
            if (model != null) {
                throw new InputException("generate: give a RECIPE or --model, not both");
            }
            Recipe r = new RecipeReader().read(recipe);
            if (seed != null) {
                r = new Recipe(r.name(), r.chemistry(), seed, r.materials(), r.formulation(), r.slurry(), r.coating(), r.drying(),
                        r.calendering(), r.domain(), r.engine());
            }
            Progress.say("generating the stochastic twin of " + r.name());
            v = StochasticTwin.generate(r, maxThickness).volume();
        } else if (model != null) {
            MicrostructureModel m = Generators.byName(model);
            ModelParams p = params == null ? ModelParams.empty() : ModelParams.parse(params, m);
            long s = seed == null ? 1 : seed;
            if (reference != null) {
                p = calibrate(m, p, s);
            }
            Progress.say("generating " + model);
            v = m.generate(p, s);
        } else {
            throw new InputException("generate: expected a RECIPE or --model NAME (or --list)");
        }
        VolumeIO.write(out, v);
        long[] h = v.histogram();
        StringBuilder sb = new StringBuilder();
        for (int l : v.labelsPresent()) {
            sb.append(String.format(Locale.ROOT, " %s %.4f", v.phases().name(l), h[l] / (double) v.voxelCount()));
        }
        System.err.println("wrote " + out + " (" + v.nx() + "x" + v.ny() + "x" + v.nz() + ";" + sb + ")");
        return 0;
    }

    private ModelParams calibrate(MicrostructureModel m, ModelParams fixed, long s) {
        if (fit == null) {
            throw new InputException("--calibrate-to needs --fit name=lo:hi,... naming the parameters to fit");
        }
        LabeledVolume ref = VolumeIO.read(reference, refPhases == null ? null : PhaseTable.parse(refPhases), null);
        // the models label 0 pore, 1 am, 2 cbd, 3 se: map the reference's phases by name
        PhaseTable std = PhaseTable.defaults();
        byte[] lab = new byte[ref.voxelCount()];
        int[] map = new int[256];
        java.util.Arrays.fill(map, -1);
        for (int l : ref.labelsPresent()) {
            map[l] = std.labelOf(ref.phases().name(l));
            if (map[l] < 0) {
                throw new InputException(reference + ": phase '" + ref.phases().name(l) + "' (label " + l
                        + ") is not one of pore, am, cbd, se; expected --ref-phases naming them");
            }
        }
        for (int i = 0; i < lab.length; i++) {
            lab[i] = (byte) map[ref.labels()[i] & 0xFF];
        }
        LabeledVolume r = new LabeledVolume(ref.nx(), ref.ny(), ref.nz(), ref.voxelSizeM(), std, lab);
        List<Calibration.Bound> bounds = new ArrayList<>();
        for (String part : fit.split(",")) {
            String[] kv = part.split("=");
            String[] lohi = kv.length == 2 ? kv[1].split(":") : new String[0];
            if (lohi.length != 2) {
                throw new InputException("--fit '" + part + "': expected name=low:high, e.g. amD50M=4um:24um");
            }
            try {
                bounds.add(new Calibration.Bound(kv[0].strip(), Units.parse(lohi[0]).si(), Units.parse(lohi[1]).si()));
            } catch (Units.UnitException e) {
                throw new InputException("--fit '" + part + "': " + e.getMessage());
            }
        }
        int[] labels = java.util.Arrays.stream(r.labelsPresent()).toArray();
        Progress.say("calibrating " + m.name() + " on " + reference + " (" + budget + " generations at most)");
        Calibration.Result res = Calibration.fit(m, fixed, r, bounds, Calibration.fractionsAndSurfaces(labels), null, budget, s);
        System.err.printf(Locale.ROOT, "calibrated in %d generations, distance %.4g: %s%n", res.evaluations(), res.distance(), res.params().values());
        return res.params();
    }
}
