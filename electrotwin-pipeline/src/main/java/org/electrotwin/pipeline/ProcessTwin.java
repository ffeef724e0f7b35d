package org.electrotwin.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.electrotwin.core.InputException;
import org.electrotwin.core.recipe.DerivedQuantities;
import org.electrotwin.core.recipe.Material;
import org.electrotwin.core.recipe.Recipe;
import org.electrotwin.process.contact.ContactLaw;
import org.electrotwin.process.stage.ProcessRun;
import org.electrotwin.process.stage.ProcessSpec;

/**
 * The process twin of a recipe: slurry → drying → calendering with the particle engine, then
 * voxelisation. Maps the recipe (mass fractions, densities, moduli, process parameters) onto
 * the engine's {@link ProcessSpec}.
 */
public final class ProcessTwin {
    /** Moduli and pressures are scaled down inside the engine for a tractable time step (as LIGGGHTS users do). */
    public static final double MODULUS_SCALE = 1e-3;
    public static final int STEPS_PER_STAGE = 20_000;
    /** Dry coarse-grained CBD particles: a third of the AM median, within 1–5 µm (ARTISTIC used ~2–3 µm units). */
    static final double CBD_TO_AM_DIAMETER = 1.0 / 3;
    /** Wet/dry volume of a CBD unit: the solvent it carries in the slurry (Ngandjong et al. 2017 used swollen CBD). */
    static final double CBD_SWELLING = 1.5;
    /**
     * Sliding friction of the particles: 0.5–0.7 for rough, irregular grains such as hard carbon and
     * calcined oxides (spheres stand in for them; rolling resistance does the rest, see the process module).
     */
    static final double FRICTION = 0.6;
    /** Young's modulus of a dry carbon-binder composite, 0.5–2 GPa (Gupta et al., J. Electrochem. Soc. 2016). */
    static final double CBD_MODULUS_PA = 1e9;

    private ProcessTwin() {}

    public static ProcessSpec spec(Recipe r) {
        checkContactModels(r.engine());
        DerivedQuantities d = DerivedQuantities.of(r);
        Material am = r.materials().active();
        Material carbon = r.materials().carbon();
        double cbFrac = d.solidVolumeFractionCarbon() + d.solidVolumeFractionBinder();
        double cbdDensity = cbFrac == 0 ? carbon.densityKgPerM3()
                : (d.solidVolumeFractionCarbon() * carbon.densityKgPerM3()
                + d.solidVolumeFractionBinder() * r.materials().binder().map(Material::densityKgPerM3).orElse(carbon.densityKgPerM3())) / cbFrac;
        Material se = r.materials().electrolyte().orElse(null);
        double pressure = Double.NaN;
        double gap = Double.NaN;
        if (r.calendering().pressurePa().isPresent()) {
            pressure = r.calendering().pressurePa().getAsDouble();
        } else {
            gap = d.calenderedThicknessM().getAsDouble();
        }
        double viscosity = r.slurry().solvent().viscosityPaS().orElse(1e-3);
        double t = r.drying().temperatureK().orElse(298.15);
        double binderDiffusivity = 1.380649e-23 * t / (3 * Math.PI * viscosity * 0.5e-6);
        double amD50 = am.particleSize().d50M();
        double cbdD = Math.max(1e-6, Math.min(5e-6, amD50 * CBD_TO_AM_DIAMETER));
        int threads = r.engine().threads() > 0 ? r.engine().threads() : Runtime.getRuntime().availableProcessors();
        return new ProcessSpec(r.domain().sizeM(), r.domain().sizeM(), d.wetThicknessM(),
                amD50, am.particleSize().span(), se == null ? 3e-6 : se.particleSize().d50M(),
                d.solidVolumeFractionActive(), cbFrac, d.solidVolumeFractionElectrolyte(),
                d.slurrySolidVolumeFraction(), cbdD, CBD_SWELLING,
                am.densityKgPerM3(), cbdDensity, se == null ? 1000 : se.densityKgPerM3(),
                am.youngsModulusPa(), CBD_MODULUS_PA, se == null ? 1e9 : se.youngsModulusPa(), am.poissonRatio(),
                FRICTION, 0.5, d.evaporationRateMPerS(), binderDiffusivity, pressure, gap,
                MODULUS_SCALE, STEPS_PER_STAGE, threads, r.seed(), contactModels(r.engine()));
    }

    /** The recipe's {@code engine.contact} choices, which drying and calendering compose their DEM law from. */
    static Map<String, String> contactModels(Recipe.Engine e) {
        return Map.of("normal", e.normal(), "tangential", e.tangential(), "damping", e.damping(), "rolling", e.rolling(),
                "cohesion", e.cohesion());
    }

    /** The recipe's contact sub-models must exist in the engine's registry. */
    static void checkContactModels(Recipe.Engine e) {
        check("normal", e.normal(), ContactLaw.NORMAL.keySet());
        check("tangential", e.tangential(), ContactLaw.TANGENTIAL.keySet());
        check("damping", e.damping(), ContactLaw.DAMPING);
        check("rolling", e.rolling(), ContactLaw.ROLLING.keySet());
        check("cohesion", e.cohesion(), ContactLaw.COHESION.keySet());
    }

    private static void check(String field, String name, java.util.Collection<String> known) {
        if (!known.contains(name)) {
            throw new InputException("engine.contact." + field + ": unknown model '" + name + "'; expected one of " + String.join(", ", known));
        }
    }

    public static ProcessRun.Outcome run(Recipe r, Path outDir, List<String> stages) {
        return ProcessRun.run(spec(r), outDir, stages);
    }

    /** Stage names as the CLI takes them. */
    public static final Map<String, String> STAGES = Map.of("slurry", "insert and equilibrate the slurry",
            "drying", "evaporate the solvent, shrink the CBD, settle", "calendering", "compress, hold, release");
}
