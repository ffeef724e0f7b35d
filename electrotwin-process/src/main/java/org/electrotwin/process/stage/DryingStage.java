package org.electrotwin.process.stage;

import org.electrotwin.process.engine.Particles;
import org.electrotwin.process.engine.PlateServo;
import org.electrotwin.process.engine.Simulation;
import org.electrotwin.process.engine.SplitMix64;

/**
 * Drying: the film surface (the top plate) recedes at the evaporation rate, mapped to engine time
 * with the Péclet number preserved ({@link PecletMapping}); CBD particles lose their solvent
 * volume (radius shrinks linearly in time to the dry radius, mass to the dry mass). When the
 * surface meets the particle network it stops at the capillary pressure (~2γ_lv/r_pore ≈ 200 kPa for 0.4 µm pores in NMP,
 * scaled, or four times the drag of pushing the whole film at the compressed surface speed, whichever is
 * larger) — the film has consolidated. The remaining solvent then flows up through the pores at E/ε and
 * drags the CBD with it while it still diffuses (binder migration, governed by Pe); finally the solvent is
 * gone: thermostat and flow are switched off, the surface removed and the film quenched under its CBD bridges.
 *
 * <p>Mass balance: the dry thickness must equal V_solid/(A·(1 − ε)), with ε the porosity of the
 * film interior; {@link Result#massBalanceError()} reports the relative difference.
 */
public final class DryingStage {
    /** Capillary pressure that consolidates the film (physical), Pa. */
    static final double CAPILLARY_PRESSURE_PA = 200e3;

    /**
     * @param dryThicknessM         profilometer thickness after drying
     * @param interiorPorosity      porosity between 10 % and 90 % of the thickness
     * @param massBalanceThicknessM V_solid/(A·(1 − interiorPorosity))
     * @param cbdProfile            CBD share of the solid in 10 slabs, bottom first
     */
    public record Result(Particles particles, double dryThicknessM, double interiorPorosity,
            double massBalanceThicknessM, PecletMapping peclet, double[] cbdProfile, StageCurve curve) {

        public double massBalanceError() {
            return Math.abs(dryThicknessM - massBalanceThicknessM) / massBalanceThicknessM;
        }

        /** CBD share of the solid in the top fifth over the film average (1 = no migration). */
        public double migrationIndex() {
            int n = cbdProfile.length;
            double top = 0.5 * (cbdProfile[n - 1] + cbdProfile[n - 2]);
            double mean = 0;
            for (double c : cbdProfile) {
                mean += c / n;
            }
            return top / mean;
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
        // the surface must overcome the drag of pushing the whole film at the time-compressed speed,
        // M·γ·E_sim/A, before it can tell a consolidated network from a suspension
        double mass = 0;
        for (int i = 0; i < p.size(); i++) {
            mass += p.m[i];
        }
        double dragPressure = mass * pe.dragRatePerS() * pe.surfaceSpeedMPerS() / area;
        double pCap = Math.max(CAPILLARY_PRESSURE_PA * s.modulusScale(), 4 * dragPressure);
        double rWet = ProcessModels.cbdWetRadiusM(s);
        double vDry = Math.PI / 6 * Math.pow(s.cbdDryDiameterM(), 3);
        double mDry = vDry * s.cbdDensityKgPerM3();
        double mWet = ProcessModels.cbdWetMassKg(s);
        StageCurve curve = new StageCurve("time_s", "kinetic_energy_J", "surface_m", "pressure_Pa", "solvent_lost");
        try (Simulation sim = new Simulation(p, s.domainXM(), s.domainYM(), ProcessModels.dem(s), dt,
                0.3 * rWet * shrink, s.threads(), SplitMix64.derive(s.seed(), 2))) {
            sim.setLangevin(pe.dragRatePerS(), pe.kTJ());
            sim.setPlate(Math.max(topM, p.topM() + 0.5 * rWet), -pe.surfaceSpeedMPerS());
            PlateServo servo = null;
            int block = 50;
            double pressure = 0;
            int resisted = 0;
            for (int done = 0; done < steps; done += block) {
                double progress = Math.min(1.0, (done + block) / (double) steps);
                for (int i = 0; i < p.size(); i++) {
                    if (p.type[i] == Particles.CBD) {
                        p.r[i] = rWet * (1 + (shrink - 1) * progress);
                        p.m[i] = mWet + (mDry - mWet) * progress;
                    }
                }
                sim.particlesChanged();
                resisted = pressure >= pCap ? resisted + 1 : 0;
                if (servo == null && resisted >= 10) { // the network resists for 10 blocks: consolidated
                    servo = new PlateServo(pCap, pe.surfaceSpeedMPerS());
                }
                if (servo != null) {
                    sim.setPlate(sim.plateZ(), servo.velocity(pressure));
                }
                sim.run(block);
                pressure = sim.meanPlatePressurePa(); // block mean: single thermal collisions must not stop the surface
                curve.add(sim.timeS(), sim.kineticEnergy(), sim.plateZ(), pressure / s.modulusScale(), progress);
            }
            // consolidated film: the remaining solvent evaporates at the surface and flows up through the pores
            // at E_sim/ε, carrying the binder (CBD) while it still diffuses — the Péclet competition
            if (servo == null) {
                servo = new PlateServo(pCap, pe.surfaceSpeedMPerS());
            }
            double filmPorosity = Math.max(0.2, 1 - p.volumeM3(-1) / (area * sim.plateZ()));
            sim.setSolventFlow(Particles.CBD, pe.surfaceSpeedMPerS() / filmPorosity);
            for (int done = 0; done < steps / 4; done += block) {
                sim.setPlate(sim.plateZ(), servo.velocity(pressure));
                sim.run(block);
                pressure = sim.meanPlatePressurePa();
                curve.add(sim.timeS(), sim.kineticEnergy(), sim.plateZ(), pressure / s.modulusScale(), 1);
            }
            // solvent gone: no more Brownian motion or flow; hold at the capillary pressure, then free the surface
            sim.setSolventFlow(Particles.CBD, 0);
            sim.setLangevin(pe.dragRatePerS(), 0);
            for (int done = 0; done < steps / 8; done += block) {
                sim.setPlate(sim.plateZ(), servo.velocity(pressure));
                sim.run(block);
                pressure = sim.meanPlatePressurePa();
                curve.add(sim.timeS(), sim.kineticEnergy(), sim.plateZ(), pressure / s.modulusScale(), 1);
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
        double eps = FilmMetrics.porosity(p, s.domainXM(), s.domainYM(), 0.1 * h, 0.9 * h);
        double hMass = p.volumeM3(-1) / (area * (1 - eps));
        return new Result(p, h, eps, hMass, pe, FilmMetrics.cbdShareProfile(p, h, 10), curve);
    }
}
