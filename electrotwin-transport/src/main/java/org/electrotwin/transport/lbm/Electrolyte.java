package org.electrotwin.transport.lbm;

import org.electrotwin.core.InputException;

/**
 * Liquid properties used to put an infiltration run in physical units.
 *
 * @param viscosityPaS         dynamic viscosity μ
 * @param densityKgM3          mass density ρ
 * @param surfaceTensionNM     liquid–gas surface tension γ
 */
public record Electrolyte(double viscosityPaS, double densityKgM3, double surfaceTensionNM) {

    public Electrolyte {
        if (!(viscosityPaS > 0 && viscosityPaS < 10) || !(densityKgM3 > 100 && densityKgM3 < 1e4)
                || !(surfaceTensionNM > 0 && surfaceTensionNM < 1)) {
            throw new InputException("electrolyte: expected viscosity in (0, 10) Pa·s, density in (100, 1e4) kg/m³ and "
                    + "surface tension in (0, 1) N/m; got " + viscosityPaS + ", " + densityKgM3 + ", " + surfaceTensionNM);
        }
    }

    /**
     * 1 M NaPF6 in EC:DMC (1:1), assumed values: μ ≈ 3 mPa·s and ρ ≈ 1250 kg/m³, of the order reported for
     * 1 M sodium salts in EC:DMC by Ponrouch et al. 2012 (Energy Environ. Sci. 5:8572); γ ≈ 0.035 N/m, typical of
     * carbonate-based electrolytes (assumption: no measured value for this exact mixture was at hand).
     */
    public static Electrolyte naPf6EcDmc() {
        return new Electrolyte(3e-3, 1250, 0.035);
    }

    public double kinematicViscosityM2S() {
        return viscosityPaS / densityKgM3;
    }
}
