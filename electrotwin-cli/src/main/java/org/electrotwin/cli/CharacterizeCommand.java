package org.electrotwin.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.electrotwin.characterize.CharacterizationResult;
import org.electrotwin.characterize.PhaseMetrics;
import org.electrotwin.cli.report.Plots;
import org.electrotwin.core.json.Json;
import org.electrotwin.core.volume.Axis;
import org.electrotwin.core.volume.LabeledVolume;
import org.electrotwin.pipeline.PropertiesCalculator;
import org.electrotwin.pipeline.PropertiesOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code electrotwin characterize VOLUME}: the properties JSON, CSV of every distribution and PNG plots. */
@Command(name = "characterize", mixinStandardHelpOptions = true,
        description = "Measure a labelled volume: fractions, connectivity, interfaces, size distributions, tortuosity, conductivities.")
final class CharacterizeCommand implements Callable<Integer> {
    @Mixin
    VolumeInput input;

    @Option(names = "--metrics", paramLabel = "LIST", description = "comma-separated metrics or 'all' (default: everything but correlation, rev and fft); "
            + "fractions, connectivity, interfaces, psd, mip, watershed, geotortuosity, correlation, chords, profiles, rev, tortuosity, conductivity, fft, permeability")
    String metrics;

    @Option(names = "--axes", defaultValue = "z", paramLabel = "x,y,z", description = "axes of the tortuosity factor and conductivities (default z)")
    String axes;

    @Option(names = "--out", paramLabel = "DIR", description = "folder for properties.json, CSV tables and PNG plots (default: <volume>-properties)")
    Path out;

    @Option(names = "--json", paramLabel = "OUT", description = "properties JSON file (default: DIR/properties.json)")
    Path json;

    @Option(names = "--fields", description = "also write the transport fields (concentration/potential, flux) as .vti for ParaView and PNG slices of the flux")
    boolean fields;

    @Override
    public Integer call() {
        PropertiesOptions o = PropertiesOptions.defaults();
        if (metrics != null) {
            o = o.withMetrics(metrics);
        }
        List<Axis> ax = new ArrayList<>();
        for (String a : axes.split(",")) {
            ax.add(Axis.parse(a));
        }
        o = o.withAxes(ax).withKeepFields(fields);
        Path dir = out != null ? out : input.file.toAbsolutePath().resolveSibling(stem(input.file) + "-properties");
        Path jsonFile = json != null ? json : dir.resolve("properties.json");
        LabeledVolume v = input.read();
        Progress.say("read " + input.file + " (" + v.nx() + "x" + v.ny() + "x" + v.nz() + ", phases " + v.phases() + ")");
        PropertiesCalculator.Report r = PropertiesCalculator.compute(v, o, Progress::say);
        Json.write(jsonFile, r.properties());
        writeTablesAndPlots(r.characterization(), dir);
        if (fields) {
            writeFields(r, v, dir.resolve("fields"));
        }
        Progress.say("wrote " + jsonFile + " and the tables and plots in " + dir);
        return 0;
    }

    /** CSV of every distribution and profile, and PNG plots of the size distributions and profiles. */
    static List<Path> writeTablesAndPlots(CharacterizationResult c, Path dir) {
        PropertiesCalculator.distributionTables(c).forEach((name, rows) ->
                Json.writeAtomically(dir.resolve(name + ".csv"), String.join("\n", rows) + "\n"));
        List<Path> pngs = new ArrayList<>();
        Map<String, double[][]> lt = new LinkedHashMap<>();
        Map<String, double[][]> mip = new LinkedHashMap<>();
        for (PhaseMetrics m : c.phases().values()) {
            if (m.localThickness() != null) {
                lt.put(m.name(), um(m.localThickness().diameterM(), m.localThickness().volumeFraction()));
            }
            if (m.intrusion() != null) {
                mip.put(m.name() + " intrusion", um(m.intrusion().distribution().diameterM(), m.intrusion().distribution().volumeFraction()));
            }
            if (m.particles() != null && m.particles().count() > 0) {
                mip.put(m.name() + " particles", um(m.particles().byVolume().diameterM(), m.particles().byVolume().volumeFraction()));
            }
        }
        if (!lt.isEmpty()) {
            Path p = dir.resolve("size-distributions.png");
            Plots.line(p, "Local thickness (continuous size distribution)", "diameter (µm)", "volume fraction", lt);
            pngs.add(p);
        }
        if (!mip.isEmpty()) {
            Path p = dir.resolve("intrusion-and-particles.png");
            Plots.line(p, "Mercury intrusion and watershed particle sizes", "diameter (µm)", "volume fraction", mip);
            pngs.add(p);
        }
        if (c.profiles() != null && c.profiles().containsKey(Axis.Z)) {
            var prof = c.profiles().get(Axis.Z);
            Map<String, double[][]> s = new LinkedHashMap<>();
            prof.fractions().forEach((name, f) -> s.put(name, um(prof.positionM(), f)));
            Path p = dir.resolve("profile-z.png");
            Plots.line(p, "Through-thickness profile (z = 0 at the current collector)", "z (µm)", "phase fraction", s);
            pngs.add(p);
        }
        return pngs;
    }

    /** Each transport solve's fields as .vti (with the phases) and a PNG of the flux magnitude on the mid slice normal to x. */
    static void writeFields(PropertiesCalculator.Report r, LabeledVolume v, Path dir) {
        Folders.create(dir);
        r.tortuosity().forEach((phase, perAxis) -> perAxis.forEach((axis, t) -> t.fields().ifPresent(f ->
                writeField(dir, phase + "-tortuosity-" + axis.key(), "concentration", f, v))));
        r.conductivity().forEach((net, perAxis) -> perAxis.forEach((axis, c) -> c.fields().ifPresent(f ->
                writeField(dir, net + "-conductivity-" + axis.key(), "potentialV", f, v))));
    }

    private static void writeField(Path dir, String name, String valueName, org.electrotwin.transport.TransportFields f, LabeledVolume v) {
        Map<String, float[]> cells = new LinkedHashMap<>();
        cells.put(valueName, f.value());
        cells.put("fluxMagnitude", f.fluxMagnitude());
        org.electrotwin.io.VtiWriter.write(dir.resolve(name + ".vti"), f.nx(), f.ny(), f.nz(), v.voxelSizeM(), cells, v);
        org.electrotwin.io.FieldSliceRenderer.writePng(dir.resolve(name + "-flux-x-mid.png"), f.fluxMagnitude(), f.nx(), f.ny(), f.nz(),
                Axis.X, f.nx() / 2, 2);
    }

    private static double[][] um(double[] xM, double[] y) {
        double[] x = new double[xM.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = xM[i] * 1e6;
        }
        return new double[][] {x, y};
    }

    static String stem(Path p) {
        String n = p.getFileName().toString();
        int dot = n.indexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
