package org.electrotwin.core.recipe;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * An electrode recipe (DESIGN §4.2): materials, formulation and process parameters, all in SI.
 * Read with {@link RecipeReader}, which validates every field; derived quantities come from
 * {@link DerivedQuantities#of(Recipe)}.
 */
public record Recipe(
        String name,
        Chemistry chemistry,
        long seed,
        Materials materials,
        Formulation formulation,
        Slurry slurry,
        Coating coating,
        Drying drying,
        Calendering calendering,
        Domain domain,
        Engine engine) {

    public enum Chemistry { SIB, SSB }

    /** The electrode's materials; {@code binder} may be absent in SSB recipes whose polymer electrolyte binds. */
    public record Materials(Material active, Material carbon, Optional<Material> binder, Optional<Material> electrolyte) {}

    /** Mass fractions of the dry electrode (sum to 1). */
    public record Formulation(double active, double carbon, double binder, double electrolyte) {
        public double sum() {
            return active + carbon + binder + electrolyte;
        }
    }

    /** @param solidContent mass fraction of solids in the slurry */
    public record Slurry(double solidContent, Material solvent) {}

    /** Exactly one of the wet thickness and the areal loading (dry electrode mass per area) is given. */
    public record Coating(OptionalDouble wetThicknessM, OptionalDouble arealLoadingKgPerM2) {}

    /**
     * Drying: an evaporation rate (thickness of liquid solvent per second) or a temperature,
     * from which the rate follows by {@link DerivedQuantities#evaporationRateMPerS}.
     *
     * @param porosity porosity of the dried, uncalendered film (the twin computes it; this value
     *                 is for the mass balance before any simulation)
     * @param massTransferCoefficientMPerS gas-side mass transfer coefficient of the dryer
     */
    public record Drying(OptionalDouble evaporationRateMPerS, OptionalDouble temperatureK,
                         double massTransferCoefficientMPerS, double porosity) {}

    /** Exactly one target: a line pressure (as a mean pressure), a roll gap, or a porosity. */
    public record Calendering(OptionalDouble pressurePa, OptionalDouble gapM, OptionalDouble targetPorosity, double speedMPerS) {}

    /** The simulated piece of electrode: in-plane edge length and voxel size. */
    public record Domain(double sizeM, double voxelSizeM) {}

    /**
     * Simulation engine choices; contact sub-models are chosen by name (validated by the process module).
     * The stochastic twin's carbon-binder-domain model ({@code engine.cbd.model}, one of
     * {@link #CBD_MODELS}, the generate module's registry) and the fractal dimension of its aggregates.
     */
    public record Engine(String normal, String tangential, String damping, String rolling, String cohesion,
                         int threads, double timeStepSafety, String cbdModel, double cbdFractalDimension) {
        /** The CBD models of the stochastic twin, the default first. */
        public static final java.util.List<String> CBD_MODELS = java.util.List.of("aggregation", "growth");
        public static final double DEFAULT_CBD_FRACTAL_DIMENSION = 2.2;
    }
}
