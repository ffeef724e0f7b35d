package org.electrotwin.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.electrotwin.core.InputException;
import org.electrotwin.core.json.Json;
import org.electrotwin.core.units.Dimension;
import org.electrotwin.core.units.Units;
import org.electrotwin.core.volume.Axis;
import org.electrotwin.core.volume.LabeledVolume;
import org.electrotwin.io.VtiWriter;
import org.electrotwin.transport.lbm.Infiltration;
import org.electrotwin.transport.lbm.InfiltrationOptions;
import org.electrotwin.transport.lbm.InfiltrationResult;
import javax.imageio.ImageIO;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code electrotwin wet VOLUME --out DIR}: electrolyte infiltration from the separator face (two-component
 * lattice Boltzmann). Writes saturation.csv, summary.json (with the unit mapping), state.vti (electrolyte,
 * gas, trapped gas) and PNG slices of the front; a rerun with the same DIR resumes from its checkpoint.
 */
@Command(name = "wet", mixinStandardHelpOptions = true,
        description = "Simulate electrolyte infiltration: saturation vs time, wetting degree, trapped gas map, slices; resumable.")
final class WetCommand implements Callable<Integer> {
    @Mixin
    VolumeInput input;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder, also holding the checkpoint (default: <volume>-wet)")
    Path out;

    @Option(names = "--axis", defaultValue = "z", description = "through-thickness axis (default z)")
    String axis;

    @Option(names = "--inlet", defaultValue = "max", description = "face of the axis where the separator and electrolyte are: max or min (default max)")
    String inlet;

    @Option(names = "--outlet", defaultValue = "open", description = "current-collector face: open (a gas reservoir lets the gas leave) or closed (a wall; gas trapped) (default open)")
    String outlet;

    @Option(names = "--pressure", defaultValue = "10kPa", description = "electrolyte pressure above the gas (default 10kPa)")
    String pressure;

    @Option(names = "--contact-angle", paramLabel = "PHASE=DEG,...", description = "contact angle of the electrolyte per solid phase (defaults am=30,cbd=60,se=40; others 90)")
    String contactAngles;

    @Option(names = "--gas-viscosity-ratio", defaultValue = "1", description = "lattice gas/liquid viscosity ratio, 1/3..1 (default 1; physically ~0.006, not reachable)")
    double gasViscosityRatio;

    @Option(names = "--steps", defaultValue = "20000", description = "lattice steps at most (default 20000); stops earlier when the saturation settles")
    int steps;

    @Option(names = "--slice-every", defaultValue = "1000", description = "steps between PNG slices (default 1000)")
    int sliceEvery;

    @Option(names = "--checkpoint-every", defaultValue = "2000", description = "steps between checkpoints (default 2000; 0: none)")
    int checkpointEvery;

    @Override
    public Integer call() {
        LabeledVolume v = input.read();
        Path dir = Folders.create(out != null ? out : input.file.toAbsolutePath().resolveSibling(CharacterizeCommand.stem(input.file) + "-wet"));
        InfiltrationOptions o = options(dir, v);
        Progress.say("read " + input.file + " (" + v.nx() + "x" + v.ny() + "x" + v.nz() + ", phases " + v.phases() + ")");
        Path slices = Folders.create(dir.resolve("slices"));
        int scale = Math.max(1, Math.min(8, 512 / Math.max(v.nx(), Math.max(v.ny(), v.nz()))));
        InfiltrationResult r = Infiltration.run(v, o, Progress::say, (step, values, na, nc) ->
                writeSlice(slices.resolve(String.format(Locale.ROOT, "step-%07d.png", step)), values, na, nc, scale));
        StringBuilder csv = new StringBuilder("step,time_s,saturation\n");
        for (int s = 0; s < r.step().length; s++) {
            csv.append(String.format(Locale.ROOT, "%d,%.6g,%.6f%n", r.step()[s], r.timeS()[s], r.saturation()[s]));
        }
        Json.writeAtomically(dir.resolve("saturation.csv"), csv.toString());
        float[] state = new float[r.state().length];
        float[] trapped = new float[state.length];
        for (int i = 0; i < state.length; i++) {
            state[i] = r.state()[i];
            trapped[i] = r.state()[i] == InfiltrationResult.TRAPPED_GAS ? 1 : 0;
        }
        Map<String, float[]> cells = new LinkedHashMap<>();
        cells.put("state", state);
        cells.put("trappedGas", trapped);
        VtiWriter.write(dir.resolve("state.vti"), v.nx(), v.ny(), v.nz(), v.voxelSizeM(), cells, v);
        Json.write(dir.resolve("summary.json"), summary(v, o, r));
        System.out.printf(Locale.ROOT, "saturation %.4f, wetting degree %.4f, trapped gas %.4f of the pores, after %.4g s (%d steps%s)%n",
                r.finalSaturation(), r.wettingDegree(), r.trappedGasFraction(), r.steps() * r.units().timeStepS(), r.steps(),
                r.steady() ? ", settled" : "");
        Progress.say("wrote saturation.csv, summary.json, state.vti and slices/ in " + dir);
        return 0;
    }

    /** The mid slice with fixed colours (solid grey, gas white, electrolyte blue), the flow axis pointing up. */
    static void writeSlice(Path file, float[] values, int na, int nc, int scale) {
        BufferedImage img = new BufferedImage(na * scale, nc * scale, BufferedImage.TYPE_INT_RGB);
        for (int c = 0; c < nc; c++) {
            for (int a = 0; a < na; a++) {
                float v = values[a + na * c];
                int rgb = v >= 1 ? 0x2f6fd0 : v > 0 ? 0xf4f4f4 : 0x505050;
                for (int dy = 0; dy < scale; dy++) {
                    for (int dx = 0; dx < scale; dx++) {
                        img.setRGB(a * scale + dx, (nc - 1 - c) * scale + dy, rgb);
                    }
                }
            }
        }
        try {
            ImageIO.write(img, "png", file.toFile());
        } catch (IOException e) {
            throw new InputException(file + ": cannot write the slice (" + e.getMessage() + "); expected a writable folder");
        }
    }

    private InfiltrationOptions options(Path dir, LabeledVolume v) {
        InfiltrationOptions o = InfiltrationOptions.defaults().withAxis(Axis.parse(axis));
        o = switch (inlet.strip().toLowerCase(Locale.ROOT)) {
            case "max" -> o.withInletAtMax(true);
            case "min" -> o.withInletAtMax(false);
            default -> throw new InputException("--inlet: '" + inlet + "'; expected max or min");
        };
        o = switch (outlet.strip().toLowerCase(Locale.ROOT)) {
            case "open" -> o.withOutletOpen(true);
            case "closed" -> o.withOutletOpen(false);
            default -> throw new InputException("--outlet: '" + outlet + "'; expected open or closed");
        };
        try {
            o = o.withPressurePa(Units.toSi(pressure, Dimension.PRESSURE));
        } catch (Units.UnitException e) {
            throw new InputException("--pressure: " + e.getMessage());
        }
        if (!(gasViscosityRatio >= 1.0 / 3 - 1e-4 && gasViscosityRatio <= 1)) {
            throw new InputException("--gas-viscosity-ratio: " + gasViscosityRatio + "; expected 1/3..1 (lattice stability limit)");
        }
        o = o.withGasViscosityRatio(gasViscosityRatio);
        if (contactAngles != null) {
            Map<String, Double> angles = new LinkedHashMap<>();
            for (String kv : contactAngles.split(",")) {
                String[] p = kv.split("=");
                try {
                    angles.put(p[0].strip(), Double.parseDouble(p[1].strip()));
                } catch (RuntimeException e) {
                    throw new InputException("--contact-angle: '" + kv + "'; expected PHASE=DEGREES, e.g. am=30,cbd=60");
                }
                if (v.phases().labelOf(p[0].strip()) < 0) {
                    throw new InputException("--contact-angle: phase '" + p[0].strip() + "' is not in the volume; expected one of " + v.phases());
                }
            }
            o = o.withContactAngles(angles);
        }
        if (steps < 1 || sliceEvery < 0 || checkpointEvery < 0) {
            throw new InputException("--steps must be positive, --slice-every and --checkpoint-every >= 0");
        }
        return o.withSteps(steps, o.reportEvery(), o.steadyWindow(), sliceEvery)
                .withCheckpoint(checkpointEvery > 0 ? dir.resolve("wet.checkpoint") : null, checkpointEvery);
    }

    private static Map<String, Object> summary(LabeledVolume v, InfiltrationOptions o, InfiltrationResult r) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("shape", v.shape());
        s.put("voxelSizeM", v.voxelSizeM());
        s.put("axis", o.axis().key());
        s.put("inlet", o.inletAtMax() ? "max" : "min");
        s.put("outlet", o.outletOpen() ? "open" : "closed");
        s.put("pressurePa", o.pressurePa());
        s.put("pressureLu", r.pressureLu());
        Map<String, Double> angles = new LinkedHashMap<>();
        r.contactAngleDegByLabel().forEach((label, deg) -> angles.put(label + ":" + v.phases().name(label), deg));
        s.put("contactAngleDeg", angles);
        s.put("electrolyte", o.electrolyte());
        s.put("gasViscosityRatio", o.gasViscosityRatio());
        s.put("units", r.units());
        s.put("unitMapping", "dx = voxel size; pressure p = p_lu*(gamma/dx)/sigma_lu (capillary scale); time dt = (mu*dx/gamma)*"
                + "sigma_lu/(rho_lu*nu_lu) (viscous-capillary scale): capillary number physical, inertia not (ohnesorgeRatio)");
        s.put("finalSaturation", r.finalSaturation());
        s.put("wettingDegree", r.wettingDegree());
        s.put("trappedGasFraction", r.trappedGasFraction());
        s.put("isolatedPoreFraction", r.isolatedPoreFraction());
        s.put("steps", r.steps());
        s.put("timeS", r.steps() * r.units().timeStepS());
        s.put("steady", r.steady());
        s.put("resumedFromStep", r.resumedFromStep());
        s.put("stateCodes", new String[] {"solid", "electrolyte", "gas connected to the outlet", "trapped gas",
                "pore not connected to the inlet"});
        return s;
    }
}
