package org.electrotwin.cli;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.electrotwin.cli.report.HtmlReport;
import org.electrotwin.core.recipe.Recipe;
import org.electrotwin.core.recipe.RecipeReader;
import org.electrotwin.pipeline.PropertiesOptions;
import org.electrotwin.pipeline.Twin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code electrotwin demo}: the shipped SIB recipe end to end on the embedded defaults, with an HTML report. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the shipped SIB hard-carbon anode recipe end to end and write an HTML report.")
final class DemoCommand implements Callable<Integer> {
    static final String RECIPE = "sib-hard-carbon-anode.yaml";

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: electrotwin-demo)")
    Path out = Path.of("electrotwin-demo");

    @Override
    public Integer call() throws IOException {
        Recipe r = embeddedRecipe(RECIPE);
        System.out.print(RecipeCommand.describe(r, "embedded " + RECIPE));
        Twin.Result res = Twin.run(r, Twin.Kind.STOCHASTIC, PropertiesOptions.defaults(), out, Progress::say);
        HtmlReport html = TwinReport.write(r, "embedded " + RECIPE, res, out);
        Path page = out.resolve("report.html");
        RunCommand.printSummary(res);
        inverseDesign(html, out.resolve("inverse-design"));
        html.write(page);
        Progress.say("report: " + page.toAbsolutePath());
        return 0;
    }

    /** A short inverse design: which porosity and formulation give a pore tortuosity factor of 2.8 through the film? */
    static final String STUDY = """
            name: demo-inverse-design
            recipe: base.yaml
            fixed: {domain.size: "48 um", domain.voxelSize: "1 um"}   # a coarser grid per run, to stay quick
            parameters:
              calendering.targetPorosity: [0.30, 0.50]
              formulation: {active: [0.88, 0.95], carbon: [0.01, 0.05], binder: [0.03, 0.07]}
            target: {phases.pore.tortuosityFactor.z: 2.8}
            design: {method: sobol, runs: 6}
            optimization: {rounds: 3, batch: 2}
            seed: 7
            """;

    private static void inverseDesign(HtmlReport html, Path dir) throws IOException {
        Folders.create(dir);
        try (var in = DemoCommand.class.getResourceAsStream("examples/" + RECIPE)) {
            java.nio.file.Files.write(dir.resolve("base.yaml"), in.readAllBytes());
        }
        java.nio.file.Files.writeString(dir.resolve("study.yaml"), STUDY);
        org.electrotwin.campaign.Study s = org.electrotwin.campaign.StudyReader.read(dir.resolve("study.yaml"));
        Progress.say("inverse design: target pore tortuosity factor 2.8 along z (" + s.design().runs() + " design runs + "
                + s.optimization().rounds() + " rounds of " + s.optimization().batch() + ")");
        try (var store = org.electrotwin.campaign.CampaignStore.open(dir.resolve("campaign.db"))) {
            var twin = new org.electrotwin.campaign.StudyTwin(s, PropertiesOptions.defaults().withMetrics("fractions,tortuosity"));
            var outcome = new org.electrotwin.campaign.StudyLoop(s, store, twin, Main.Version.version()).run(1, dir.resolve("runs"), Progress::say);
            org.electrotwin.campaign.CampaignExport.csv(store, s.name(), dir.resolve("campaign.csv"));
            java.util.List<java.util.List<String>> rows = new java.util.ArrayList<>();
            for (var r : store.runs(s.name())) {
                var p = org.electrotwin.campaign.PropertyPaths.parse(r.propertiesJson() == null ? "{}" : r.propertiesJson());
                rows.add(java.util.List.of(r.key(), fmt(r.parameters().get("calendering.targetPorosity")),
                        fmt(r.parameters().get("formulation.active")), fmt(r.parameters().get("formulation.carbon")),
                        fmt(r.parameters().get("formulation.binder")),
                        fmt(org.electrotwin.campaign.PropertyPaths.value(p, "phases.pore.tortuosityFactor.z").orElse(Double.NaN)),
                        r.key().equals(outcome.best() == null ? "" : outcome.best().key()) ? "closest" : ""));
            }
            html.section("Inverse design: target pore tortuosity factor 2.8 (z)")
                    .paragraph("Design of experiments (scrambled Sobol, formulation on the simplex) then Bayesian optimisation "
                            + "(GP Matérn 5/2, log-EI on the distance to the target), on the stochastic twin at 1 µm voxels. "
                            + "Every run is in inverse-design/campaign.db; `electrotwin campaign inverse-design/study.yaml` resumes it.")
                    .table(java.util.List.of("run", "target porosity", "active", "carbon", "binder", "tortuosity factor z", ""), rows);
            if (outcome.best() != null) {
                System.out.println("inverse design: closest run " + outcome.best().key() + " " + outcome.best().parameters());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String fmt(Double d) {
        return d == null || d.isNaN() ? "–" : String.format(java.util.Locale.ROOT, "%.4g", d);
    }

    /** One of the shipped example recipes, read from inside the jar. */
    static Recipe embeddedRecipe(String name) throws IOException {
        try (Reader in = new InputStreamReader(DemoCommand.class.getResourceAsStream("examples/" + name), StandardCharsets.UTF_8)) {
            return new RecipeReader().read("examples/" + name, in);
        }
    }
}
