package org.electrotwin.cli;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.electrotwin.core.recipe.Recipe;
import org.electrotwin.core.recipe.RecipeReader;
import picocli.CommandLine.Command;

/** {@code electrotwin demo}: the shipped SIB recipe end to end on the embedded defaults. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the shipped SIB hard-carbon anode recipe end to end.")
final class DemoCommand implements Callable<Integer> {
    static final String RECIPE = "sib-hard-carbon-anode.yaml";

    @picocli.CommandLine.Option(names = "--out", paramLabel = "DIR", description = "output folder (default: electrotwin-demo)")
    java.nio.file.Path out = java.nio.file.Path.of("electrotwin-demo");

    @Override
    public Integer call() throws IOException {
        Recipe r = embeddedRecipe(RECIPE);
        System.out.print(RecipeCommand.describe(r, "embedded " + RECIPE));
        return 0;
    }

    /** One of the shipped example recipes, read from inside the jar. */
    static Recipe embeddedRecipe(String name) throws IOException {
        try (Reader in = new InputStreamReader(DemoCommand.class.getResourceAsStream("examples/" + name), StandardCharsets.UTF_8)) {
            return new RecipeReader().read("examples/" + name, in);
        }
    }
}
