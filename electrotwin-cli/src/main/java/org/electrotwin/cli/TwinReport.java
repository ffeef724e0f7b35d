package org.electrotwin.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.electrotwin.cli.report.HtmlReport;
import org.electrotwin.core.recipe.Recipe;
import org.electrotwin.core.volume.Axis;
import org.electrotwin.io.SliceRenderer;
import org.electrotwin.pipeline.Twin;

/** Writes the files and the HTML report of one twin run (what `run` and `demo` show). */
final class TwinReport {
    private TwinReport() {}

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
