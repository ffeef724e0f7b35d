package org.electrotwin.generate;

import org.electrotwin.core.InputException;

/**
 * Phase volume fractions of a dried (and calendered) electrode from its recipe: solid phase i
 * takes φ_i = (1 − ε)·(w_i/ρ_i) / Σ_j (w_j/ρ_j), with w the mass fractions of the solids, ρ their
 * densities and ε the target porosity. For a calendering target given as a thickness ratio,
 * ε follows from mass conservation: 1 − ε = (1 − ε₀)·t₀/t.
 */
public final class VolumeFractions {
    private VolumeFractions() {}

    /**
     * @param massFractions solid mass fractions (summing to 1 within 1e-6)
     * @param densitiesKgM3 their densities
     * @param porosity      target pore fraction in [0, 1)
     * @return volume fractions of the box, in the same order
     */
    public static double[] fromMassFractions(double[] massFractions, double[] densitiesKgM3, double porosity) {
        if (massFractions.length != densitiesKgM3.length || massFractions.length == 0) {
            throw new InputException("formulation: " + massFractions.length + " mass fractions but " + densitiesKgM3.length
                    + " densities: expected one density per solid");
        }
        if (!(porosity >= 0 && porosity < 1)) {
            throw new InputException("target porosity " + porosity + ": expected a fraction in [0, 1)");
        }
        double sum = 0;
        double specificVolume = 0;
        for (int i = 0; i < massFractions.length; i++) {
            if (!(massFractions[i] >= 0) || !(densitiesKgM3[i] > 0)) {
                throw new InputException("formulation entry " + i + ": mass fraction " + massFractions[i] + ", density "
                        + densitiesKgM3[i] + " kg/m3: expected a fraction >= 0 and a positive density");
            }
            sum += massFractions[i];
            specificVolume += massFractions[i] / densitiesKgM3[i];
        }
        if (Math.abs(sum - 1) > 1e-6) {
            throw new InputException("formulation mass fractions sum to " + sum + ": expected 1 (within 1e-6)");
        }
        double[] phi = new double[massFractions.length];
        for (int i = 0; i < phi.length; i++) {
            phi[i] = (1 - porosity) * massFractions[i] / densitiesKgM3[i] / specificVolume;
        }
        return phi;
    }

    /** Porosity after calendering a coating of porosity {@code porosity0} from thickness t0 to t. */
    public static double calenderedPorosity(double porosity0, double thickness0M, double thicknessM) {
        if (!(thicknessM > 0 && thicknessM <= thickness0M)) {
            throw new InputException("calendered thickness " + thicknessM + " m: expected in (0, " + thickness0M + "]");
        }
        double eps = 1 - (1 - porosity0) * thickness0M / thicknessM;
        if (eps < 0) {
            throw new InputException("calendering from " + thickness0M + " m to " + thicknessM + " m at porosity "
                    + porosity0 + " leaves no pore: expected a thicker target");
        }
        return eps;
    }
}
