package org.electrotwin.core.recipe;

import java.util.OptionalDouble;

/**
 * One material with its properties in SI units, from the materials library and the recipe's
 * overrides. Properties that do not apply to a kind (particle size of a solvent, capacity of a
 * binder) are empty.
 *
 * @param ion the working ion of an active material or electrolyte ("Na", "Li"), empty otherwise
 */
public record Material(
        String name,
        MaterialKind kind,
        String formula,
        String ion,
        double densityKgPerM3,
        ParticleSize particleSize,
        double electronicConductivitySPerM,
        double ionicConductivitySPerM,
        double youngsModulusPa,
        double poissonRatio,
        OptionalDouble yieldStressPa,
        OptionalDouble specificCapacityCPerKg,
        OptionalDouble molarMassKgPerMol,
        OptionalDouble boilingPointK,
        OptionalDouble vaporizationEnthalpyJPerMol,
        OptionalDouble viscosityPaS) {

    /** The roles a material plays in an electrode recipe. */
    public enum MaterialKind { ACTIVE, CARBON, BINDER, ELECTROLYTE, SOLVENT }

    /**
     * Saturation vapour pressure of a solvent by Clausius–Clapeyron through the normal boiling
     * point (Atkins, Physical Chemistry, §5): p = p₀·exp(−ΔH_vap/R·(1/T − 1/T_b)).
     * With the shipped effective ΔH, within 1 % of IAPWS for water at 60–100 °C and 8 % at 20 °C.
     */
    public double vaporPressurePa(double temperatureK) {
        double tb = boilingPointK.orElseThrow(() -> new IllegalStateException(name + " has no boiling point"));
        double dh = vaporizationEnthalpyJPerMol.orElseThrow(() -> new IllegalStateException(name + " has no vaporization enthalpy"));
        return 101_325.0 * Math.exp(-dh / 8.314462618 * (1 / temperatureK - 1 / tb));
    }
}
