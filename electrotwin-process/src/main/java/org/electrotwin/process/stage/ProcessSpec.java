package org.electrotwin.process.stage;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.electrotwin.process.contact.ContactLaw;

import org.electrotwin.core.InputException;

/**
 * Everything the process twin needs, in SI units. The lead's recipe mapping fills it from a recipe
 * (mass fractions and densities → the volume fractions here).
 *
 * @param domainXM               in-plane period along x, m
 * @param domainYM               in-plane period along y, m
 * @param wetThicknessM          coated wet film thickness, m
 * @param amD50M                 active-material median diameter, m
 * @param amSpan                 (d90 − d10)/d50 of the AM size distribution (log-normal); 0 = monodisperse
 * @param seD50M                 solid-electrolyte diameter, m (SSB; ignored when its fraction is 0)
 * @param amFraction             AM volume fraction of the dry solid
 * @param cbdFraction            CBD (carbon + binder) volume fraction of the dry solid
 * @param seFraction             SE volume fraction of the dry solid (0 for SIB)
 * @param solidContent           volume fraction of dry solid in the slurry (0..1)
 * @param cbdDryDiameterM        diameter of a dry coarse-grained CBD particle, m
 * @param cbdSwellingRatio       wet/dry volume ratio of a CBD particle (solvent it carries), ≥ 1
 * @param amDensityKgPerM3       AM density
 * @param cbdDensityKgPerM3      dry CBD density
 * @param seDensityKgPerM3       SE density
 * @param amYoungsModulusPa      AM Young's modulus (physical; scaled by modulusScale in the engine)
 * @param cbdYoungsModulusPa     CBD Young's modulus
 * @param seYoungsModulusPa      SE Young's modulus
 * @param poissonRatio           Poisson ratio of all phases
 * @param friction               sliding friction μ
 * @param restitution            normal restitution coefficient
 * @param evaporationRateMPerS   film-surface recession speed during drying, m/s
 * @param binderDiffusivityM2PerS diffusivity of the binder/CBD in the solvent, m²/s (sets Péclet)
 * @param calenderPressurePa     peak calendering pressure (physical), Pa; NaN when driving to a gap
 * @param calenderGapM           target film thickness, m; NaN when driving to a pressure
 * @param modulusScale           factor on all moduli and pressures inside the engine (≤ 1, see {@link Calendering})
 * @param stepsPerStage          engine steps budget of the main phase of each stage (sets the sim-time mapping)
 * @param threads                force-loop threads
 * @param seed                   master seed
 * @param contactModels          DEM contact sub-model names by kind (normal, tangential, damping, rolling,
 *                               cohesion; see {@link ContactLaw}) for drying and calendering; missing kinds take
 *                               {@link #DEFAULT_CONTACT_MODELS}
 */
public record ProcessSpec(
        double domainXM, double domainYM, double wetThicknessM,
        double amD50M, double amSpan, double seD50M,
        double amFraction, double cbdFraction, double seFraction,
        double solidContent, double cbdDryDiameterM, double cbdSwellingRatio,
        double amDensityKgPerM3, double cbdDensityKgPerM3, double seDensityKgPerM3,
        double amYoungsModulusPa, double cbdYoungsModulusPa, double seYoungsModulusPa, double poissonRatio,
        double friction, double restitution,
        double evaporationRateMPerS, double binderDiffusivityM2PerS,
        double calenderPressurePa, double calenderGapM,
        double modulusScale, int stepsPerStage, int threads, long seed, Map<String, String> contactModels) {

    /** Hertz–Mindlin with Coulomb friction, viscoelastic damping, rolling resistance and CBD bridges. */
    public static final Map<String, String> DEFAULT_CONTACT_MODELS = Map.of("normal", "hertz", "tangential",
            "mindlin-coulomb", "damping", "viscoelastic", "rolling", "constant-torque", "cohesion", "elastoplastic-bridge");

    /** With the {@link #DEFAULT_CONTACT_MODELS}. */
    public ProcessSpec(double domainXM, double domainYM, double wetThicknessM, double amD50M, double amSpan,
            double seD50M, double amFraction, double cbdFraction, double seFraction, double solidContent,
            double cbdDryDiameterM, double cbdSwellingRatio, double amDensityKgPerM3, double cbdDensityKgPerM3,
            double seDensityKgPerM3, double amYoungsModulusPa, double cbdYoungsModulusPa, double seYoungsModulusPa,
            double poissonRatio, double friction, double restitution, double evaporationRateMPerS,
            double binderDiffusivityM2PerS, double calenderPressurePa, double calenderGapM, double modulusScale,
            int stepsPerStage, int threads, long seed) {
        this(domainXM, domainYM, wetThicknessM, amD50M, amSpan, seD50M, amFraction, cbdFraction, seFraction,
                solidContent, cbdDryDiameterM, cbdSwellingRatio, amDensityKgPerM3, cbdDensityKgPerM3, seDensityKgPerM3,
                amYoungsModulusPa, cbdYoungsModulusPa, seYoungsModulusPa, poissonRatio, friction, restitution,
                evaporationRateMPerS, binderDiffusivityM2PerS, calenderPressurePa, calenderGapM, modulusScale,
                stepsPerStage, threads, seed, DEFAULT_CONTACT_MODELS);
    }

    public ProcessSpec {
        Map<String, String> models = new TreeMap<>(DEFAULT_CONTACT_MODELS);
        for (Map.Entry<String, String> e : contactModels.entrySet()) {
            Collection<String> known = switch (e.getKey()) {
                case "normal" -> ContactLaw.NORMAL.keySet();
                case "tangential" -> ContactLaw.TANGENTIAL.keySet();
                case "damping" -> ContactLaw.DAMPING;
                case "rolling" -> ContactLaw.ROLLING.keySet();
                case "cohesion" -> ContactLaw.COHESION.keySet();
                default -> throw new InputException("process spec contact model kind '" + e.getKey()
                        + "': expected one of " + DEFAULT_CONTACT_MODELS.keySet().stream().sorted().toList());
            };
            if (!known.contains(e.getValue())) {
                throw new InputException("process spec contact " + e.getKey() + " model '" + e.getValue()
                        + "': expected one of " + String.join(", ", known));
            }
            models.put(e.getKey(), e.getValue());
        }
        if (models.get("normal").equals("lj-shifted")) {
            throw new InputException("process spec contact normal model 'lj-shifted': the slurry's coarse-grained law;"
                    + " drying and calendering expect hertz or hooke");
        }
        contactModels = Map.copyOf(models);
        positive("domainXM", domainXM);
        positive("domainYM", domainYM);
        positive("wetThicknessM", wetThicknessM);
        positive("amD50M", amD50M);
        positive("cbdDryDiameterM", cbdDryDiameterM);
        positive("amDensityKgPerM3", amDensityKgPerM3);
        positive("cbdDensityKgPerM3", cbdDensityKgPerM3);
        positive("amYoungsModulusPa", amYoungsModulusPa);
        positive("cbdYoungsModulusPa", cbdYoungsModulusPa);
        positive("evaporationRateMPerS", evaporationRateMPerS);
        positive("binderDiffusivityM2PerS", binderDiffusivityM2PerS);
        if (!(amSpan >= 0)) {
            throw new InputException("process spec amSpan " + amSpan + ": expected >= 0");
        }
        if (!(amFraction >= 0 && cbdFraction >= 0 && seFraction >= 0)
                || Math.abs(amFraction + cbdFraction + seFraction - 1) > 1e-6) {
            throw new InputException("process spec solid fractions am " + amFraction + ", cbd " + cbdFraction + ", se "
                    + seFraction + ": expected non-negative values summing to 1");
        }
        if (seFraction > 0) {
            positive("seD50M", seD50M);
            positive("seDensityKgPerM3", seDensityKgPerM3);
            positive("seYoungsModulusPa", seYoungsModulusPa);
        }
        if (!(solidContent > 0 && solidContent < 1)) {
            throw new InputException("process spec solidContent " + solidContent + ": expected a volume fraction in (0, 1)");
        }
        if (!(cbdSwellingRatio >= 1)) {
            throw new InputException("process spec cbdSwellingRatio " + cbdSwellingRatio + ": expected >= 1");
        }
        if (!(restitution > 0 && restitution <= 1) || !(friction >= 0) || !(poissonRatio > -1 && poissonRatio < 0.5)) {
            throw new InputException("process spec: expected 0 < restitution <= 1, friction >= 0, -1 < poissonRatio < 0.5");
        }
        if (Double.isNaN(calenderPressurePa) == Double.isNaN(calenderGapM)) {
            throw new InputException("process spec: give exactly one of calenderPressurePa and calenderGapM (the other NaN)");
        }
        if (!Double.isNaN(calenderPressurePa)) {
            positive("calenderPressurePa", calenderPressurePa);
        } else {
            positive("calenderGapM", calenderGapM);
        }
        if (!(modulusScale > 0 && modulusScale <= 1)) {
            throw new InputException("process spec modulusScale " + modulusScale + ": expected 0 < scale <= 1");
        }
        if (stepsPerStage < 100 || threads < 1) {
            throw new InputException("process spec: stepsPerStage must be >= 100 and threads >= 1");
        }
    }

    private static void positive(String field, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new InputException("process spec " + field + " = " + v + ": expected a positive finite number");
        }
    }

    /**
     * A small SIB hard-carbon anode: 80 vol% AM (d50 10 µm, span 0.6), 20 vol% CBD, 45 vol% solid content,
     * 100 µm wet film, 1 µm/s evaporation, 100 MPa calendering.
     */
    public static ProcessSpec sibDefaults(double domainM, long seed) {
        return new ProcessSpec(domainM, domainM, 100e-6,
                10e-6, 0.6, 3e-6,
                0.80, 0.20, 0.0,
                0.45, 3e-6, 1.5,
                1600, 1800, 1860,
                10e9, 1e9, 20e9, 0.3,
                0.6, 0.5,
                1e-6, 1e-11,
                100e6, Double.NaN,
                1e-3, 20000, 2, seed);
    }

    public ProcessSpec withEvaporationRate(double mPerS) {
        return new ProcessSpec(domainXM, domainYM, wetThicknessM, amD50M, amSpan, seD50M, amFraction, cbdFraction,
                seFraction, solidContent, cbdDryDiameterM, cbdSwellingRatio, amDensityKgPerM3, cbdDensityKgPerM3,
                seDensityKgPerM3, amYoungsModulusPa, cbdYoungsModulusPa, seYoungsModulusPa, poissonRatio, friction,
                restitution, mPerS, binderDiffusivityM2PerS, calenderPressurePa, calenderGapM, modulusScale,
                stepsPerStage, threads, seed, contactModels);
    }

    public ProcessSpec withSteps(int steps, int threadCount) {
        return new ProcessSpec(domainXM, domainYM, wetThicknessM, amD50M, amSpan, seD50M, amFraction, cbdFraction,
                seFraction, solidContent, cbdDryDiameterM, cbdSwellingRatio, amDensityKgPerM3, cbdDensityKgPerM3,
                seDensityKgPerM3, amYoungsModulusPa, cbdYoungsModulusPa, seYoungsModulusPa, poissonRatio, friction,
                restitution, evaporationRateMPerS, binderDiffusivityM2PerS, calenderPressurePa, calenderGapM,
                modulusScale, steps, threadCount, seed, contactModels);
    }

    public ProcessSpec withWetThickness(double m) {
        return new ProcessSpec(domainXM, domainYM, m, amD50M, amSpan, seD50M, amFraction, cbdFraction,
                seFraction, solidContent, cbdDryDiameterM, cbdSwellingRatio, amDensityKgPerM3, cbdDensityKgPerM3,
                seDensityKgPerM3, amYoungsModulusPa, cbdYoungsModulusPa, seYoungsModulusPa, poissonRatio, friction,
                restitution, evaporationRateMPerS, binderDiffusivityM2PerS, calenderPressurePa, calenderGapM,
                modulusScale, stepsPerStage, threads, seed, contactModels);
    }

    public ProcessSpec withContactModels(Map<String, String> names) {
        return new ProcessSpec(domainXM, domainYM, wetThicknessM, amD50M, amSpan, seD50M, amFraction, cbdFraction,
                seFraction, solidContent, cbdDryDiameterM, cbdSwellingRatio, amDensityKgPerM3, cbdDensityKgPerM3,
                seDensityKgPerM3, amYoungsModulusPa, cbdYoungsModulusPa, seYoungsModulusPa, poissonRatio, friction,
                restitution, evaporationRateMPerS, binderDiffusivityM2PerS, calenderPressurePa, calenderGapM,
                modulusScale, stepsPerStage, threads, seed, names);
    }

    /** Dry solid volume per film, m³ (mass balance: wet thickness × area × solid content). */
    public double solidVolumeM3() {
        return domainXM * domainYM * wetThicknessM * solidContent;
    }
}
