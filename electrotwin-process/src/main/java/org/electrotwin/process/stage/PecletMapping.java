package org.electrotwin.process.stage;

/**
 * Maps physical drying onto engine time by preserving the drying Péclet number
 * Pe = H·E/D (film thickness H, evaporation rate E, binder diffusivity D), which alone decides
 * whether the receding surface sweeps the binder up (Pe ≫ 1) or diffusion keeps it uniform
 * (Pe ≪ 1) (Routh &amp; Zimmerman 2004; Lombardo et al. 2020).
 *
 * <p>The engine lets the surface recede over {@code steps} steps: E_sim = ΔH/(steps·Δt). The
 * CBD particles then get the diffusivity D_sim = H·E_sim/Pe through the Langevin thermostat,
 * k_BT_sim = D_sim·m_cbd·γ (Einstein), with the drag rate γ = 1/(1000 Δt) so the particles are
 * overdamped on the drying time scale. One engine second is E_sim/E physical seconds. All particles
 * share k_BT_sim, so an AM particle diffuses m_cbd/m_am times slower than the CBD (10–40× here; Stokes–
 * Einstein would give the diameter ratio, 3–5×): the AM is nearly non-Brownian either way.
 *
 * <p>Time compression also inflates the viscous forces (∝ E_sim): the surface and the capillary flow push
 * particles much harder than in real drying. Hence consolidation is judged on the current collector
 * ({@link DryingStage}), and short step budgets (a few thousand steps) squeeze soft CBD particles against
 * the AM during pore emptying (overlaps up to a third of the CBD radius for 20 vol% CBD at 5 000 steps;
 * a few percent for the shipped recipes at their 20 000 steps).
 *
 * @param peclet           H·E/D
 * @param surfaceSpeedMPerS E_sim
 * @param dragRatePerS     γ
 * @param kTJ              k_BT_sim
 * @param timeFactor       physical seconds per engine second
 */
public record PecletMapping(double peclet, double surfaceSpeedMPerS, double dragRatePerS, double kTJ, double timeFactor) {

    public static PecletMapping of(ProcessSpec s, double dropM, int steps, double dtS) {
        double pe = s.wetThicknessM() * s.evaporationRateMPerS() / s.binderDiffusivityM2PerS();
        double speed = dropM / (steps * dtS);
        double dSim = s.wetThicknessM() * speed / pe;
        double gamma = 1 / (1000 * dtS);
        double kT = dSim * ProcessModels.cbdWetMassKg(s) * gamma;
        return new PecletMapping(pe, speed, gamma, kT, speed / s.evaporationRateMPerS());
    }
}
