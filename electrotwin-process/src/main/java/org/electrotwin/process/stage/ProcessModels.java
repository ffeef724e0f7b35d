package org.electrotwin.process.stage;

import java.util.Map;
import org.electrotwin.process.contact.ContactLaw;
import org.electrotwin.process.contact.ContactParams;
import org.electrotwin.process.engine.Particles;
import org.electrotwin.process.engine.TimeStep;

/**
 * The engine settings the stages share, derived from a {@link ProcessSpec}.
 *
 * <p><b>Stiffness and time-step scaling.</b> All Young's moduli and all pressures are multiplied by
 * {@code modulusScale} (e.g. 10⁻³) inside the engine. Hertz contact strains depend only on p/E*, so
 * the quasi-static porosity–pressure curve is unchanged when both are scaled together and pressures
 * are reported back divided by the scale; the Rayleigh time step grows by 1/√scale (≈ 32× for 10⁻³),
 * the usual LIGGGHTS practice (Ngandjong et al. 2021 calendered with reduced moduli). The step is
 * 0.2 of the smallest Rayleigh time ({@link TimeStep}).
 *
 * <p><b>CBD bridges.</b> Bridge stiffness E_cbd·d_cbd, yield force 1 % of E_cbd·d_cbd² and break gap
 * 10 % of d_cbd (all scaled): the dry binder holds the film together in tension and yields plastically.
 */
public final class ProcessModels {
    /** Wall material (steel roll, Al/Cu foil): 200 GPa. */
    static final double WALL_MODULUS_PA = 200e9;
    /**
     * Rolling-resistance coefficient μ_r of the constant-torque model: spheres standing in for irregular
     * particles (hard carbon, layered oxides) roll far too easily; μ_r ≈ 0.2–0.4 restores the loose
     * packings of angular grains (Wensrich &amp; Katterfeld, Powder Technol. 217 (2012) 409). It is what
     * keeps the dried film at the porosity reported for dried electrodes (0.45–0.60).
     */
    static final double ROLLING_FRICTION = 0.3;
    /**
     * Cohesion energy density of the {@code jkr-simplified} choice (physical, scaled with the moduli): 10⁶ J/m³,
     * the upper end of the values LIGGGHTS users give cohesive powders (k in F = k·A).
     */
    static final double JKR_ENERGY_DENSITY_PA = 1e6;
    /** Solvent density used when CBD loses its solvent (NMP ≈ 1030, water 1000), kg/m³. */
    static final double SOLVENT_DENSITY = 1000;

    private ProcessModels() {
    }

    static ContactParams params(ProcessSpec s) {
        double k = s.modulusScale();
        double[] e = {s.amYoungsModulusPa() * k, s.cbdYoungsModulusPa() * k,
                (s.seFraction() > 0 ? s.seYoungsModulusPa() : s.amYoungsModulusPa()) * k};
        double nu = s.poissonRatio();
        double eCbd = e[Particles.CBD];
        double d = s.cbdDryDiameterM();
        // well depths relative to the CBD–CBD one: CBD wets AM strongly (ARTISTIC, Ngandjong et al. 2017)
        double[][] wells = {{0.5, 2.0, 0.5}, {2.0, 1.0, 1.5}, {0.5, 1.5, 0.5}};
        return new ContactParams(e, new double[] {nu, nu, nu}, WALL_MODULUS_PA * k, 0.3, s.restitution(), s.friction(),
                // hooke: the Hertz stiffness 2E*·√(R·δ) of two AM particles at 1 % overlap
                ROLLING_FRICTION, 0.04 * e[Particles.AM] * s.amD50M(), wells, 0.1 * d, JKR_ENERGY_DENSITY_PA * k, eCbd * d, 0.01 * eCbd * d * d, 0.1 * d, Particles.CBD);
    }

    /**
     * The DEM law of drying and calendering, composed from the spec's {@link ProcessSpec#contactModels()}
     * (by default Hertz–Mindlin with Coulomb friction, viscoelastic damping, rolling resistance and CBD bridges).
     */
    static ContactLaw dem(ProcessSpec s) {
        return ContactLaw.compose(s.contactModels(), params(s));
    }

    /**
     * The same law while the film is wet: the binder is still dissolved in the solvent, so no solid
     * bridges form (cohesion none) and the CBD stays mobile; bridges form once the solvent is gone.
     */
    static ContactLaw wet(ProcessSpec s) {
        Map<String, String> names = new java.util.HashMap<>(s.contactModels());
        names.put("cohesion", "none");
        return ContactLaw.compose(names, params(s));
    }

    /** Shifted Lennard-Jones with per-phase-pair wells scaled by kT (slurry). */
    static ContactLaw slurry(ProcessSpec s, double kTJ) {
        ContactParams p = params(s);
        double[][] w = p.ljWellDepthJ();
        double[][] eps = new double[3][3];
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                eps[a][b] = 3 * kTJ * w[a][b];
            }
        }
        return ContactLaw.compose(Map.of("normal", "lj-shifted"), p.withLennardJones(eps, p.ljSigmaM()));
    }

    /** 0.2 × the smallest Rayleigh time of the scaled materials. */
    static double timeStepS(ProcessSpec s, Particles p) {
        double k = s.modulusScale();
        double dt = Double.MAX_VALUE;
        double[] e = {s.amYoungsModulusPa() * k, s.cbdYoungsModulusPa() * k, s.seYoungsModulusPa() * k};
        double[] rho = {s.amDensityKgPerM3(), s.cbdDensityKgPerM3(), s.seDensityKgPerM3()};
        double[] rMin = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        for (int i = 0; i < p.size(); i++) {
            rMin[p.type[i]] = Math.min(rMin[p.type[i]], p.r[i]);
        }
        for (int t = 0; t < 3; t++) {
            if (rMin[t] < Double.MAX_VALUE) {
                dt = Math.min(dt, 0.2 * TimeStep.rayleighTimeS(rMin[t], rho[t], e[t], s.poissonRatio()));
            }
        }
        return dt;
    }

    /** Wet CBD particle radius (dry sphere swollen by its solvent), m. */
    static double cbdWetRadiusM(ProcessSpec s) {
        return 0.5 * s.cbdDryDiameterM() * Math.cbrt(s.cbdSwellingRatio());
    }

    static double cbdWetMassKg(ProcessSpec s) {
        double vDry = Math.PI / 6 * Math.pow(s.cbdDryDiameterM(), 3);
        return vDry * s.cbdDensityKgPerM3() + vDry * (s.cbdSwellingRatio() - 1) * SOLVENT_DENSITY;
    }
}
