package org.electrotwin.campaign;

/** Test fixture shared with electrotwin-cli's and electrotwin-spark's tests through this module's test-jar. */
public final class StudyFixtures {
    private StudyFixtures() {
    }

    /**
     * A base recipe small enough for many twin runs in a test: SIB hard carbon on a 16 µm domain of
     * 0.5 µm voxels (a study gives every run its own seed, so the recipe has none).
     */
    public static final String BASE_RECIPE = """
            chemistry: SIB
            materials:
              active: {name: hard-carbon, particleSize: {d50: "4 um", span: 0.8}}
              carbon: c65
              binder: cmc-sbr
            formulation: {active: 0.92, carbon: 0.03, binder: 0.05}
            slurry: {solidContent: 0.45, solvent: water}
            coating: {wetThickness: "40 um"}
            drying: {evaporationRate: "1 um/s", porosity: 0.55}
            calendering: {targetPorosity: 0.40}
            domain: {size: "16 um", voxelSize: "0.5 um"}
            """;
}
