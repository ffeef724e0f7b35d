package org.electrotwin.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import org.electrotwin.core.recipe.DerivedQuantities;
import org.electrotwin.core.recipe.Recipe;
import org.electrotwin.generate.CbdParams;

/**
 * Phase conductivities of a recipe's electrode for the electronic and ionic networks.
 * The CBD is a porous mix of carbon, binder and nano-pores: its electronic conductivity is the
 * carbon's scaled by Bruggeman, σ_c·φ_c^1.5 with φ_c the carbon's share of the CBD volume; in an
 * SIB its nano-pores fill with liquid electrolyte, σ_l·φ_n^1.5 (Bruggeman 1935; Zielke et al.,
 * Adv. Energy Mater. 2015 for the CBD nano-porosity). SSB pores are gas and do not conduct.
 */
public final class RecipeConductivities {
    /** 1 M NaPF6 in EC:DEC at 25 °C, ~6–8 mS/cm (Ponrouch et al., Energy Environ. Sci. 6 (2013) 2361). */
    public static final double LIQUID_ELECTROLYTE_S_PER_M = 0.7;

    private RecipeConductivities() {}

    public static Map<String, Map<String, Double>> of(Recipe r) {
        DerivedQuantities d = DerivedQuantities.of(r);
        double phiN = CbdParams.defaults().nanoPorosity();
        double cb = d.solidVolumeFractionCarbon() + d.solidVolumeFractionBinder();
        double carbonInCbd = cb == 0 ? 0 : (1 - phiN) * d.solidVolumeFractionCarbon() / cb;
        boolean liquid = r.chemistry() == Recipe.Chemistry.SIB;
        Map<String, Double> electronic = new LinkedHashMap<>();
        electronic.put("am", r.materials().active().electronicConductivitySPerM());
        electronic.put("cbd", r.materials().carbon().electronicConductivitySPerM() * Math.pow(carbonInCbd, 1.5));
        r.materials().electrolyte().ifPresent(e -> electronic.put("se", e.electronicConductivitySPerM()));
        electronic.put("pore", 0.0);
        Map<String, Double> ionic = new LinkedHashMap<>();
        ionic.put("pore", liquid ? LIQUID_ELECTROLYTE_S_PER_M : 0.0);
        ionic.put("cbd", liquid ? LIQUID_ELECTROLYTE_S_PER_M * Math.pow(phiN, 1.5) : 0.0);
        r.materials().electrolyte().ifPresent(e -> ionic.put("se", e.ionicConductivitySPerM()));
        ionic.put("am", 0.0);
        Map<String, Map<String, Double>> m = new LinkedHashMap<>();
        m.put("electronic", electronic);
        m.put("ionic", ionic);
        return m;
    }
}
