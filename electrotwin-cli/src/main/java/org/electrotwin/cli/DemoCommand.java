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
        html.write(page);
        RunCommand.printSummary(res);
        Progress.say("report: " + page.toAbsolutePath());
        return 0;
    }

    /** One of the shipped example recipes, read from inside the jar. */
    static Recipe embeddedRecipe(String name) throws IOException {
        try (Reader in = new InputStreamReader(DemoCommand.class.getResourceAsStream("examples/" + name), StandardCharsets.UTF_8)) {
            return new RecipeReader().read("examples/" + name, in);
        }
    }
}
