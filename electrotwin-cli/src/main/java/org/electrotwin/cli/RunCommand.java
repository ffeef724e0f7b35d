package org.electrotwin.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.electrotwin.core.properties.ElectrodeProperties;
import org.electrotwin.core.recipe.Recipe;
import org.electrotwin.core.recipe.RecipeReader;
import org.electrotwin.pipeline.PropertiesOptions;
import org.electrotwin.pipeline.Twin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code electrotwin run RECIPE}: the whole twin, its files and an HTML report. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the whole twin on a recipe: microstructure, properties.json, tables, plots and report.html.")
final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "RECIPE")
    Path recipe;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: <recipe name>-twin)")
    Path out;

    @Option(names = "--metrics", paramLabel = "LIST", description = "metrics as for characterize (default: all but correlation, rev, fft)")
    String metrics;

    @Override
    public Integer call() {
        Recipe r = new RecipeReader().read(recipe);
        Path dir = out != null ? out : Path.of(r.name() + "-twin");
        PropertiesOptions o = metrics == null ? PropertiesOptions.defaults() : PropertiesOptions.defaults().withMetrics(metrics);
        Twin.Result res = Twin.run(r, Twin.Kind.STOCHASTIC, o, dir, Progress::say);
        TwinReport.write(r, recipe.toString(), res, dir).write(dir.resolve("report.html"));
        printSummary(res);
        Progress.say("report: " + dir.resolve("report.html").toAbsolutePath());
        return 0;
    }

    static void printSummary(Twin.Result res) {
        ElectrodeProperties p = res.report().properties();
        p.phases().forEach((name, ph) -> {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "  %-5s volume fraction %.4f", name, ph.volumeFraction()));
            if (ph.tortuosityFactor() != null && ph.tortuosityFactor().z() != null) {
                sb.append(String.format(Locale.ROOT, ", tortuosity factor z %.3f", ph.tortuosityFactor().z()));
            } else if (ph.percolating() != null && Boolean.FALSE.equals(ph.percolating().z())) {
                sb.append(", does not percolate along z");
            }
            System.out.println(sb);
        });
        if (p.effectiveConductivity() != null) {
            p.effectiveConductivity().forEach((net, c) -> {
                if (c.effectiveConductivity().z() != null) {
                    System.out.printf(Locale.ROOT, "  %s conductivity z %.4g S/m%n", net, c.effectiveConductivity().z());
                }
            });
        }
        System.out.printf(Locale.ROOT, "  twin + properties in %.1f s%n", res.wallTimeS());
    }
}
