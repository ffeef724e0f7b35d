package org.electrotwin.transport;

import java.util.Map;
import org.electrotwin.core.InputException;
import org.electrotwin.core.volume.PhaseTable;

/**
 * Default conductivities (S/m) per phase name for the two transport networks of an
 * electrode — the one table used when no recipe gives them (the pipeline's
 * {@code characterize} without a recipe, the benchmarks) — and the per-label tables the
 * solvers take. A recipe's own values (pipeline {@code RecipeConductivities}) override them.
 *
 * <ul>
 *   <li>ionic: liquid electrolyte in the pores 1 S/m (1 M NaPF6 in EC:DMC, ~10 mS/cm);
 *       sulfide solid electrolyte Li6PS5Cl 0.3 S/m (~3 mS/cm); the CBD conducts ions
 *       through its electrolyte-filled nano-pores, 0.35 S/m (Bruggeman, 1 S/m × φ_n^1.5 with
 *       nano-porosity φ_n ≈ 0.5; Zielke et al., Adv. Energy Mater. 2015); active material 0.</li>
 *   <li>electronic: carbon-binder domain 100 S/m (carbon black/PVDF composites, 10–1000 S/m);
 *       layered-oxide active material 0.1 S/m (NMC, 1e-4–1 S/m); argyrodite SE 1e-7 S/m
 *       (an electronic insulator, but not an exact zero); pores 0.</li>
 * </ul>
 */
public final class PhaseConductivities {
    /** Network name → (phase name → S/m). */
    public static final Map<String, Map<String, Double>> NETWORKS = Map.of(
            "electronic", Map.of(PhaseTable.AM, 0.1, PhaseTable.CBD, 100.0, PhaseTable.SE, 1e-7, PhaseTable.PORE, 0.0),
            "ionic", Map.of(PhaseTable.PORE, 1.0, PhaseTable.CBD, 0.35, PhaseTable.SE, 0.3, PhaseTable.AM, 0.0));

    private PhaseConductivities() {}

    /**
     * The 256-entry per-label table of a network for a phase table; phases the network does
     * not name (and unnamed labels) get {@code otherSPerM}.
     */
    public static double[] table(String network, PhaseTable phases, double otherSPerM) {
        Map<String, Double> byName = NETWORKS.get(network);
        if (byName == null) {
            throw new InputException("conductivity network '" + network + "': expected one of " + NETWORKS.keySet());
        }
        return table(byName, phases, otherSPerM);
    }

    /** A per-label table from phase name → S/m. */
    public static double[] table(Map<String, Double> byName, PhaseTable phases, double otherSPerM) {
        double[] t = new double[256];
        for (int l = 0; l < 256; l++) {
            Double v = phases.isNamed(l) ? byName.get(phases.name(l)) : null;
            t[l] = v != null ? v : otherSPerM;
        }
        return EffectiveConductivity.checkedTable(t);
    }
}
