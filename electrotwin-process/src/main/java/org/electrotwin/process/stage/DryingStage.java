package org.electrotwin.process.stage;

import org.electrotwin.process.engine.Particles;
import org.electrotwin.process.engine.Simulation;
import org.electrotwin.process.engine.SplitMix64;

/**
 * Drying in three periods (Jaiser et al., J. Power Sources 318 (2016) 210):
 * <ol>
 * <li><b>Film shrinkage.</b> The film surface (the top plate) recedes at the evaporation rate, mapped to
 * engine time with the Péclet number preserved ({@link PecletMapping}); CBD particles lose their solvent
 * volume (radius shrinks linearly in time to the dry radius, mass to the dry mass). The binder is still
 * dissolved: the wet contact law has no CBD bridges ({@link ProcessModels#wet}). The film has consolidated
 * when a particle network carries the capillary pressure (~2γ_lv/r_pore ≈ 200 kPa, scaled) from the
 * surface down to the current collector: the meniscus stays pinned at that height and the thickness is
 * final. (The pressure on the collector, not on the surface, is the test: the time-compressed surface
 * also has to drag the particles it sweeps through the solvent, a force real drying does not have.)</li>
 * <li><b>Pore emptying.</b> The remaining solvent evaporates at the surface and is fed by capillary flow
 * up through the pores at E/ε; it drags the CBD with it while the CBD still diffuses. The Péclet number
 * decides: Pe ≪ 1 keeps the CBD uniform, Pe ≫ 1 piles it up under the surface — binder migration
 * (Font et al., J. Power Sources 393 (2018) 177; Routh &amp; Zimmerman 2004).</li>
 * <li><b>Dry.</b> Thermostat and flow off, the binder solidifies (the dry law with CBD bridges), the
 * surface is removed and the film quenched.</li>
 * </ol>
 *
 * <p>Mass balance: the dry thickness must equal V_solid/(A·(1 − ε)), with ε the porosity of the film
 * below that thickness; {@link Result#massBalanceError()} reports the relative difference (it checks that
 * the profilometer thickness is the film's dividing surface: the rough top holds as much solid above it as
 * it misses below).
 */
public final class DryingStage {
    /** Capillary pressure that consolidates the film (physical), Pa. */
    static final double CAPILLARY_PRESSURE_PA = 200e3;

    /**
     * @param dryThicknessM         profilometer thickness after drying
     * @param filmPorosity          1 − V_solid/(A·dryThicknessM): what thickness and mass give for a real film
     * @param interiorPorosity      porosity between 10 % and 90 % of the thickness
     * @param massBalanceThicknessM V_solid/(A·(1 − ε)) with ε the porosity of [0, dryThicknessM]
     * @param cbdProfile            CBD share of the solid in 10 slabs, bottom first
     * @param topThirdEnrichment    CBD share of the solid in the top third over its share in the whole film
     */
    public record Result(Particles particles, double dryThicknessM, double filmPorosity, double interiorPorosity,
            double massBalanceThicknessM, PecletMapping peclet, double[] cbdProfile, double topThirdEnrichment,
            StageCurve curve) {

        public double massBalanceError() {
            return Math.abs(dryThicknessM - massBalanceThicknessM) / massBalanceThicknessM;
        }
    }

    private DryingStage() {
    }

    public static Result run(ProcessSpec s, Particles p, double topM) {
        double shrink = 1 / Math.cbrt(s.cbdSwellingRatio());
        double dt = ProcessModels.timeStepS(s, p) * shrink;
        double area = s.domainXM() * s.domainYM();
        double hDryEstimate = s.solidVolumeM3() / (area * 0.55);
        int steps = s.stepsPerStage();
        PecletMapping pe = PecletMapping.of(s, Math.max(0.1 * topM, topM - hDryEstimate), steps, dt);
        double pCap = CAPILLARY_PRESSURE_PA * s.modulusScale();
        double rWet = ProcessModels.cbdWetRadiusM(s);
        double vDry = Math.PI / 6 * Math.pow(s.cbdDryDiameterM(), 3);
        double mDry = vDry * s.cbdDensityKgPerM3();
        double mWet = ProcessModels.cbdWetMassKg(s);
        StageCurve curve = new StageCurve("time_s", "kinetic_energy_J", "surface_m", "pressure_Pa", "solvent_lost");
        try (Simulation sim = new Simulation(p, s.domainXM(), s.domainYM(), ProcessModels.wet(s), dt,
                0.3 * rWet * shrink, s.threads(), SplitMix64.derive(s.seed(), 2))) {
            sim.setLangevin(pe.dragRatePerS(), pe.kTJ());
            Surface surface = new Surface(sim, pCap, pe.surfaceSpeedMPerS(), pe.kTJ());
            sim.setPlate(Math.max(topM, p.topM() + 0.5 * rWet), -pe.surfaceSpeedMPerS());
            int block = 50;
            // 1. film shrinkage
            for (int done = 0; done < steps; done += block) {
                double progress = Math.min(1.0, (done + block) / (double) steps);
                for (int i = 0; i < p.size(); i++) {
                    if (p.type[i] == Particles.CBD) {
                        p.r[i] = rWet * (1 + (shrink - 1) * progress);
                        p.m[i] = mWet + (mDry - mWet) * progress;
                    }
                }
                sim.particlesChanged();
                surface.advance(block);
                curve.add(sim.timeS(), sim.kineticEnergy(), sim.plateZ(), surface.pressurePa / s.modulusScale(), progress);
            }
            // 2. pore emptying: capillary flow at E_sim/ε carries the CBD up while it diffuses
            double filmPorosity = Math.max(0.2, 1 - p.volumeM3(-1) / (area * sim.plateZ()));
            sim.setSolventFlow(Particles.CBD, pe.surfaceSpeedMPerS() / filmPorosity);
            for (int done = 0; done < steps / 4; done += block) {
                surface.advance(block);
                curve.add(sim.timeS(), sim.kineticEnergy(), sim.plateZ(), surface.pressurePa / s.modulusScale(), 1);
            }
            // 3. dry: no Brownian motion or flow; the binder solidifies into bridges where particles touch
            sim.setSolventFlow(Particles.CBD, 0);
            sim.setLangevin(pe.dragRatePerS(), 0);
            surface.kT = 0;
            sim.setLaw(ProcessModels.dem(s));
            for (int done = 0; done < steps / 8; done += block) {
                surface.advance(block);
                curve.add(sim.timeS(), sim.kineticEnergy(), sim.plateZ(), surface.pressurePa / s.modulusScale(), 1);
            }
            // free the surface and quench: the Brownian velocities of the time-compressed drying
            // (√(D_sim·γ), up to ~0.5 m/s) must not be carried into calendering as heat
            sim.setPlate(Double.POSITIVE_INFINITY, 0);
            sim.setLangevin(1 / (100 * dt), 0);
            for (int done = 0; done < steps / 8; done += block) {
                sim.run(block);
                curve.add(sim.timeS(), sim.kineticEnergy(), FilmMetrics.profileThicknessM(p, s.domainXM(), s.domainYM(),
                        s.cbdDryDiameterM()), 0, 1);
            }
        }
        double h = FilmMetrics.profileThicknessM(p, s.domainXM(), s.domainYM(), s.cbdDryDiameterM());
        double interior = FilmMetrics.porosity(p, s.domainXM(), s.domainYM(), 0.1 * h, 0.9 * h);
        double film = FilmMetrics.porosity(p, s.domainXM(), s.domainYM(), 0, h);
        double hMass = p.volumeM3(-1) / (area * (1 - film));
        return new Result(p, h, 1 - p.volumeM3(-1) / (area * h), interior, hMass, pe, FilmMetrics.cbdShareProfile(p, h, 10),
                FilmMetrics.cbdEnrichment(p, 2 * h / 3), curve);
    }

    /**
     * The film surface: recedes at the evaporation speed; it waits while the current collector feels the
     * capillary pressure (block means: single Brownian collisions must not stop it) and stays pinned once
     * that has lasted 10 blocks in a row.
     */
    private static final class Surface {
        final Simulation sim;
        final double capillaryPa;
        double kT;
        final double speed;
        double pressurePa;
        double bottomPa;
        int resisted;
        boolean pinned;

        Surface(Simulation sim, double capillaryPa, double speed, double kTJ) {
            this.sim = sim;
            this.kT = kTJ;
            this.capillaryPa = capillaryPa;
            this.speed = speed;
        }

        /**
         * The Brownian (osmotic) pressure the suspension puts on the collector anyway, n·k_BT·Z(φ) with the
         * Carnahan–Starling compressibility Z = (1 + φ + φ² − φ³)/(1 − φ)³ of hard spheres; only what the
         * network carries beyond it counts. Large at low Pe, where the time-compressed k_BT is large.
         */
        double osmoticPa() {
            Particles p = sim.particles();
            double v = sim.lxM() * sim.lyM() * Math.min(sim.plateZ(), p.topM());
            double phi = Math.min(0.9, p.volumeM3(-1) / v);
            double z = (1 + phi + phi * phi - phi * phi * phi) / Math.pow(1 - phi, 3);
            return p.size() / v * kT * z;
        }

        void advance(int steps) {
            resisted = bottomPa >= capillaryPa + osmoticPa() ? resisted + 1 : 0;
            pinned |= resisted >= 10;
            sim.setPlate(sim.plateZ(), pinned || resisted > 0 ? 0 : -speed);
            sim.run(steps);
            pressurePa = sim.meanPlatePressurePa();
            bottomPa = sim.meanBottomPressurePa();
        }
    }
}
