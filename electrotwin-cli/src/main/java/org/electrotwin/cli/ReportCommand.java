package org.electrotwin.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.electrotwin.campaign.CampaignStore;
import org.electrotwin.campaign.Study;
import org.electrotwin.campaign.StudyData;
import org.electrotwin.campaign.StudyReader;
import org.electrotwin.campaign.StudySurrogates;
import org.electrotwin.cli.report.HtmlReport;
import org.electrotwin.cli.report.Plots;
import org.electrotwin.core.InputException;
import org.electrotwin.learn.bo.Pareto;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code electrotwin report STUDY [--out DIR]}: the campaign of a study as one HTML page —
 * runs, each objective against each parameter, the optimisation's convergence, the Pareto front
 * (two or more objectives), the surrogates' cross-validated parity and the Sobol sensitivity of
 * each property.
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
        StudyFolder folder = StudyFolder.of(s, out).requireDatabase(studyFile);
        Path dir = folder.dir();
        Path db = folder.database();
        StudyData data;
        StudyData onSurrogates;
        try (CampaignStore store = CampaignStore.open(db)) {
            data = StudyData.of(s, store.runs(s.name()));
            onSurrogates = StudyData.of(s, store.runs(s.name() + ".surrogate"));
        }
        if (data.size() == 0) {
            throw new InputException(db + ": no finished run yet; expected at least one");
        }
        List<String> names = data.parameters();
        List<String> outputs = data.outputs();
        double[][] x = data.x();
        double[][] y = data.y();
        List<String> keys = data.keys();
        Path plots = dir.resolve("report");
        HtmlReport html = new HtmlReport("electrotwin campaign — " + s.name());
        html.paragraph(keys.size() + " finished runs of study " + studyFile + " (twin: " + s.twin().name().toLowerCase(Locale.ROOT) + ").");
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
            conv.add(convergence(plots.resolve("convergence-" + outputs.indexOf(o.property()) + ".png"), o, data, "on the twin"));
            if (onSurrogates.size() > 0) {
                conv.add(convergence(plots.resolve("convergence-" + outputs.indexOf(o.property()) + "-surrogate.png"), o, onSurrogates,
                        "on the surrogates ('optimize --surrogate', predicted values)"));
            }
        }
        if (!conv.isEmpty()) {
            html.section("Convergence").images(dir, conv);
        }
        paretoSection(html, dir, plots, s, data);
        surrogateSection(html, dir, plots, s, data);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            List<String> r = new ArrayList<>();
            r.add(keys.get(i));
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

    /**
     * Surrogate parity and Sobol indices: those saved by {@code electrotwin learn} when they were
     * trained on this study's runs, else a GP trained here (5-fold CV).
     */
    private void surrogateSection(HtmlReport html, Path dir, Path plots, Study s, StudyData data) {
        Path saved = dir.resolve("learn").resolve("surrogates.json");
        StudySurrogates sur = null;
        String from = "trained for this report; 'electrotwin learn' adds the random forest and saves the models";
        if (Files.isRegularFile(saved)) {
            StudySurrogates l = StudySurrogates.load(saved);
            if (l.parameters().equals(data.parameters())) {
                sur = l;
                int runs = l.fits().isEmpty() ? 0 : l.fits().get(0).x().length;
                from = "trained by 'electrotwin learn' (" + saved.getFileName() + ", " + runs + " runs)";
            }
        }
        if (sur == null) {
            sur = StudySurrogates.train(data, s.name(), List.of("gp"), 5, s.seed(), Progress::say);
        }
        if (sur.fits().isEmpty()) {
            html.section("Surrogates").paragraph("A surrogate needs at least " + StudySurrogates.MIN_RUNS + " finished runs defining a property; "
                    + data.size() + " runs so far.");
            return;
        }
        html.section("Surrogates: cross-validated parity (" + from + ")").images(dir, SurrogatePlots.parity(sur, data.outputs(), plots));
        html.paragraph("Sobol indices of each surrogate's mean over the box of the runs (Saltelli/Jansen estimators); "
                + "formulation components are not independent, so read their indices with care.");
        html.table(List.of("property", "model", "parameter", "first order", "total"), SurrogatePlots.sobolRows(sur));
    }

    /** With two or more objectives: each pair of the first three, feasible runs and their non-dominated set. */
    private static void paretoSection(HtmlReport html, Path dir, Path plots, Study s, StudyData data) {
        List<Study.Objective> obj = s.objectives();
        if (obj.size() < 2) {
            return;
        }
        List<Path> pngs = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (int a = 0; a < Math.min(3, obj.size()); a++) {
            for (int b = a + 1; b < Math.min(3, obj.size()); b++) {
                int ka = data.outputs().indexOf(obj.get(a).property());
                int kb = data.outputs().indexOf(obj.get(b).property());
                List<double[]> feasible = new ArrayList<>();
                List<double[]> infeasible = new ArrayList<>();
                List<String> feasibleKeys = new ArrayList<>();
                for (int i = 0; i < data.size(); i++) {
                    double[] row = data.y()[i];
                    if (Double.isNaN(row[ka]) || Double.isNaN(row[kb])) {
                        continue;
                    }
                    boolean ok = true;
                    for (Study.Constraint c : s.constraints()) {
                        ok &= c.satisfiedBy(row[data.outputs().indexOf(c.property())]);
                    }
                    (ok ? feasible : infeasible).add(new double[] {row[ka], row[kb]});
                    if (ok) {
                        feasibleKeys.add(data.keys().get(i));
                    }
                }
                // minimise both: maximised objectives are negated for the dominance test only
                double sa = obj.get(a).maximize() ? -1 : 1;
                double sb = obj.get(b).maximize() ? -1 : 1;
                double[][] minimised = new double[feasible.size()][];
                for (int i = 0; i < minimised.length; i++) {
                    minimised[i] = new double[] {sa * feasible.get(i)[0], sb * feasible.get(i)[1]};
                }
                int[] front = minimised.length == 0 ? new int[0] : Pareto.front(minimised);
                double[][] f = java.util.Arrays.stream(front).mapToObj(feasible::get).sorted(java.util.Comparator.comparingDouble(p -> p[0]))
                        .toArray(double[][]::new);
                Map<String, double[][]> series = new LinkedHashMap<>();
                series.put("feasible runs", columns(feasible.toArray(double[][]::new)));
                series.put("infeasible runs", columns(infeasible.toArray(double[][]::new)));
                series.put("non-dominated", columns(f));
                Path png = plots.resolve("pareto-" + a + "-" + b + ".png");
                Plots.scatter(png, "Pareto front: " + verb(obj.get(a)) + " and " + verb(obj.get(b)), obj.get(a).property(), obj.get(b).property(), series);
                pngs.add(png);
                for (int i : front) {
                    rows.add(List.of(feasibleKeys.get(i), obj.get(a).property(), String.format(Locale.ROOT, "%.4g", feasible.get(i)[0]),
                            obj.get(b).property(), String.format(Locale.ROOT, "%.4g", feasible.get(i)[1])));
                }
            }
        }
        html.section("Pareto front").images(dir, pngs);
        html.table(List.of("non-dominated run", "objective", "value", "objective", "value"), rows);
    }

    /** The objective of each run in order and the best so far (design, then optimisation rounds). */
    private static Path convergence(Path png, Study.Objective o, StudyData d, String where) {
        int k = d.outputs().indexOf(o.property());
        int n = d.size();
        double[] idx = new double[n];
        double[] value = new double[n];
        double[] best = new double[n];
        double b = o.maximize() ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            idx[i] = i + 1;
            value[i] = d.y()[i][k];
            if (!Double.isNaN(value[i])) {
                b = o.maximize() ? Math.max(b, value[i]) : Math.min(b, value[i]);
            }
            best[i] = b;
        }
        Map<String, double[][]> series = new LinkedHashMap<>();
        series.put("run", new double[][] {idx, value});
        series.put("best so far", new double[][] {idx, best});
        Plots.line(png, verb(o) + " " + where, "run (design, then optimisation rounds)", o.property(), series);
        return png;
    }

    private static String verb(Study.Objective o) {
        return (o.maximize() ? "max " : "min ") + o.property();
    }

    private static double[][] columns(double[][] points) {
        return new double[][] {column(points, 0), column(points, 1)};
    }

    private static double[] column(double[][] a, int j) {
        double[] c = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i][j];
        }
        return c;
    }
}
