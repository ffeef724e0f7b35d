package org.electrotwin.core.recipe;

import java.util.OptionalDouble;
import org.electrotwin.core.recipe.Recipe.Chemistry;

/**
 * Quantities that follow from a recipe by mass balance, before any simulation.
 *
 * @param solidVolumeFractionActive   volume fraction of the solid (pore-free) electrode taken by the active material
 * @param solidDensityKgPerM3         density of the pore-free dry electrode, 1/Σ(wᵢ/ρᵢ)
 * @param slurrySolidVolumeFraction   volume fraction of solids in the wet slurry
 * @param arealLoadingKgPerM2         dry electrode mass per area
 * @param compactThicknessM           thickness of the dry electrode at zero porosity
 * @param dryThicknessM               thickness after drying, at {@code Drying.porosity}
 * @param calenderedThicknessM        thickness after calendering (empty for a pressure target: the twin computes it)
 * @param calenderedPorosity          porosity after calendering (idem)
 * @param arealCapacityCPerM2         active mass per area × specific capacity, if the active material has one
 * @param evaporationRateMPerS        from the recipe or from the drying temperature
 * @param voxelShape                the voxel grid of the domain over the calendered film (the dried one when calendering is by pressure)
 * @param pecletNumber                Pe = H·E/D of binder migration with D from Stokes–Einstein for a CBD unit of 0.5 µm in the solvent (Jaiser et al. 2016)
 */
public record DerivedQuantities(
        Chemistry chemistry,
        double solidVolumeFractionActive,
        double solidVolumeFractionCarbon,
        double solidVolumeFractionBinder,
        double solidVolumeFractionElectrolyte,
        double solidDensityKgPerM3,
        double slurrySolidVolumeFraction,
        double wetThicknessM,
        double arealLoadingKgPerM2,
        double compactThicknessM,
        double dryPorosity,
        double dryThicknessM,
        OptionalDouble calenderedThicknessM,
        OptionalDouble calenderedPorosity,
        OptionalDouble arealCapacityCPerM2,
        double evaporationRateMPerS,
        double dryingTimeS,
        double pecletNumber,
        int[] voxelShape) {

    private static final double KB = 1.380649e-23;
    /** Size of a CBD unit whose Brownian motion opposes binder migration (Jaiser et al., J. Power Sources 318 (2016) 210). */
    static final double CBD_UNIT_DIAMETER_M = 0.5e-6;

    public static DerivedQuantities of(Recipe r) {
        Recipe.Formulation f = r.formulation();
        Recipe.Materials m = r.materials();
        double va = f.active() / m.active().densityKgPerM3();
        double vc = f.carbon() / m.carbon().densityKgPerM3();
        double vb = m.binder().map(b -> f.binder() / b.densityKgPerM3()).orElse(0.0);
        double ve = m.electrolyte().map(e -> f.electrolyte() / e.densityKgPerM3()).orElse(0.0);
        double vs = va + vc + vb + ve; // m³ of solid per kg of dry electrode
        double rhoSolid = 1 / vs;

        Material solvent = r.slurry().solvent();
        double phiM = r.slurry().solidContent();
        double solidVolPerKgSlurry = phiM / rhoSolid;
        double solventVolPerKgSlurry = (1 - phiM) / solvent.densityKgPerM3();
        double phiV = solidVolPerKgSlurry / (solidVolPerKgSlurry + solventVolPerKgSlurry);

        double loading;
        double wet;
        if (r.coating().wetThicknessM().isPresent()) {
            wet = r.coating().wetThicknessM().getAsDouble();
            loading = wet * phiV * rhoSolid;
        } else {
            loading = r.coating().arealLoadingKgPerM2().getAsDouble();
            wet = loading / (phiV * rhoSolid);
        }
        double compact = loading / rhoSolid;
        double eps0 = r.drying().porosity();
        double dry = compact / (1 - eps0);

        OptionalDouble calThick = OptionalDouble.empty();
        OptionalDouble calEps = OptionalDouble.empty();
        Recipe.Calendering c = r.calendering();
        if (c.gapM().isPresent()) {
            calThick = c.gapM();
            calEps = OptionalDouble.of(1 - compact / c.gapM().getAsDouble());
        } else if (c.targetPorosity().isPresent()) {
            calEps = c.targetPorosity();
            calThick = OptionalDouble.of(compact / (1 - c.targetPorosity().getAsDouble()));
        }

        OptionalDouble capacity = m.active().specificCapacityCPerKg().isPresent()
                ? OptionalDouble.of(loading * f.active() * m.active().specificCapacityCPerKg().getAsDouble())
                : OptionalDouble.empty();

        double rate = evaporationRateMPerS(r.drying(), solvent);
        double solventThickness = wet * (1 - phiV); // liquid to remove per area
        double dryingTime = solventThickness / rate;
        double viscosity = solvent.viscosityPaS().orElse(1e-3);
        double temperature = r.drying().temperatureK().orElse(298.15);
        double diffusivity = KB * temperature / (3 * Math.PI * viscosity * CBD_UNIT_DIAMETER_M);
        double peclet = wet * rate / diffusivity;

        int n = (int) Math.round(r.domain().sizeM() / r.domain().voxelSizeM());
        int nz = (int) Math.ceil(calThick.orElse(dry) / r.domain().voxelSizeM()); // the calendered film when its thickness is known
        return new DerivedQuantities(r.chemistry(), va / vs, vc / vs, vb / vs, ve / vs, rhoSolid, phiV, wet, loading,
                compact, eps0, dry, calThick, calEps, capacity, rate, dryingTime, peclet, new int[] {n, n, nz});
    }

    /**
     * The evaporation rate given in the recipe, or the gas-side-limited rate at the drying
     * temperature: E = β·p_sat(T)·M/(R·T·ρ_l) (film theory for a free solvent surface, e.g.
     * Schmitt & Scharfer, Chem. Eng. Process. 2013; β ≈ 0.01–0.05 m/s in convective dryers).
     */
    public static double evaporationRateMPerS(Recipe.Drying d, Material solvent) {
        if (d.evaporationRateMPerS().isPresent()) {
            return d.evaporationRateMPerS().getAsDouble();
        }
        double t = d.temperatureK().getAsDouble();
        double molar = solvent.molarMassKgPerMol().orElseThrow(() -> new IllegalStateException(solvent.name() + " has no molar mass"));
        return d.massTransferCoefficientMPerS() * solvent.vaporPressurePa(t) * molar / (8.314462618 * t * solvent.densityKgPerM3());
    }
}
