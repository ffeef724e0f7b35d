package org.electrotwin.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.electrotwin.core.json.Json;
import org.electrotwin.core.recipe.DerivedQuantities;
import org.electrotwin.core.recipe.Material;
import org.electrotwin.core.recipe.Recipe;
import org.electrotwin.core.recipe.RecipeReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code electrotwin recipe check RECIPE [--json OUT]}: validation and derived quantities. */
@Command(name = "recipe", description = "Work with recipes.", mixinStandardHelpOptions = true,
        subcommands = RecipeCommand.Check.class)
final class RecipeCommand {

    /** What {@code recipe check --json} writes: the recipe as read (SI) and its mass balance. */
    record RecipeReport(String recipe, Recipe.Chemistry chemistry, long seed, Recipe.Formulation massFractions,
                        List<Material> materials, Recipe recipeSi, DerivedQuantities derived) {
        static RecipeReport of(Recipe r) {
            List<Material> m = new ArrayList<>();
            m.add(r.materials().active());
            m.add(r.materials().carbon());
            r.materials().binder().ifPresent(m::add);
            r.materials().electrolyte().ifPresent(m::add);
            m.add(r.slurry().solvent());
            return new RecipeReport(r.name(), r.chemistry(), r.seed(), r.formulation(), m, r, DerivedQuantities.of(r));
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Validate a recipe and print its derived quantities (solid volume fractions, thicknesses, loading, Peclet number).")
    static final class Check implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "RECIPE", description = "recipe YAML file")
        Path recipe;

        @Option(names = "--json", paramLabel = "OUT", description = "also write the report as JSON (SI units)")
        Path json;

        @Override
        public Integer call() {
            Recipe r = new RecipeReader().read(recipe);
            System.out.print(describe(r, recipe.toString()));
            if (json != null) {
                Json.write(json, RecipeReport.of(r));
                System.err.println("wrote " + json);
            }
            return 0;
        }
    }

    /** The human-readable summary printed by {@code recipe check} and {@code demo}. */
    static String describe(Recipe r, String source) {
        DerivedQuantities d = DerivedQuantities.of(r);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"chemistry", r.chemistry() + " (seed " + r.seed() + ")"});
        rows.add(new String[] {"active material", r.materials().active().name() + "  " + Format.pct(r.formulation().active()) + " by mass, "
                + Format.pct(d.solidVolumeFractionActive()) + " of solid volume"});
        rows.add(new String[] {"carbon additive", r.materials().carbon().name() + "  " + Format.pct(r.formulation().carbon()) + " by mass, "
                + Format.pct(d.solidVolumeFractionCarbon()) + " of solid volume"});
        r.materials().binder().ifPresent(b -> rows.add(new String[] {"binder", b.name() + "  " + Format.pct(r.formulation().binder())
                + " by mass, " + Format.pct(d.solidVolumeFractionBinder()) + " of solid volume"}));
        r.materials().electrolyte().ifPresent(e -> rows.add(new String[] {"solid electrolyte", e.name() + "  "
                + Format.pct(r.formulation().electrolyte()) + " by mass, " + Format.pct(d.solidVolumeFractionElectrolyte()) + " of solid volume"}));
        rows.add(new String[] {"solid density", Format.num(d.solidDensityKgPerM3() / 1000) + " g/cm3"});
        rows.add(new String[] {"slurry", r.slurry().solvent().name() + ", " + Format.pct(r.slurry().solidContent()) + " solids by mass = "
                + Format.pct(d.slurrySolidVolumeFraction()) + " by volume"});
        rows.add(new String[] {"wet thickness", Format.um(d.wetThicknessM())});
        rows.add(new String[] {"areal loading", Format.num(d.arealLoadingKgPerM2() * 100) + " mg/cm2"});
        d.arealCapacityCPerM2().ifPresent(c -> rows.add(new String[] {"areal capacity", Format.num(c / 3.6 / 1e4) + " mAh/cm2"}));
        rows.add(new String[] {"pore-free thickness", Format.um(d.compactThicknessM())});
        rows.add(new String[] {"dry thickness", Format.um(d.dryThicknessM()) + " at porosity " + Format.pct(d.dryPorosity())});
        if (d.calenderedThicknessM().isPresent()) {
            rows.add(new String[] {"calendered", Format.um(d.calenderedThicknessM().getAsDouble()) + " at porosity "
                    + Format.pct(d.calenderedPorosity().getAsDouble())});
        } else {
            rows.add(new String[] {"calendered", "by pressure " + Format.num(r.calendering().pressurePa().getAsDouble() / 1e6)
                    + " MPa: thickness and porosity from the process twin"});
        }
        rows.add(new String[] {"evaporation rate", Format.num(d.evaporationRateMPerS() * 1e6) + " µm/s, drying time "
                + Format.num(d.dryingTimeS()) + " s"});
        rows.add(new String[] {"Peclet number", Format.num(d.pecletNumber()) + (d.pecletNumber() > 1 ? "  (> 1: binder migration to the top expected)" : "")});
        rows.add(new String[] {"voxel grid", d.voxelShape()[0] + " x " + d.voxelShape()[1] + " x " + d.voxelShape()[2]
                + " at " + Format.um(r.domain().voxelSizeM())});
        return "recipe " + r.name() + " (" + source + ") is valid\n" + Format.table(rows.toArray(new String[0][]));
    }
}
