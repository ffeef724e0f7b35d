package org.electrotwin.core.recipe;

/** Test fixture shared with other modules' tests through this module's test-jar. */
public final class TestRecipes {
    private TestRecipes() {
    }

    /** A valid SIB recipe with every section, one field a line (error messages name its line numbers). */
    public static final String SIB = """
            name: t
            chemistry: SIB
            seed: 3
            materials:
              active: hard-carbon
              carbon: c65
              binder: cmc-sbr
            formulation:
              active: 0.90
              carbon: 0.04
              binder: 0.06
            slurry:
              solidContent: 0.5
              solvent: water
            coating:
              wetThickness: "100 um"
            drying:
              evaporationRate: "1 um/s"
              porosity: 0.5
            calendering:
              targetPorosity: 0.35
            domain:
              size: "40 um"
              voxelSize: "0.5 um"
            """;
}
