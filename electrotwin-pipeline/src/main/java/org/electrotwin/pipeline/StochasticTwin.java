package org.electrotwin.pipeline;

import org.electrotwin.core.InputException;
import org.electrotwin.core.recipe.DerivedQuantities;
import org.electrotwin.core.recipe.Material;
import org.electrotwin.core.recipe.Recipe;
import org.electrotwin.generate.CbdParams;
import org.electrotwin.generate.ElectrodeGenerator;
import org.electrotwin.generate.ElectrodeSpec;
import org.electrotwin.generate.SizeDistribution;

/**
 * The stochastic twin of a recipe: the phase volume fractions follow from the mass balance
 * (DerivedQuantities) and the calendered porosity; the generator packs the active material
 * (and SE) with the recipe's size distributions and grows the carbon-binder domain.
 */
public final class StochasticTwin {
    /**
     * Compaction model for a recipe that gives a calendering pressure: ε(p) = ε_min + (ε₀ − ε_min)·exp(−p/γ)
     * (Meyer, Bockholt, Haselrieder, Kwade, J. Mater. Process. Technol. 249 (2017) 172). Defaults
     * ε_min = 0.15 and γ = 150 MPa are typical of calendered oxide cathodes; the process twin's
     * calendering stage fits γ for a given recipe.
     */
    public static final double COMPACTION_MIN_POROSITY = 0.15;
    public static final double COMPACTION_RESISTANCE_PA = 150e6;

    /**
     * Binder migration as a CBD gradient g = 0.5·tanh(Pe/500) (g in CbdParams): no gradient for
     * slow drying (Pe ≪ 100), top-enriched CBD for fast drying (Jaiser et al., J. Power Sources
     * 318 (2016) 210; Font et al., J. Power Sources 2018). A phenomenological mapping to be
     * calibrated on the process twin's drying stage.
     */
    public static final double PECLET_SCALE = 500;

    private StochasticTwin() {}

    /** Porosity after calendering: from the recipe's gap or target, else from the compaction model at its pressure. */
    public static double calenderedPorosity(Recipe r) {
        DerivedQuantities d = DerivedQuantities.of(r);
        if (d.calenderedPorosity().isPresent()) {
            return d.calenderedPorosity().getAsDouble();
        }
        double p = r.calendering().pressurePa().getAsDouble();
        double e0 = r.drying().porosity();
        return Math.min(e0, COMPACTION_MIN_POROSITY + (e0 - COMPACTION_MIN_POROSITY) * Math.exp(-p / COMPACTION_RESISTANCE_PA));
    }

    /** The generator's target for a recipe, with at most {@code maxThicknessVoxels} voxels through the film. */
    public static ElectrodeSpec spec(Recipe r, int maxThicknessVoxels) {
        DerivedQuantities d = DerivedQuantities.of(r);
        double eps = calenderedPorosity(r);
        double solid = 1 - eps;
        CbdParams base = CbdParams.defaults().withModel(r.engine().cbdModel());
        double gradient = 0.5 * Math.tanh(d.pecletNumber() / PECLET_SCALE);
        CbdParams cbd = base.withAggregates(r.engine().cbdFractalDimension(), 0, base.primaryRadiusM(), base.unitsPerAggregate())
                .withGradient(gradient);
        double am = solid * d.solidVolumeFractionActive();
        double cbdDomain = solid * (d.solidVolumeFractionCarbon() + d.solidVolumeFractionBinder()) / (1 - cbd.nanoPorosity());
        double se = solid * d.solidVolumeFractionElectrolyte();
        if (am + cbdDomain + se >= 0.97) {
            throw new InputException(String.format(java.util.Locale.ROOT,
                    "recipe %s: at porosity %.3f the solids and the CBD's nano-pores fill %.1f %% of the volume; expected a higher porosity target",
                    r.name(), eps, 100 * (am + cbdDomain + se)));
        }
        double voxel = r.domain().voxelSizeM();
        int n = (int) Math.round(r.domain().sizeM() / voxel);
        double thickness = d.compactThicknessM() / solid;
        int nz = (int) Math.max(8, Math.min(maxThicknessVoxels, Math.round(thickness / voxel)));
        Material a = r.materials().active();
        SizeDistribution amSizes = new SizeDistribution(a.particleSize().d50M(), a.particleSize().span());
        SizeDistribution seSizes = r.materials().electrolyte()
                .map(e -> new SizeDistribution(e.particleSize().d50M(), e.particleSize().span())).orElse(null);
        // calendering flattens particles into each other: allow overlap growing with the densification
        double overlap = Math.max(0, Math.min(0.2, (r.drying().porosity() - eps) * 0.5));
        return new ElectrodeSpec(am, cbdDomain, se, amSizes, seSizes, n, n, nz, voxel, overlap, overlap, true, cbd, r.seed());
    }

    public static ElectrodeGenerator.Electrode generate(Recipe r, int maxThicknessVoxels) {
        return ElectrodeGenerator.generate(spec(r, maxThicknessVoxels));
    }
}
