package org.electrotwin.process.engine;

/**
 * Time-step rules for DEM. The Rayleigh time T_R = π·r·√(ρ/G)/(0.1631ν + 0.8766) is the
 * travel time of a surface wave across a particle (Li et al. 2005, Powder Technol. 153:93);
 * LIGGGHTS users take Δt ≈ 0.1–0.3·T_R of the smallest particle. Hertz contact duration
 * t_c = 2.87·(m*²/(R*·E*²·v))^{1/5} (Johnson 1985) bounds the step from above too (≥ 30 steps).
 *
 * <p>Stiffness scaling: the step scales with √(ρ/E), so lowering Young's modulus by a factor k
 * (as LIGGGHTS users do for calendering; Ngandjong et al. 2021 used reduced moduli) lengthens the
 * step by √k; it is harmless while overlaps stay below ~1 % of the radius, which
 * {@link Simulation#maxRelativeOverlap()} reports.
 */
public final class TimeStep {
    private TimeStep() {
    }

    public static double rayleighTimeS(double radiusM, double densityKgPerM3, double youngsModulusPa, double poisson) {
        double g = youngsModulusPa / (2 * (1 + poisson));
        return Math.PI * radiusM * Math.sqrt(densityKgPerM3 / g) / (0.1631 * poisson + 0.8766);
    }

    /** Elastic Hertz contact duration at impact speed v, s. */
    public static double hertzContactTimeS(double mStarKg, double rStarM, double eStarPa, double impactSpeedMPerS) {
        return 2.87 * Math.pow(mStarKg * mStarKg / (rStarM * eStarPa * eStarPa * impactSpeedMPerS), 0.2);
    }
}
