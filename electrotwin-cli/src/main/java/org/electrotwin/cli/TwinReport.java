package org.electrotwin.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.electrotwin.cli.report.HtmlReport;
import org.electrotwin.core.recipe.Recipe;
import org.electrotwin.core.volume.Axis;
import org.electrotwin.io.SliceRenderer;
import org.electrotwin.pipeline.StochasticTwin;
import org.electrotwin.pipeline.Twin;

/** Writes the files and the HTML report of one twin run (what `run` and `demo` show). */
final class TwinReport {
    private TwinReport() {}

    /**
     * The compaction curve ε(p) the stochastic twin uses from 0 to 3γ, and this recipe's operating
     * point: its pressure, or the pressure the model needs for its target porosity (when reachable).
     */
    static Path compactionPlot(Recipe r, Path png) {
        org.electrotwin.cli.report.Plots.line(png, String.format(Locale.ROOT, "porosity after calendering: %.3f",
                StochasticTwin.calenderedPorosity(r)), "pressure (MPa)", "porosity", compactionCurves(r));
        return png;
    }

    /** Series of {@link #compactionPlot}: {pressure in MPa, porosity}. */
    static java.util.Map<String, double[][]> compactionCurves(Recipe r) {
        double e0 = r.drying().porosity();
        double emin = StochasticTwin.COMPACTION_MIN_POROSITY;
        double gamma = StochasticTwin.COMPACTION_RESISTANCE_PA;
        int n = 121;
        double[] p = new double[n];
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = 3 * gamma * i / (n - 1);
            e[i] = Math.min(e0, emin + (e0 - emin) * Math.exp(-p[i] / gamma));
            p[i] *= 1e-6;
        }
        java.util.Map<String, double[][]> series = new java.util.LinkedHashMap<>();
        series.put("compaction model", new double[][] {p, e});
        double eps = StochasticTwin.calenderedPorosity(r);
        double at = r.calendering().pressurePa().isPresent() ? r.calendering().pressurePa().getAsDouble()
                : eps > emin && eps < e0 ? -gamma * Math.log((eps - emin) / (e0 - emin)) : Double.NaN;
        if (Double.isFinite(at)) {
            series.put("this recipe", new double[][] {{at * 1e-6, at * 1e-6}, {emin, e0}});
        }
        return series;
    }

    static HtmlReport write(Recipe r, String source, Twin.Result res, Path out) {
        Path slices = out.resolve("slices");
        Folders.create(slices);
        List<Path> sliceFiles = new ArrayList<>();
        var v = res.volume();
        Path z = slices.resolve("slice-z-mid.png");
        SliceRenderer.writePng(z, v, Axis.Z, v.nz() / 2, 3);
        Path x = slices.resolve("slice-x-mid.png");
        SliceRenderer.writePng(x, v, Axis.X, v.nx() / 2, 3);
        sliceFiles.add(z);
        sliceFiles.add(x);
        List<Path> plots = CharacterizeCommand.writeTablesAndPlots(res.report().characterization(), out.resolve("tables"));
        HtmlReport html = new HtmlReport("electrotwin — " + r.name());
        html.paragraph("electrotwin " + Main.Version.version() + ": recipe → stochastic twin → characterisation and transport. "
                + "All numbers in the JSON are SI; this page shows µm where people read µm.");
        html.section("Recipe and mass balance").preformatted(RecipeCommand.describe(r, source));
        html.section("Microstructure (" + v.nx() + " × " + v.ny() + " × " + v.nz() + " voxels of "
                + String.format(Locale.ROOT, "%.2f µm", v.voxelSizeM() * 1e6) + ")").images(out, sliceFiles);
        html.section("Properties").properties(res.report().properties());
        html.section("Size distributions and through-thickness profile").images(out, plots);
        Path compaction = out.resolve("tables").resolve("porosity-pressure.png");
        html.section("Calendering: porosity against pressure").images(out, List.of(compactionPlot(r, compaction)));
        html.paragraph(String.format(Locale.ROOT, "The stochastic twin's compaction model ε(p) = ε_min + (ε₀ − ε_min)·exp(−p/γ) "
                + "(Meyer et al., J. Mater. Process. Technol. 249 (2017) 172) with ε₀ = %.3f (dried coating), ε_min = %.2f, γ = %.0f MPa; "
                + "the process twin's calendering stage measures the curve by DEM and fits γ.", r.drying().porosity(),
                StochasticTwin.COMPACTION_MIN_POROSITY, StochasticTwin.COMPACTION_RESISTANCE_PA / 1e6));
        List<List<String>> t = new ArrayList<>();
        res.report().timingsS().forEach((k, s) -> t.add(List.of(k, String.format(Locale.ROOT, "%.2f s", s))));
        html.section("Timings").table(List.of("step", "wall time"), t);
        List<List<String>> f = new ArrayList<>();
        res.files().forEach((k, p) -> f.add(List.of(k, out.toAbsolutePath().relativize(p.toAbsolutePath()).toString())));
        f.add(List.of("tables", "tables/*.csv (every distribution and profile)"));
        html.section("Files").table(List.of("what", "file"), f);
        return html;
    }
}
