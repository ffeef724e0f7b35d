package org.electrotwin.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.electrotwin.campaign.CampaignStore;
import org.electrotwin.campaign.PropertyPaths;
import org.electrotwin.campaign.RunRecord;
import org.electrotwin.campaign.RunStatus;
import org.electrotwin.campaign.Study;
import org.electrotwin.campaign.StudyReader;
import org.electrotwin.cli.report.HtmlReport;
import org.electrotwin.cli.report.Plots;
import org.electrotwin.core.InputException;
import org.electrotwin.learn.Surrogates;
import org.electrotwin.learn.gp.CrossValidation;
import org.electrotwin.learn.gp.Surrogate;
import org.electrotwin.learn.sensitivity.SobolIndices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code electrotwin report STUDY [--out DIR]}: the campaign of a study as one HTML page —
 * runs, each objective against each parameter, the optimisation's convergence, the GP
 * surrogate's cross-validated parity and the Sobol sensitivity of each objective.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the HTML report of a study's campaign: runs, scatter plots, convergence, surrogate parity, sensitivities.")
final class ReportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "STUDY", description = "the study YAML the campaign ran")
    Path studyFile;

    @Option(names = "--out", paramLabel = "DIR", description = "the campaign folder (default: <study name>-campaign)")
    Path out;

    @Override
    public Integer call() {
        Study s = StudyReader.read(studyFile);
        Path dir = out != null ? out : Path.of(s.name() + "-campaign");
        Path db = dir.resolve("campaign.db");
        if (!Files.isRegularFile(db)) {
            throw new InputException(db + ": no campaign database; expected 'electrotwin campaign " + studyFile + "' to have run first");
        }
        List<RunRecord> done;
        try (CampaignStore store = CampaignStore.open(db)) {
            done = store.runs(s.name()).stream().filter(r -> r.status() == RunStatus.DONE).toList();
        }
        if (done.isEmpty()) {
            throw new InputException(db + ": no finished run yet; expected at least one");
        }
        List<String> names = s.parameterNames();
        List<String> props = new ArrayList<>();
        s.objectives().forEach(o -> props.add(o.property()));
        s.target().keySet().forEach(props::add);
        s.constraints().forEach(c -> props.add(c.property()));
        List<String> outputs = props.stream().distinct().toList();
        double[][] x = new double[done.size()][names.size()];
        double[][] y = new double[done.size()][outputs.size()];
        for (int i = 0; i < done.size(); i++) {
            for (int k = 0; k < names.size(); k++) {
                x[i][k] = done.get(i).parameters().getOrDefault(names.get(k), Double.NaN);
            }
            JsonNode p = PropertyPaths.parse(done.get(i).propertiesJson());
            for (int k = 0; k < outputs.size(); k++) {
                OptionalDouble v = PropertyPaths.value(p, outputs.get(k));
                y[i][k] = v.isPresent() ? v.getAsDouble() : Double.NaN;
            }
        }
        Path plots = dir.resolve("report");
        HtmlReport html = new HtmlReport("electrotwin campaign — " + s.name());
        html.paragraph(done.size() + " finished runs of study " + studyFile + " (twin: " + s.twin().name().toLowerCase(Locale.ROOT) + ").");
        List<Path> scatter = new ArrayList<>();
        for (int k = 0; k < outputs.size(); k++) {
            for (int j = 0; j < names.size(); j++) {
                Path png = plots.resolve("scatter-" + k + "-" + j + ".png");
                Plots.scatter(png, outputs.get(k) + " vs " + names.get(j), names.get(j), outputs.get(k),
                        Map.of("runs", new double[][] {column(x, j), column(y, k)}));
                scatter.add(png);
            }
        }
        html.section("Properties against manufacturing parameters").images(dir, scatter);
        List<Path> conv = new ArrayList<>();
        for (Study.Objective o : s.objectives()) {
            int k = outputs.indexOf(o.property());
            double[] idx = new double[done.size()];
            double[] best = new double[done.size()];
            double b = o.maximize() ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            for (int i = 0; i < done.size(); i++) {
                idx[i] = i + 1;
                if (!Double.isNaN(y[i][k])) {
                    b = o.maximize() ? Math.max(b, y[i][k]) : Math.min(b, y[i][k]);
                }
                best[i] = b;
            }
            Path png = plots.resolve("convergence-" + k + ".png");
            Map<String, double[][]> series = new LinkedHashMap<>();
            series.put("run", new double[][] {idx, column(y, k)});
            series.put("best so far", new double[][] {idx, best});
            Plots.line(png, (o.maximize() ? "maximise " : "minimise ") + o.property(), "run (design, then optimisation rounds)", o.property(), series);
            conv.add(png);
        }
        if (!conv.isEmpty()) {
            html.section("Convergence").images(dir, conv);
        }
        surrogateSection(html, dir, plots, x, y, names, outputs, s.seed());
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < done.size(); i++) {
            List<String> r = new ArrayList<>();
            r.add(done.get(i).key());
            for (double v : x[i]) {
                r.add(String.format(Locale.ROOT, "%.4g", v));
            }
            for (double v : y[i]) {
                r.add(Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.4g", v));
            }
            rows.add(r);
        }
        List<String> header = new ArrayList<>(List.of("run"));
        header.addAll(names);
        header.addAll(outputs);
        html.section("Runs").table(header, rows);
        Path page = dir.resolve("report.html");
        html.write(page);
        Progress.say("wrote " + page.toAbsolutePath());
        return 0;
    }

    /** 5-fold cross-validated GP parity per output and first-order/total Sobol indices of the fitted GP. */
    private static void surrogateSection(HtmlReport html, Path dir, Path plots, double[][] x, double[][] y, List<String> names,
                                         List<String> outputs, long seed) {
        if (x.length < 8) {
            html.section("Surrogates").paragraph("A Gaussian-process surrogate needs at least 8 finished runs; " + x.length + " so far.");
            return;
        }
        List<Path> parity = new ArrayList<>();
        List<List<String>> sens = new ArrayList<>();
        for (int k = 0; k < outputs.size(); k++) {
            List<double[]> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (int i = 0; i < x.length; i++) {
                if (!Double.isNaN(y[i][k])) {
                    xs.add(x[i]);
                    ys.add(y[i][k]);
                }
            }
            if (xs.size() < 8) {
                continue;
            }
            double[][] xk = xs.toArray(new double[0][]);
            double[] yk = ys.stream().mapToDouble(Double::doubleValue).toArray();
            CrossValidation cv = CrossValidation.kFold(Surrogates.create("gp", seed), xk, yk, Math.min(5, xk.length), seed);
            Path png = plots.resolve("parity-" + k + ".png");
            double lo = java.util.Arrays.stream(yk).min().orElse(0);
            double hi = java.util.Arrays.stream(yk).max().orElse(1);
            Map<String, double[][]> series = new LinkedHashMap<>();
            series.put("runs", new double[][] {yk, cv.predicted()});
            series.put("y = x", new double[][] {{lo, hi}, {lo, hi}});
            Plots.scatter(png, String.format(Locale.ROOT, "GP parity, %s (5-fold CV: R² %.3f, RMSE %.3g)", outputs.get(k), cv.r2(), cv.rmse()),
                    "twin", "GP prediction", series);
            parity.add(png);
            Surrogate gp = Surrogates.create("gp", seed).fit(xk, yk);
            double[] lower = new double[names.size()];
            double[] upper = new double[names.size()];
            for (int j = 0; j < names.size(); j++) {
                lower[j] = java.util.Arrays.stream(column(xk, j)).min().orElse(0);
                upper[j] = java.util.Arrays.stream(column(xk, j)).max().orElse(1);
                if (upper[j] <= lower[j]) {
                    upper[j] = lower[j] + 1e-12;
                }
            }
            SobolIndices si = SobolIndices.ofSurrogate(gp, lower, upper, 4096, seed);
            for (int j = 0; j < names.size(); j++) {
                sens.add(List.of(outputs.get(k), names.get(j), String.format(Locale.ROOT, "%.3f", si.firstOrder()[j]),
                        String.format(Locale.ROOT, "%.3f", si.total()[j])));
            }
        }
        html.section("Surrogates (Gaussian process, Matérn 5/2, ARD)").images(dir, parity);
        if (!sens.isEmpty()) {
            html.paragraph("Sobol indices of the GP mean over the box of the runs (Saltelli/Jansen estimators); "
                    + "formulation components are not independent, so read their indices with care.");
            html.table(List.of("property", "parameter", "first order", "total"), sens);
        }
    }

    private static double[] column(double[][] a, int j) {
        double[] c = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i][j];
        }
        return c;
    }
}
